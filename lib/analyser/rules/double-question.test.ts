import { describe, expect, it } from 'vitest';
import { analyseUtterance } from '../analyse-utterance';

const flags = (text: string) => analyseUtterance(text).flags;

describe('doubleQuestion', () => {
  it.each([
    'Wat doet u overdag en wie helpt u daarbij?',
    'Hoe oud is uw zoon? Woont hij nog thuis?',
    'Heeft u schulden, en zo ja, bij wie?',
    'Woont u alleen en heeft u een lift?',
    'Hoe ging het op school, en wat vond je het leukst?',
    'Vertel eens over uw buurt. Wie kent u daar?',
    'Waar werkte u, en hoe lang?',
    'Hoe lang bent u al ziek en wat zegt de huisarts?',
  ])('flags %j', (text) => {
    expect(flags(text)).toContain('double');
  });

  it.each([
    'Wilt u liever thuis of bij ons praten?',
    'Hoe gaat het met u en met de kinderen?',
    'Dus u woont alleen, klopt dat?',
    'U redt het wel, toch?',
    'Hoe houdt u bij wat er binnenkomt en wat eruit gaat?',
    'Als u terugkijkt, wat ging er goed?',
    'Dat klinkt zwaar. Hoe houdt u het vol?',
    'Heeft u een auto of fietst u?',
  ])('does not flag %j', (text) => {
    expect(flags(text)).not.toContain('double');
  });
});
