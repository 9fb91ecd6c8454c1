import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences';

const texts = (input: string) => splitSentences(input).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it.each([
    [
      'U krijgt bijv. hulp bij het huishouden. Dat kost ca. 1.500 euro per jaar.',
      ['U krijgt bijv. hulp bij het huishouden.', 'Dat kost ca. 1.500 euro per jaar.'],
    ],
    [
      'Dhr. Jansen en mevr. De Vries kwamen op 12-11-2026. Zij vroegen o.a. naar het pgb.',
      ['Dhr. Jansen en mevr. De Vries kwamen op 12-11-2026.', 'Zij vroegen o.a. naar het pgb.'],
    ],
    [
      'U betaalt 3,5 uur per week zelf, d.w.z. de eigen bijdrage. Die geldt t/m 31-12-2026.',
      ['U betaalt 3,5 uur per week zelf, d.w.z. de eigen bijdrage.', 'Die geldt t/m 31-12-2026.'],
    ],
    [
      'Wij bellen u z.s.m. terug i.v.m. uw vraag m.b.t. vervoer. Dat is a.s. maandag.',
      ['Wij bellen u z.s.m. terug i.v.m. uw vraag m.b.t. vervoer.', 'Dat is a.s. maandag.'],
    ],
    [
      'Ze helpt met koken, wassen enz. Haar zoon doet de boodschappen.',
      ['Ze helpt met koken, wassen enz.', 'Haar zoon doet de boodschappen.'],
    ],
    [
      'Hulp bij de was, boodschappen e.d. is geregeld.',
      ['Hulp bij de was, boodschappen e.d. is geregeld.'],
    ],
    [
      'Ik weet het niet... misschien later. Kunt u dat regelen? Ja!',
      ['Ik weet het niet... misschien later.', 'Kunt u dat regelen?', 'Ja!'],
    ],
    ['Het was zwaar… Toen belde ik u.', ['Het was zwaar…', 'Toen belde ik u.']],
    [
      'Ze zei: "Ik red het niet meer." Toen stopte ze.',
      ['Ze zei: "Ik red het niet meer."', 'Toen stopte ze.'],
    ],
    [
      'Wat spraken we af?\n- u belt de thuiszorg\n- wij sturen een brief\n\nMet vriendelijke groet,\nJ. de Vries',
      [
        'Wat spraken we af?',
        '- u belt de thuiszorg',
        '- wij sturen een brief',
        'Met vriendelijke groet,',
        'J. de Vries',
      ],
    ],
    [
      'Afspraken:\n1. Hulp bij het huishouden\n2. Een rollator',
      ['Afspraken:', '1. Hulp bij het huishouden', '2. Een rollator'],
    ],
    [
      'Wij hebben uw aanvraag\nontvangen en gaan die bekijken.',
      ['Wij hebben uw aanvraag\nontvangen en gaan die bekijken.'],
    ],
    ['Zie art. 2.3.2 van de Wmo. Dat is de wet.', ['Zie art. 2.3.2 van de Wmo.', 'Dat is de wet.']],
    ['', []],
    ['   \n  ', []],
    ['zonder punt aan het eind', ['zonder punt aan het eind']],
  ])('splits %j', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('gives offsets into the original text', () => {
    const input = '  Eerste zin.   Tweede zin!';
    expect(splitSentences(input)).toEqual([
      { text: 'Eerste zin.', offset: 2 },
      { text: 'Tweede zin!', offset: 16 },
    ]);
  });

  const fragments = [
    'Wij',
    'helpen',
    'u',
    'bijv.',
    'o.a.',
    'dhr.',
    'enz.',
    'J.',
    '1.500',
    '3,5',
    '12-11-2026',
    '...',
    '…',
    '.',
    '?',
    '!',
    '"',
    ')',
    ' ',
    '  ',
    '\n',
    '\n\n',
    '- ',
    '1. ',
    'a',
    'Ü',
  ];
  const arbitraryText = fc.oneof(
    fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join('')),
    fc.string({ maxLength: 80 }),
  );

  it('always returns ordered slices that cover every non-space character', () => {
    fc.assert(
      fc.property(arbitraryText, (input) => {
        const sentences = splitSentences(input);
        let cursor = 0;
        for (const { text, offset } of sentences) {
          expect(text.length).toBeGreaterThan(0);
          expect(input.slice(offset, offset + text.length)).toBe(text);
          expect(offset).toBeGreaterThanOrEqual(cursor);
          expect(input.slice(cursor, offset).trim()).toBe('');
          cursor = offset + text.length;
        }
        expect(input.slice(cursor).trim()).toBe('');
      }),
      { seed: 20261112, numRuns: 1000 },
    );
  });
});
