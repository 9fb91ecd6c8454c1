import { describe, expect, it } from 'vitest';
import { createJargonMatcher } from '../../taalcheck/find-jargon';
import { analyseUtterance } from '../analyse-utterance';
import { JARGON_FIXTURE } from '../fixtures/jargon-entries';

const jargon = createJargonMatcher(JARGON_FIXTURE);
const flags = (text: string) => analyseUtterance(text, { jargon }).flags;

describe('usesJargon', () => {
  it.each([
    'U heeft recht op een maatwerkvoorziening.',
    'Er zijn meerdere maatwerkvoorzieningen mogelijk.',
    'Wilt u een pgb?',
    'We kijken eerst naar uw eigen kracht.',
    'De eigen bijdragen worden door het CAK berekend.',
    'Uw Wmo-aanvraag is binnen.',
    'De herindicaties zijn in maart.',
  ])('flags %j', (text) => {
    expect(flags(text)).toContain('jargon');
  });

  it.each([
    'Wat kunt u zelf nog?',
    'Wie helpt u in huis?',
    'Hoeveel betaalt u zelf?',
    'U krijgt een brief met het besluit.',
  ])('does not flag %j', (text) => {
    expect(flags(text)).not.toContain('jargon');
  });

  it('never flags jargon without a jargon list', () => {
    expect(analyseUtterance('U krijgt een maatwerkvoorziening.').flags).not.toContain('jargon');
  });
});
