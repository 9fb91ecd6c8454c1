/**
 * The question analyser: one trainee turn in, its question type and technique flags out
 * (issue 9 item 1; contract in types.ts). Pure and fast: the turn is split once and
 * every rule is a handful of precompiled regex tests.
 */
import type { JargonMatcher } from '../taalcheck/find-jargon';
import { FLAG_RULES, classifyQuestion } from './rules';
import { FLAGS, type UtteranceAnalysis } from './types';
import { buildContext } from './utterance-context';

export interface AnalyseOptions {
  /** Jargon from the active packs; without it the `jargon` flag never fires. */
  jargon?: JargonMatcher;
}

export function analyseUtterance(text: string, options: AnalyseOptions = {}): UtteranceAnalysis {
  const context = buildContext(text, options.jargon);
  return {
    text,
    question: classifyQuestion(context),
    flags: FLAGS.filter((flag) => FLAG_RULES[flag](context)),
  };
}
