/**
 * The trainer's Markdown report over a transcript (issue 9 item 2, `--format md`):
 * counts per question type and per flag, then every flagged utterance with its tips.
 * Pure: analyses in, text out.
 */
import { FLAG_LABELS, FLAG_TIPS, QUESTION_LABELS, QUESTION_TIPS } from './tips';
import { FLAGS, type QuestionType, type UtteranceAnalysis } from './types';

const QUESTION_TYPES: readonly QuestionType[] = ['open', 'closed', 'none'];

function countTable(heading: string, rows: [label: string, count: number][]): string[] {
  return [`| ${heading} | Aantal |`, '| --- | ---: |', ...rows.map(([l, n]) => `| ${l} | ${n} |`)];
}

function flaggedSection(analysis: UtteranceAnalysis, number: number): string[] {
  const tips = analysis.flags.map((flag) => `- **${FLAG_LABELS[flag]}**: ${FLAG_TIPS[flag]}`);
  if (analysis.question === 'closed') {
    tips.push(`- **${QUESTION_LABELS.closed}**: ${QUESTION_TIPS.closed}`);
  }
  return [
    `### Uiting ${number}`,
    '',
    `> ${analysis.text}`,
    '',
    `${QUESTION_LABELS[analysis.question]}.`,
    '',
    ...tips,
    '',
  ];
}

export function formatReport(analyses: readonly UtteranceAnalysis[]): string {
  const questionRows = QUESTION_TYPES.map((type): [string, number] => [
    QUESTION_LABELS[type],
    analyses.filter((analysis) => analysis.question === type).length,
  ]);
  const flagRows = FLAGS.map((flag): [string, number] => [
    FLAG_LABELS[flag],
    analyses.filter((analysis) => analysis.flags.includes(flag)).length,
  ]);
  const flagged = analyses
    .map((analysis, index) => ({ analysis, number: index + 1 }))
    .filter(({ analysis }) => analysis.flags.length > 0);
  return [
    '# Gesprekstechniek: analyse van het transcript',
    '',
    `${analyses.length} uitingen, waarvan ${flagged.length} met een signaal.`,
    '',
    '## Soorten vragen',
    '',
    ...countTable('Soort', questionRows),
    '',
    '## Technieken',
    '',
    ...countTable('Signaal', flagRows),
    '',
    '## Uitingen met een signaal',
    '',
    ...(flagged.length === 0
      ? ['Geen signalen gevonden.', '']
      : flagged.flatMap(({ analysis, number }) => flaggedSection(analysis, number))),
  ].join('\n');
}
