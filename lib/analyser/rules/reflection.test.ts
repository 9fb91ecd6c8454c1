import { describe, expect, it } from 'vitest';
import { analyseUtterance } from '../analyse-utterance';

const flags = (text: string) => analyseUtterance(text).flags;

describe('reflection', () => {
  it.each([
    'Dat klinkt heel eenzaam.',
    'Het klinkt alsof u het overzicht kwijt bent.',
    'Ik merk dat je er niet over wilt praten.',
    'U maakt zich veel zorgen om uw zoon.',
    'U voelt zich niet gehoord door de gemeente.',
    'Je bent boos op je moeder.',
    'Ik kan me goed voorstellen dat het u allemaal te veel wordt.',
    'Wat naar voor u.',
    'Dat moet moeilijk zijn geweest.',
  ])('flags %j', (text) => {
    expect(flags(text)).toContain('reflection');
  });

  it.each([
    'Bent u bang om te vallen?',
    'Hoe voelt u zich?',
    'Ik zie dat u een scootmobiel heeft.',
    'Dat klinkt als een goed idee.',
    'U bent vast opgelucht?',
    'Wat fijn dat u er bent.',
    'Wat vond u daar zo moeilijk aan?',
  ])('does not flag %j', (text) => {
    expect(flags(text)).not.toContain('reflection');
  });
});
