import { describe, expect, it } from 'vitest';
import { buildCitizenLetter } from './build-citizen-letter';
import { fullWmo, pack } from './cases.nl';
import { layoutLetter } from './letter-layout';

describe('layoutLetter', () => {
  it.each([
    [
      'a title',
      'Verslag van ons gesprek\n\nBeste meneer, mevrouw,',
      [
        { kind: 'title', text: 'Verslag van ons gesprek' },
        { kind: 'paragraph', lines: ['Beste meneer, mevrouw,'] },
      ],
    ],
    [
      'a heading over lines',
      'Titel\n\nKlopt er iets niet?\nLaat het ons weten.\nBel ons.',
      [
        { kind: 'title', text: 'Titel' },
        { kind: 'heading', text: 'Klopt er iets niet?' },
        { kind: 'paragraph', lines: ['Laat het ons weten.', 'Bel ons.'] },
      ],
    ],
    [
      'a lead-in and bullets with a continued line',
      'Titel\n\nWe hebben afgesproken dat:\n- U: bellen.\n  Hoe lang? Een week.\n- Wij: schrijven.',
      [
        { kind: 'title', text: 'Titel' },
        { kind: 'paragraph', lines: ['We hebben afgesproken dat:'] },
        { kind: 'list', items: ['U: bellen. Hoe lang? Een week.', 'Wij: schrijven.'] },
      ],
    ],
    [
      'a closing greeting that is not a heading',
      'Titel\n\nMet vriendelijke groet,\nSanne',
      [
        { kind: 'title', text: 'Titel' },
        { kind: 'paragraph', lines: ['Met vriendelijke groet,', 'Sanne'] },
      ],
    ],
    [
      'Windows line ends and extra blank lines',
      'Titel\r\n\r\n\r\nTekst.',
      [
        { kind: 'title', text: 'Titel' },
        { kind: 'paragraph', lines: ['Tekst.'] },
      ],
    ],
  ])('reads %s', (_case, text, expected) => {
    expect(layoutLetter(text)).toEqual(expected);
  });

  it('keeps every word of a generated letter', () => {
    const letter = buildCitizenLetter(fullWmo, pack);
    const words = (text: string) =>
      text
        .replace(/(^|\s)-\s/g, ' ')
        .split(/\s+/)
        .filter(Boolean);

    const blocks = layoutLetter(letter);
    const shown = blocks
      .map((block) =>
        'text' in block
          ? block.text
          : 'lines' in block
            ? block.lines.join(' ')
            : block.items.join(' '),
      )
      .join(' ');

    expect(words(shown)).toEqual(words(letter));
    expect(
      blocks
        .filter((block) => block.kind === 'heading')
        .map((block) => 'text' in block && block.text),
    ).toEqual([
      'Wat u ons vertelde',
      'Wat we hebben afgesproken',
      'Wat gebeurt er nu?',
      'Klopt er iets niet?',
      'Gratis hulp van iemand die naast u staat',
    ]);
  });
});
