/**
 * Flesch-Douma readability (Douma 1960, the Dutch adaptation of Flesch) and
 * Dutch syllable counting by vowel groups. The figure is an indication only:
 * it sees word and sentence length, not whether words are known (README).
 */

/** A text scoring at least this counts as B1 for the taalcheck (justified in README). */
export const B1_READABILITY_THRESHOLD = 65;

/** Vowel letter groups that sound as one vowel, longest first. */
const VOWEL_GROUPS = [
  'ieu',
  'eeu',
  'oei',
  'ooi',
  'aai',
  'aa',
  'ee',
  'oo',
  'uu',
  'ie',
  'oe',
  'eu',
  'ui',
  'ei',
  'ij',
  'ou',
  'au',
];
const VOWELS = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/;
/** A diaeresis starts a new syllable: "ideeën", "geïnformeerd". */
const DIAERESIS = /[ëïöüä]/;
/** Loanwords the vowel-group rule miscounts. */
const EXCEPTIONS = new Map([
  ['team', 1],
  ['teams', 1],
  ['mail', 1],
  ['e-mail', 2],
  ['email', 2],
  ['site', 1],
  ['website', 2],
  ['online', 2],
  ['service', 2],
  ['coach', 1],
  ['jobcoach', 2],
  ['care', 1],
  ['date', 1],
  ['update', 2],
]);

export function countSyllables(word: string): number {
  const lower = word.toLowerCase();
  const known = EXCEPTIONS.get(lower);
  if (known !== undefined) return known;
  if (/^[\d.,/-]+$/.test(lower)) return Math.max(1, lower.replace(/\D/g, '').length);
  let count = 0;
  let i = 0;
  while (i < lower.length) {
    const char = lower[i]!;
    if (!VOWELS.test(char)) {
      i++;
      continue;
    }
    const group = DIAERESIS.test(char)
      ? undefined
      : VOWEL_GROUPS.find((candidate) => lower.startsWith(candidate, i));
    count++;
    i += group?.length ?? 1;
  }
  return Math.max(1, count);
}

export interface TextStats {
  words: number;
  syllables: number;
  sentences: number;
}

/** 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence; null without words. */
export function fleschDouma({ words, syllables, sentences }: TextStats): number | null {
  if (words === 0 || sentences === 0) return null;
  return 206.84 - 0.77 * ((syllables / words) * 100) - 0.93 * (words / sentences);
}

export type ReadabilityLabel =
  | 'zeer makkelijk'
  | 'makkelijk'
  | 'vrij makkelijk'
  | 'normaal'
  | 'vrij moeilijk'
  | 'moeilijk'
  | 'zeer moeilijk';

/** Douma's own bands. */
export function readabilityLabel(score: number): ReadabilityLabel {
  if (score >= 90) return 'zeer makkelijk';
  if (score >= 80) return 'makkelijk';
  if (score >= 70) return 'vrij makkelijk';
  if (score >= 60) return 'normaal';
  if (score >= 45) return 'vrij moeilijk';
  if (score >= 30) return 'moeilijk';
  return 'zeer moeilijk';
}

export const isB1Readability = (score: number | null): boolean =>
  score !== null && score >= B1_READABILITY_THRESHOLD;
