/**
 * Builds the UtteranceContext for one turn: sentences (via the taalcheck splitter, which
 * knows Dutch abbreviations), their segments and their question type.
 */
import { splitSentences } from '../taalcheck/split-sentences';
import type { JargonMatcher } from '../taalcheck/find-jargon';
import { classifySentence } from './rules/classify-question';
import type { SentenceContext, UtteranceContext } from './rules/rule';
import { countWords, normalizeNl, segmentSentence, sentenceBody } from './tokenize-nl';

function toSentence(raw: string): SentenceContext {
  const norm = normalizeNl(raw);
  const segments = segmentSentence(sentenceBody(norm));
  const { question, head } = classifySentence(norm, segments);
  return {
    raw,
    norm,
    segments,
    question,
    head,
    hasQuestionMark: norm.includes('?'),
    words: countWords(raw),
  };
}

export function buildContext(text: string, jargon?: JargonMatcher): UtteranceContext {
  const sentences = splitSentences(text).map((sentence) => toSentence(sentence.text));
  const questions = sentences.filter((sentence) => sentence.question !== 'none');
  return { text, sentences, questions, jargon };
}
