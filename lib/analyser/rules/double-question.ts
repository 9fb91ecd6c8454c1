/**
 * `double`: more than one question in a turn, as separate sentences or joined inside
 * one ("Hoe gaat het met u en wat doet uw dochter?"). Ask one question at a time
 * (domain-anchors §5.1, Van Heijningen). A choice ("koffie of thee") is one question,
 * and so is a tag ("…, toch?") or a check ("…, klopt dat?") after a statement.
 */
import { isDirectQuestion } from './classify-question';
import { TOCH_CLAUSE } from './leading-question';
import type { Rule, SentenceContext } from './rule';

function asksAgain(sentence: SentenceContext): boolean {
  if (sentence.question === 'none' || sentence.head < 0) return false;
  for (let i = sentence.head + 1; i < sentence.segments.length; i++) {
    const segment = sentence.segments[i]!;
    if (isDirectQuestion(segment) || TOCH_CLAUSE.test(segment.text)) return true;
  }
  return false;
}

export const doubleQuestion: Rule = ({ questions }) =>
  questions.length > 1 || questions.some(asksAgain);
