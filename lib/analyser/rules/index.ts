/** The rule registry: one rule per flag, in the order of FLAGS (types.ts). */
import type { Flag } from '../types';
import { adviceOma } from './advice-oma';
import { doubleQuestion } from './double-question';
import { usesJargon } from './jargon';
import { leadingQuestion } from './leading-question';
import { reflection } from './reflection';
import type { Rule } from './rule';
import { summary } from './summary';
import { tooLong } from './too-long';
import { whyQuestion } from './why-question';

export const FLAG_RULES: Record<Flag, Rule> = {
  double: doubleQuestion,
  leading: leadingQuestion,
  why: whyQuestion,
  advice: adviceOma,
  jargon: usesJargon,
  long: tooLong,
  summary,
  reflection,
};

export { classifyQuestion } from './classify-question';
export type { Rule, UtteranceContext } from './rule';
