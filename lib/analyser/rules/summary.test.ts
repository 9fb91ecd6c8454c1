import { describe, expect, it } from 'vitest';
import { analyseUtterance } from '../analyse-utterance';

const flags = (text: string) => analyseUtterance(text).flags;

describe('summary', () => {
  it.each([
    'Als ik u goed begrijp, wilt u vooral rust.',
    'Dus u zegt dat de buren helpen.',
    'Samengevat: het huishouden lukt, het vervoer niet.',
    'Begrijp ik het goed dat u geen auto meer heeft?',
    'Met andere woorden: u wilt thuis blijven wonen.',
    'Mag ik het even samenvatten?',
    'Dus jij wilt eigenlijk gewoon werken.',
  ])('flags %j', (text) => {
    expect(flags(text)).toContain('summary');
  });

  it.each([
    'Dus u moet eerst naar de huisarts.',
    'Ik begrijp het.',
    'Dat klinkt zwaar.',
    'Wat zegt uw dochter daarover?',
    'Dus.',
  ])('does not flag %j', (text) => {
    expect(flags(text)).not.toContain('summary');
  });
});
