import { describe, expect, it } from 'vitest';
import { analyseUtterance } from '../analyse-utterance';

const flags = (text: string) => analyseUtterance(text).flags;

describe('adviceOma', () => {
  it.each([
    'U moet meer bewegen.',
    'Je moet echt je post openmaken.',
    'Als ik jou was, zou ik die baan nemen.',
    'Het is verstandiger om eerst te sparen.',
    'Ik raad u aan om uw dochter te bellen.',
    'U kunt het beste morgen de woningcorporatie bellen.',
    'Dat had je niet moeten doen.',
    'Probeer het gewoon een keer.',
    'Het lijkt me beter als u eerst uitrust.',
    'Het is heel belangrijk dat u die brieven opent.',
  ])('flags %j', (text) => {
    expect(flags(text)).toContain('advice');
  });

  it.each([
    'Wat moet er gebeuren?',
    'Moet u vaak naar het ziekenhuis?',
    'Denkt u dat u moet verhuizen?',
    'Dat heeft u knap opgelost.',
    'Het is goed dat u belt.',
    'Neemt u gerust de tijd.',
    'Ik stel voor dat we eerst naar de post kijken.',
    'Is het niet beter om eerst te sparen?',
    'Het is belangrijk dat we samen een plan maken.',
  ])('does not flag %j', (text) => {
    expect(flags(text)).not.toContain('advice');
  });
});
