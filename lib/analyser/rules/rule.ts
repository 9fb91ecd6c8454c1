/**
 * What every rule reads: the turn cut into sentences and segments once, so each rule
 * is a few regex tests over precomputed text. Rules never re-split the turn.
 */
import type { JargonMatcher } from '../../taalcheck/find-jargon';
import type { Segment } from '../tokenize-nl';
import type { QuestionType } from '../types';

export interface SentenceContext {
  /** The sentence as written. */
  raw: string;
  /** Lower case, straight apostrophes, single spaces, final punctuation kept. */
  norm: string;
  segments: Segment[];
  question: QuestionType;
  /** Index of the segment that decided `question`; -1 for a declarative sentence. */
  head: number;
  hasQuestionMark: boolean;
  words: number;
}

export interface UtteranceContext {
  text: string;
  sentences: SentenceContext[];
  /** The sentences that ask something, in order. */
  questions: SentenceContext[];
  jargon?: JargonMatcher;
}

export type Rule<T = boolean> = (context: UtteranceContext) => T;

/** A statement, or a declarative sentence said as a question ("U woont alleen?"). */
export const isDeclarative = (sentence: SentenceContext): boolean =>
  sentence.head === -1 || sentence.question === 'none';
