import { describe, expect, it } from 'vitest';
import { replaceJargon } from './replace-jargon';

const hitIn = (text: string, term: string, suggestion: string) => ({
  term,
  offset: text.indexOf(term),
  suggestion,
});

describe('replaceJargon', () => {
  it.each([
    [
      'U krijgt een maatwerkvoorziening.',
      'maatwerkvoorziening',
      'hulp die bij u past',
      'U krijgt een hulp die bij u past.',
    ],
    [
      'Maatwerkvoorziening: een traplift.',
      'Maatwerkvoorziening',
      'hulp die bij u past',
      'Hulp die bij u past: een traplift.',
    ],
    [
      'Dat is geregeld. Mantelzorg is er niet.',
      'Mantelzorg',
      'hulp van familie',
      'Dat is geregeld. Hulp van familie is er niet.',
    ],
    [
      'Afspraken:\n- Beschikking volgt',
      'Beschikking',
      'de brief met het besluit',
      'Afspraken:\n- De brief met het besluit volgt',
    ],
    ['Het PGB loopt.', 'PGB', 'geld voor hulp', 'Het geld voor hulp loopt.'],
    ['pgb aanvragen', 'pgb', 'geld voor hulp', 'geld voor hulp aanvragen'],
  ])('in %j replaces %j', (text, term, suggestion, expected) => {
    expect(replaceJargon(text, hitIn(text, term, suggestion))).toBe(expected);
  });

  it('leaves the text alone when the hit no longer matches', () => {
    const text = 'U krijgt een traplift.';
    expect(replaceJargon(text, { term: 'beschikking', offset: 13, suggestion: 'brief' })).toBe(
      text,
    );
  });
});
