/**
 * Scores analyser output against labelled cases: accuracy for `question`, and
 * precision, recall and F1 per flag. Used by the accuracy test and the benchmark.
 */
import { FLAGS, type Flag, type QuestionType, type UtteranceAnalysis } from './types';

export interface Labelled {
  text: string;
  question: QuestionType;
  flags: readonly Flag[];
}

export interface FlagScore {
  flag: Flag;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface AnalyserScore {
  cases: number;
  questionAccuracy: number;
  flags: FlagScore[];
  /** Cases where the analyser and the label differ, for the test report. */
  misses: { text: string; expected: Labelled; actual: UtteranceAnalysis }[];
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export function scoreAnalyser(
  cases: readonly Labelled[],
  analyse: (text: string) => UtteranceAnalysis,
): AnalyserScore {
  const counts = new Map(FLAGS.map((flag) => [flag, { tp: 0, fp: 0, fn: 0 }]));
  const misses: AnalyserScore['misses'] = [];
  let questionHits = 0;
  for (const expected of cases) {
    const actual = analyse(expected.text);
    if (actual.question === expected.question) questionHits++;
    let same = actual.question === expected.question;
    for (const flag of FLAGS) {
      const want = expected.flags.includes(flag);
      const got = actual.flags.includes(flag);
      const count = counts.get(flag)!;
      if (want && got) count.tp++;
      else if (got) count.fp++;
      else if (want) count.fn++;
      if (want !== got) same = false;
    }
    if (!same) misses.push({ text: expected.text, expected, actual });
  }
  const flags = FLAGS.map((flag): FlagScore => {
    const { tp, fp, fn } = counts.get(flag)!;
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { flag, support: tp + fn, precision, recall, f1 };
  });
  return {
    cases: cases.length,
    questionAccuracy: ratio(questionHits, cases.length),
    flags,
    misses,
  };
}
