/**
 * Dutch sentence splitting for the taalcheck and the analyser. Invariant: every
 * returned `text` equals `input.slice(offset, offset + text.length)`, sentences
 * come in order without overlap, and only whitespace falls between them.
 */

export interface Sentence {
  text: string;
  offset: number;
}

/** Abbreviations that never end a sentence (a name, number or example follows). */
const NEVER_FINAL = new Set([
  'bijv.',
  'bv.',
  'o.a.',
  'dhr.',
  'mevr.',
  'mw.',
  'mr.',
  'dr.',
  'drs.',
  'ir.',
  'ing.',
  'prof.',
  'st.',
  'd.w.z.',
  'nr.',
  'ca.',
  'm.b.t.',
  'i.v.m.',
  'i.p.v.',
  'm.i.v.',
  't.a.v.',
  't.b.v.',
  'n.a.v.',
  'm.n.',
  'o.b.v.',
  'resp.',
  'incl.',
  'excl.',
  'vs.',
  'zgn.',
  'jl.',
  'tel.',
  'art.',
  'blz.',
  'pag.',
  'hfst.',
  'vgl.',
  'evt.',
]);

/** Abbreviations that may also close a sentence: a boundary only before a capital. */
const MAYBE_FINAL = new Set(['enz.', 'etc.', 'e.d.', 'e.a.', 'z.s.m.', 'a.s.', 'd.d.', 'e.v.']);

/** Sentence-final punctuation (with closing quotes or brackets) followed by whitespace, or a line break. */
const CANDIDATE = /[.!?…]+["'”’»)\]]*(?=\s|$)|\n/g;
const BULLET = /^[ \t]*(?:[-*•–·▪◦]|\d{1,2}[.)]|[a-z][.)])[ \t]/;
const DOTTED_ABBREVIATION = /^(?:\p{L}\.){2,}$/u;

const isLower = (char: string | undefined): boolean =>
  char !== undefined && char !== char.toUpperCase() && char === char.toLowerCase();
const isUpper = (char: string | undefined): boolean =>
  char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();

function nextVisibleChar(text: string, from: number): string | undefined {
  const match = /\S/.exec(text.slice(from, from + 40));
  return match?.[0];
}

/** The word the period belongs to, without leading brackets or quotes. */
function tokenBefore(text: string, periodEnd: number): string {
  let start = periodEnd;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  return text.slice(start, periodEnd).replace(/^[("'“‘«[]+/, '');
}

function periodEndsSentence(text: string, punct: string, end: number): boolean {
  if (/[!?]/.test(punct)) return true;
  const next = nextVisibleChar(text, end);
  if (punct.includes('…') || punct.includes('..')) return !isLower(next);
  const dotEnd = end - (punct.length - punct.lastIndexOf('.') - 1);
  // A list number such as "1." or "a." at the start of a line.
  const lineStart = text.lastIndexOf('\n', dotEnd - 1) + 1;
  if (/^\s*(?:\d{1,2}|[a-z])\.$/.test(text.slice(lineStart, dotEnd))) return false;
  const word = tokenBefore(text, dotEnd);
  const token = word.toLowerCase();
  if (NEVER_FINAL.has(token)) return false;
  // An initial such as "J. de Vries".
  if (/^\p{Lu}\.$/u.test(word)) return false;
  if (MAYBE_FINAL.has(token) || DOTTED_ABBREVIATION.test(token)) {
    return next === undefined || isUpper(next);
  }
  return true;
}

function lineBreakEndsSentence(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const line = text.slice(lineStart, index);
  const nextLineEnd = text.indexOf('\n', index + 1);
  const nextLine = text.slice(index + 1, nextLineEnd === -1 ? undefined : nextLineEnd);
  if (nextLine.trim() === '' || line.trim() === '') return true;
  if (BULLET.test(nextLine) || BULLET.test(line)) return true;
  if (/:\s*$/.test(line)) return true;
  // A hard-wrapped sentence continues in lower case on the next line.
  return !isLower(nextLine.trimStart()[0]);
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (to > from) out.push({ text: text.slice(from, to), offset: from });
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
    const end = match.index + match[0].length;
    const isBreak = match[0] === '\n';
    const boundary = isBreak
      ? lineBreakEndsSentence(text, match.index)
      : periodEndsSentence(text, match[0], end);
    if (!boundary) continue;
    pushTrimmed(sentences, text, start, isBreak ? match.index : end);
    start = end;
  }
  pushTrimmed(sentences, text, start, text.length);
  return sentences;
}
