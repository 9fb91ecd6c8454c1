import { describe, expect, it } from 'vitest';
import { formatReport } from './format-report';
import { FLAG_TIPS, QUESTION_TIPS } from './tips';
import type { UtteranceAnalysis } from './types';

const transcript: UtteranceAnalysis[] = [
  { text: 'Goedemorgen, fijn dat u er bent.', question: 'none', flags: [] },
  { text: 'Vertel eens hoe uw dag eruitziet.', question: 'open', flags: [] },
  { text: 'U redt het wel alleen, toch?', question: 'closed', flags: ['leading'] },
  { text: 'Waarom heeft u niet eerder gebeld?', question: 'open', flags: ['why'] },
  { text: 'Dat klinkt zwaar.', question: 'none', flags: ['reflection'] },
];

describe('formatReport', () => {
  it('counts the utterances per question type', () => {
    const actual = formatReport(transcript);

    expect(actual).toContain('| Open vraag | 2 |');
    expect(actual).toContain('| Gesloten vraag | 1 |');
    expect(actual).toContain('| Geen vraag | 2 |');
  });

  it.each([
    ['Sturende vraag', 1],
    ['Waarom-vraag', 1],
    ['Reflectie', 1],
    ['Dubbele vraag', 0],
    ['Vakjargon', 0],
  ])('counts the flag "%s" (%i)', (label, count) => {
    const actual = formatReport(transcript);

    expect(actual).toContain(`| ${label} | ${count} |`);
  });

  it('lists only the flagged utterances, numbered by their place in the transcript', () => {
    const actual = formatReport(transcript);

    expect(actual).toContain('### Uiting 3\n\n> U redt het wel alleen, toch?');
    expect(actual).toContain('### Uiting 5\n\n> Dat klinkt zwaar.');
    expect(actual).not.toContain('> Vertel eens hoe uw dag eruitziet.');
  });

  it('gives the tip of every flag, and the closed-question tip for a closed question', () => {
    const actual = formatReport(transcript);

    expect(actual).toContain(FLAG_TIPS.leading);
    expect(actual).toContain(FLAG_TIPS.why);
    expect(actual).toContain(FLAG_TIPS.reflection);
    expect(actual).toContain(QUESTION_TIPS.closed);
  });

  it('says so when nothing was flagged', () => {
    const actual = formatReport([{ text: 'Hoe gaat het?', question: 'open', flags: [] }]);

    expect(actual).toContain('1 uitingen, waarvan 0 met een signaal.');
    expect(actual).toContain('Geen signalen gevonden.');
  });
});
