/**
 * BSN guard: finds burgerservicenummers (9 digits passing the elfproef) so no
 * free-text field stores one (PRODUCT §3.3). Never returns the digits: callers
 * get positions and a redacted copy, nothing else.
 *
 * Accepted spellings: 9 digits in a row, or grouped 3-3-3 / 4-2-3 with one kind
 * of separator (space, dot or hyphen). Not flagged: digits that belong to a
 * longer number, a phone number (+31…, 06-…, 020-…), an IBAN or a zaaknummer
 * with a letter prefix (WMO-2026-00123, Z-123456782), except the prefix "BSN".
 */

export interface BsnHit {
  offset: number;
  length: number;
}

export const BSN_REPLACEMENT = '[BSN verwijderd]';

/** Elfproef: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is divisible by 11; all zeros is not a BSN. */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

const CANDIDATE =
  /(?<![\p{L}\p{N}+])(?:\d{9}|\d{3}([ .-])\d{3}\1\d{3}|\d{4}([ .-])\d{2}\2\d{3})(?!\p{N})/gu;
/** IBAN, with or without the usual groups of four. */
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/gi;

function ibanSpans(text: string): [number, number][] {
  if (!/[A-Z]{2}\d{2}/i.test(text)) return [];
  return [...text.matchAll(IBAN)]
    .filter((match) => /\d{6}/.test(match[0].replace(/\s/g, '')))
    .map((match) => [match.index, match.index + match[0].length]);
}

/** True when the digits continue a longer number, phone number or case number. */
function isPartOfSomethingElse(text: string, start: number, end: number, separator: string) {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 2);
  if (/\d[.,/-]$/.test(before) || /^[.,/-]\d/.test(after)) return true;
  // Groups split by spaces may continue a longer spaced number on either side.
  if (separator === ' ' && /\d $/.test(before)) return true;
  if (separator && after.startsWith(separator) && /\d/.test(after[1] ?? '')) return true;
  // Phone numbers: "+31 6…", "0031 6…", "(020) …" ahead of the digits.
  if (/(?:\+\d{1,3}|\b00\d{2}|\(0\d{1,3}\))[ .-]?$/.test(before)) return true;
  // A letter prefix makes it a case or file number, unless that prefix says BSN.
  return /\p{L}[-_/]$/u.test(before) && !/bsn[-_/]$/i.test(before);
}

function scan(text: string): BsnHit[] {
  const ibans = ibanSpans(text);
  const hits: BsnHit[] = [];
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const separator = match[1] ?? match[2] ?? '';
    if (!isValidBsn(match[0].replace(/\D/g, ''))) continue;
    if (isPartOfSomethingElse(text, start, end, separator)) continue;
    if (ibans.some(([from, to]) => start < to && end > from)) continue;
    hits.push({ offset: start, length: end - start });
  }
  return hits;
}

/** Same-length copy with each hit blanked out by a character that is neither digit nor letter. */
function blank(text: string, hits: BsnHit[], mask: (digits: string) => string): string {
  let result = text;
  for (const { offset, length } of hits) {
    result =
      result.slice(0, offset) +
      mask(result.slice(offset, offset + length)) +
      result.slice(offset + length);
  }
  return result;
}

/**
 * All BSNs, in text order. Scans again after blanking each find, so a BSN right
 * after another ("123456782 111 222 333") is not hidden by its neighbour.
 */
export function findBsns(text: string): BsnHit[] {
  if (!/\d{2}/.test(text)) return [];
  const hits: BsnHit[] = [];
  let current = text;
  for (let round = 0; round < 5; round++) {
    const found = scan(current);
    if (found.length === 0) break;
    hits.push(...found);
    current = blank(current, found, (digits) => '#'.repeat(digits.length));
  }
  return hits.sort((a, b) => a.offset - b.offset);
}

/** Replaces every BSN with "[BSN verwijderd]". */
export function redactBsn(text: string): { text: string; removed: number } {
  let result = text;
  let removed = 0;
  // A second pass only matters if a replacement exposed a new neighbour; it rarely runs.
  for (let hits = findBsns(result); hits.length > 0 && removed < 1000; hits = findBsns(result)) {
    for (const hit of [...hits].reverse()) {
      result =
        result.slice(0, hit.offset) + BSN_REPLACEMENT + result.slice(hit.offset + hit.length);
    }
    removed += hits.length;
  }
  return { text: result, removed };
}

/** Same-length copy without the BSN digits (each becomes "#"), so offsets stay valid. */
export function maskBsn(text: string, hits: BsnHit[] = findBsns(text)): string {
  return blank(text, hits, (digits) => digits.replace(/\d/g, '#'));
}
