/**
 * The taalcheck: one pass over a text for the Verslag section and the
 * `taalcheck` CLI (PRODUCT §4). The result never holds a BSN's digits: jargon
 * and passive run on a copy with the BSNs blanked, and `bsn` gives offsets only.
 */
import { findBsns, maskBsn } from './bsn';
import type { JargonMatcher } from './find-jargon';
import { countSyllables, fleschDouma } from './flesch-douma';
import { findPassives, type PassiveHit } from './passive-voice';
import { splitSentences } from './split-sentences';
import { findWords } from './words';

/** Sentences with more words than this are flagged (issue 6; B1 aims at about 10). */
export const LONG_SENTENCE_WORDS = 20;

export interface TaalcheckResult {
  words: number;
  sentences: number;
  /** Words per sentence, one decimal. */
  avgSentenceLength: number;
  /** Flesch-Douma, one decimal; null for a text without words. */
  readability: number | null;
  jargon: { term: string; offset: number; suggestion: string }[];
  longSentences: { offset: number; length: number; words: number }[];
  passive: PassiveHit[];
  bsn: { offset: number }[];
}

const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

export function checkText(text: string, options: { jargon: JargonMatcher }): TaalcheckResult {
  const bsnHits = findBsns(text);
  const safeText = bsnHits.length > 0 ? maskBsn(text, bsnHits) : text;

  let words = 0;
  let syllables = 0;
  let sentences = 0;
  const longSentences: TaalcheckResult['longSentences'] = [];
  for (const sentence of splitSentences(text)) {
    const sentenceWords = findWords(sentence.text);
    if (sentenceWords.length === 0) continue;
    sentences++;
    words += sentenceWords.length;
    for (const word of sentenceWords) syllables += countSyllables(word.text);
    if (sentenceWords.length > LONG_SENTENCE_WORDS) {
      longSentences.push({
        offset: sentence.offset,
        length: sentence.text.length,
        words: sentenceWords.length,
      });
    }
  }
  const readability = fleschDouma({ words, syllables, sentences });

  return {
    words,
    sentences,
    avgSentenceLength: sentences === 0 ? 0 : oneDecimal(words / sentences),
    readability: readability === null ? null : oneDecimal(readability),
    jargon: options
      .jargon(safeText)
      .map(({ term, offset, suggestion }) => ({ term, offset, suggestion })),
    longSentences,
    passive: findPassives(safeText),
    bsn: bsnHits.map(({ offset }) => ({ offset })),
  };
}
