import { describe, expect, it } from 'vitest';
import {
  B1_READABILITY_THRESHOLD,
  countSyllables,
  fleschDouma,
  isB1Readability,
  readabilityLabel,
} from './flesch-douma';
import { checkText } from './check-text';

describe('countSyllables', () => {
  it.each([
    ['huis', 1],
    ['huizen', 2],
    ['nieuw', 1],
    ['eeuw', 1],
    ['mooi', 1],
    ['moeite', 2],
    ['koffie', 2],
    ['auto', 2],
    ['bijdrage', 3],
    ['uitkering', 3],
    ['thuiszorg', 2],
    ['keukentafelgesprek', 6],
    ['maatwerkvoorziening', 5],
    ['zorgverzekeraar', 5],
    ['materiaal', 4],
    ['ideeën', 3],
    ['geïnformeerd', 4],
    ['Wmo-consulent', 4],
    ['team', 1],
    ['website', 2],
    ['t/m', 1],
    ['1.500', 4],
  ])('%s has %i syllables', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });
});

describe('fleschDouma', () => {
  it('applies 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence', () => {
    expect(fleschDouma({ words: 4, syllables: 4, sentences: 1 })).toBeCloseTo(126.12, 2);
    expect(fleschDouma({ words: 100, syllables: 180, sentences: 5 })).toBeCloseTo(49.64, 2);
  });

  it('has no figure for a text without words', () => {
    expect(fleschDouma({ words: 0, syllables: 0, sentences: 0 })).toBeNull();
  });

  it.each([
    [95, 'zeer makkelijk'],
    [72, 'vrij makkelijk'],
    [65, 'normaal'],
    [50, 'vrij moeilijk'],
    [12, 'zeer moeilijk'],
  ] as const)('labels %i as %s', (score, label) => {
    expect(readabilityLabel(score)).toBe(label);
  });
});

const noJargon = () => [];

describe('readability of real paragraphs', () => {
  const easy =
    'Wij kwamen bij u thuis. We praatten over uw huis en uw dag. U vertelde dat traplopen ' +
    'moeilijk is. Uw dochter doet de boodschappen. Wat gebeurt er nu? Wij sturen u binnen ' +
    'twee weken een brief. Klopt er iets niet? Bel ons dan.';
  const hard =
    'Naar aanleiding van uw melding in het kader van de Wet maatschappelijke ondersteuning ' +
    'is door de consulent een onderzoek uitgevoerd naar de noodzakelijkheid van een ' +
    'maatwerkvoorziening ter compensatie van uw beperkingen in de zelfredzaamheid, waarbij ' +
    'tevens de mogelijkheden van eigen kracht, gebruikelijke hulp en voorliggende ' +
    'voorzieningen zijn meegewogen.';

  it('scores an easy B1 paragraph as B1', () => {
    const { readability } = checkText(easy, { jargon: noJargon });
    expect(readability).toBeGreaterThanOrEqual(B1_READABILITY_THRESHOLD);
    expect(isB1Readability(readability)).toBe(true);
  });

  it('scores an official paragraph as hard', () => {
    const { readability } = checkText(hard, { jargon: noJargon });
    expect(readability).toBeLessThan(30);
    expect(isB1Readability(readability)).toBe(false);
  });
});
