/**
 * Jargon finder: compiled once per pack into token maps, then run per keystroke
 * and per utterance, so a call is one tokenising pass plus map look-ups.
 * A hit always spans whole words (a compound as a whole), so replacing it
 * never leaves half a word behind.
 */
import { compileJargon, MIN_COMPOUND_TERM, type Entry, type MultiForm } from './compile-jargon';

export interface JargonHit {
  /** The words as they appear in the text. */
  term: string;
  offset: number;
  length: number;
  /** The entry's B1 alternative. */
  suggestion: string;
  entryId: string;
}

export type JargonMatcher = (text: string) => JargonHit[];

/** The rest of a compound must be a real word part, not a linking letter. */
const MIN_COMPOUND_REST = 3;
/** Derivations that make a different word rather than a compound ("mantelzorg" → "mantelzorgers"). */
const DERIVATION_ENDINGS =
  /^(?:s?(?:er|ers|ster|sters|ing|ingen|lijk|lijke|lijkheid|heid|achtig|achtige|ig|ige|isch|ische|baar|bare|loos|loze))$/;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

interface Token {
  start: number;
  end: number;
  raw: string;
  lower: string;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const start = match.index;
    const raw = match[0].replace(/’/g, "'");
    tokens.push({ start, end: start + raw.length, raw, lower: raw.toLowerCase() });
  }
  return tokens;
}

interface Found {
  entry: Entry;
  size: number;
}

/** Module-level helpers: no closures are created per call (this runs per keystroke). */
function larger(best: Found | undefined, form: { entry: Entry } | undefined, size: number) {
  return form && (!best || size > best.size) ? { entry: form.entry, size } : best;
}

function hitOf(text: string, entry: Entry, start: number, end: number): JargonHit {
  return {
    term: text.slice(start, end),
    offset: start,
    length: end - start,
    suggestion: entry.b1,
    entryId: entry.id,
  };
}

export function createJargonMatcher(entries: readonly Entry[]): JargonMatcher {
  const { acronyms, single, multi } = compileJargon(entries);

  /** Longest form at the start or end of one compound part. */
  function inCompound(part: string): Found | undefined {
    for (let i = MIN_COMPOUND_REST; i <= part.length - MIN_COMPOUND_TERM; i++) {
      const form = single.get(part.slice(i));
      if (form?.compounds) return { entry: form.entry, size: part.length - i };
    }
    for (let end = part.length - MIN_COMPOUND_REST; end >= MIN_COMPOUND_TERM; end--) {
      const form = single.get(part.slice(0, end));
      if (form?.compounds && !DERIVATION_ENDINGS.test(part.slice(end))) {
        return { entry: form.entry, size: end };
      }
    }
    return undefined;
  }

  function inToken(raw: string, word: string): Entry | undefined {
    const exact = single.get(word) ?? acronyms.get(raw);
    if (exact) return exact.entry;
    let best: Found | undefined;
    if (word.includes('-')) {
      for (const part of raw.split('-')) best = larger(best, acronyms.get(part), part.length);
      const hyphenParts = word.split('-');
      for (let i = 0; i < hyphenParts.length; i++) {
        for (let j = i + 1; j <= hyphenParts.length; j++) {
          const joined = hyphenParts.slice(i, j).join('-');
          best = larger(best, single.get(joined), joined.length);
        }
      }
    }
    for (const part of word.split(/[-']/)) {
      const found = inCompound(part);
      best = larger(best, found, found?.size ?? 0);
    }
    return best?.entry;
  }

  function multiAt(text: string, tokens: Token[], i: number): MultiForm | undefined {
    const candidates = multi.get(tokens[i]!.lower);
    if (!candidates) return undefined;
    return candidates.find((candidate) =>
      candidate.words.every((word, k) => {
        if (k === 0) return true;
        const previous = tokens[i + k - 1];
        const token = tokens[i + k];
        return (
          token !== undefined &&
          token.lower === word &&
          /^\s+$/.test(text.slice(previous!.end, token.start))
        );
      }),
    );
  }

  return (text) => {
    const tokens = tokenize(text);
    const hits: JargonHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const phrase = multiAt(text, tokens, i);
      if (phrase) {
        hits.push(hitOf(text, phrase.entry, token.start, tokens[i + phrase.words.length - 1]!.end));
        i += phrase.words.length - 1;
        continue;
      }
      const entry = inToken(token.raw, token.lower);
      if (entry) hits.push(hitOf(text, entry, token.start, token.end));
    }
    return hits;
  };
}
