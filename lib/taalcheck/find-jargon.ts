/**
 * Jargon finder: compiled once per pack into token maps, then run per keystroke
 * and per utterance, so a call is one tokenising pass plus map look-ups.
 * A hit always spans whole words (a compound as a whole), so replacing it
 * never leaves half a word behind.
 */
import type { JargonEntry } from '../packs/pack-schema';
import { inflectTerm } from './jargon-forms';

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

type Entry = Pick<JargonEntry, 'id' | 'term' | 'variants' | 'b1'> & { disabled?: boolean };

interface Form {
  entry: Entry;
  /** May stand at the start or end of a longer compound ("maatwerkvoorzieningaanvraag"). */
  compounds: boolean;
}

interface MultiForm {
  words: string[];
  entry: Entry;
}

/**
 * Words shorter than this only match whole (with their inflections), so "zorg"
 * never fires inside "zorgvuldig" nor "indien" inside "indiensttreding".
 */
const MIN_COMPOUND_TERM = 7;
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

/**
 * A mixed-case acronym ("ZiN") is matched by case, as written or in capitals,
 * because its lower-case form is often an everyday word ("zin").
 */
const isMixedCase = (term: string): boolean =>
  /\p{Lu}/u.test(term.slice(1)) && /\p{Ll}/u.test(term) && !/\s/.test(term);

function acronymForms(term: string): string[] {
  return [term, term.toUpperCase()].flatMap((form) => [form, `${form}'s`, `${form}s`]);
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

function compile(entries: readonly Entry[]) {
  const acronyms = new Map<string, Form>();
  const single = new Map<string, Form>();
  const multi = new Map<string, MultiForm[]>();
  const active = entries.filter((entry) => !entry.disabled);
  // Pass 0 registers the terms themselves, pass 1 their inflections, so a
  // base term always beats another entry's generated form.
  for (const pass of [0, 1]) {
    for (const entry of active) {
      for (const base of [entry.term, ...(entry.variants ?? [])]) {
        if (isMixedCase(base)) {
          if (pass === 0)
            for (const form of acronymForms(base)) acronyms.set(form, { entry, compounds: false });
          continue;
        }
        const forms = inflectTerm(base);
        for (const form of pass === 0 ? forms.slice(0, 1) : forms.slice(1)) {
          const words = form.split(' ');
          if (words.length === 1) {
            if (!single.has(form)) {
              const compounds = !form.includes("'") && words[0]!.length >= MIN_COMPOUND_TERM;
              single.set(form, { entry, compounds: compounds && base.length >= MIN_COMPOUND_TERM });
            }
            continue;
          }
          const list = multi.get(words[0]!) ?? [];
          list.push({ words, entry });
          multi.set(words[0]!, list);
        }
      }
    }
  }
  for (const list of multi.values()) {
    list.sort(
      (a, b) => b.words.length - a.words.length || b.words.join().length - a.words.join().length,
    );
  }
  return { acronyms, single, multi };
}

export function createJargonMatcher(entries: readonly Entry[]): JargonMatcher {
  const { acronyms, single, multi } = compile(entries);

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
