/** The analyser's output contract (also the `analyse` CLI's JSON line shape, PRODUCT §4). */
export const FLAGS = [
  'double',
  'leading',
  'why',
  'advice',
  'jargon',
  'long',
  'summary',
  'reflection',
] as const;
export type Flag = (typeof FLAGS)[number];

export type QuestionType = 'open' | 'closed' | 'none';

export interface UtteranceAnalysis {
  text: string;
  question: QuestionType;
  flags: Flag[];
}
