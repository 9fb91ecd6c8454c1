import { describe, expect, it } from 'vitest';
import { analyseUtterance } from '../analyse-utterance';

const flags = (text: string) => analyseUtterance(text).flags;

describe('leadingQuestion', () => {
  it.each([
    'U slaapt toch wel goed?',
    'Dat lukt nog wel, toch?',
    'Vindt u het ook niet beter om te verhuizen?',
    'Zou het niet verstandiger zijn om een bewindvoerder te nemen?',
    'Geen schulden, hoop ik?',
    'Uw kinderen komen toch ook weleens langs?',
    'Wil je niet liever gewoon gaan werken?',
    'Je vindt school vast saai?',
    'Het gaat wel, hè?',
  ])('flags %j', (text) => {
    expect(flags(text)).toContain('leading');
  });

  it.each([
    'Hoe slaapt u?',
    'Wat maakt dat u toch bent gekomen?',
    'Slaapt u goed?',
    'Dus u woont alleen, klopt dat?',
    'Wilt u koffie of thee?',
    'Ik wil het toch even vragen: hoe gaat het met de post?',
    'Kunt u niet slapen?',
  ])('does not flag %j', (text) => {
    expect(flags(text)).not.toContain('leading');
  });
});
