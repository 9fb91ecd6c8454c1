import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JargonEntry } from '../packs/pack-schema';
import { arbitraryTextWithBsns } from '../testing/bsn-arbitraries';
import { checkText } from './check-text';
import { createJargonMatcher } from './find-jargon';

const entry = (id: string, term: string, b1: string): JargonEntry => ({
  id,
  term,
  b1,
  variants: [],
  explanation: '',
  source: 'domain-anchors §5.6',
  version: 1,
});
const jargon = createJargonMatcher([
  entry('maatwerkvoorziening', 'maatwerkvoorziening', 'hulp die speciaal voor u geregeld wordt'),
  entry('beschikking', 'beschikking', 'de brief met het besluit'),
]);

describe('checkText', () => {
  it('reports every field of the taalcheck', () => {
    const text =
      'U krijgt een maatwerkvoorziening. Uw aanvraag wordt door de gemeente besproken. ' +
      'Uw BSN 123456782 staat erin.';
    expect(checkText(text, { jargon })).toEqual({
      words: 16,
      sentences: 3,
      avgSentenceLength: 5.3,
      readability: expect.any(Number),
      jargon: [
        {
          term: 'maatwerkvoorziening',
          offset: 13,
          suggestion: 'hulp die speciaal voor u geregeld wordt',
        },
      ],
      longSentences: [],
      passive: [
        {
          offset: text.indexOf('wordt'),
          length: 32,
          text: 'wordt door de gemeente besproken',
        },
      ],
      bsn: [{ offset: text.indexOf('1234') }],
    });
  });

  it.each([
    ['', 0, 0, null],
    ['   \n ', 0, 0, null],
    ['Ik ga naar huis.', 4, 1, 126.1],
    ['- rollator\n- traplift', 2, 2, expect.any(Number)],
  ])('counts words, sentences and readability of %j', (text, words, sentences, readability) => {
    const result = checkText(text, { jargon });
    expect(result).toMatchObject({ words, sentences, readability });
  });

  it('flags sentences of more than 20 words', () => {
    const twenty =
      'Wij hebben met uw dochter gesproken over het huishouden en over de boodschappen die u niet meer zelf kunt doen.';
    const longer = `${twenty.slice(0, -1)} sinds maart.`;
    const result = checkText(`${twenty} ${longer}`, { jargon });
    expect(result.longSentences).toEqual([
      { offset: twenty.length + 1, length: longer.length, words: 22 },
    ]);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(() => checkText(text, { jargon })).not.toThrow();
      }),
      { seed: 42, numRuns: 1000 },
    );
  });

  it('never puts a BSN in its output', () => {
    fc.assert(
      fc.property(arbitraryTextWithBsns, ({ text, bsns }) => {
        const output = JSON.stringify(
          checkText(`De beschikking over ${text} is ontvangen.`, { jargon }),
        );
        for (const bsn of bsns) expect(output.replace(/\D/g, ' ')).not.toMatch(bsn);
      }),
      { seed: 7, numRuns: 1000 },
    );
  });
});
