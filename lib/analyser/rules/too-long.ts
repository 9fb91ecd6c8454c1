/**
 * `long`: a sentence over twenty words. B1 aims at about ten words a sentence
 * (domain-anchors §5.5), and a long spoken question is hard to hold on to.
 */
import type { Rule } from './rule';

export const MAX_SENTENCE_WORDS = 20;

export const tooLong: Rule = ({ sentences }) =>
  sentences.some((sentence) => sentence.words > MAX_SENTENCE_WORDS);
