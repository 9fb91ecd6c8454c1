/**
 * What counts as a word for the taalcheck figures: a run of letters or digits,
 * kept together across inner hyphens, apostrophes and number punctuation
 * ("Wmo-consulent", "pgb's", "1.500", "3,5", "12-11-2026").
 */

const WORD = /[\p{L}\p{N}]+(?:['’.,/-][\p{L}\p{N}]+)*/gu;

export interface Word {
  text: string;
  offset: number;
}

export function findWords(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({ text: match[0], offset: match.index }));
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
