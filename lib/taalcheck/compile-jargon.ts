/**
 * Compiles jargon entries once into look-up tables: single-word forms (with
 * inflections), mixed-case acronyms matched by case, and multi-word forms keyed
 * by their first word. A base term always beats another entry's generated form.
 */
import type { JargonEntry } from '../packs/pack-schema';
import { inflectTerm } from './jargon-forms';

export type Entry = Pick<JargonEntry, 'id' | 'term' | 'variants' | 'b1'> & { disabled?: boolean };

export interface Form {
  entry: Entry;
  /** May stand at the start or end of a longer compound ("maatwerkvoorzieningaanvraag"). */
  compounds: boolean;
}

export interface MultiForm {
  words: string[];
  entry: Entry;
}

/**
 * Words shorter than this only match whole (with their inflections), so "zorg"
 * never fires inside "zorgvuldig" nor "indien" inside "indiensttreding".
 */
export const MIN_COMPOUND_TERM = 7;
/**
 * A mixed-case acronym ("ZiN") is matched by case, as written or in capitals,
 * because its lower-case form is often an everyday word ("zin").
 */
const isMixedCase = (term: string): boolean =>
  /\p{Lu}/u.test(term.slice(1)) && /\p{Ll}/u.test(term) && !/\s/.test(term);

function acronymForms(term: string): string[] {
  return [term, term.toUpperCase()].flatMap((form) => [form, `${form}'s`, `${form}s`]);
}

export function compileJargon(entries: readonly Entry[]) {
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
