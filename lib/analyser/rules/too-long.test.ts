import { describe, expect, it } from 'vitest';
import { analyseUtterance } from '../analyse-utterance';

const flags = (text: string) => analyseUtterance(text).flags;

describe('tooLong', () => {
  it.each([
    'Ik wil graag samen met u bekijken welke dingen u in en rond het huis nog zelf kunt doen en bij welke dingen u hulp nodig heeft.',
    'Kort. Maar dan komt er een hele lange zin met heel veel woorden die eigenlijk allemaal niet nodig zijn om te zeggen wat je wilt zeggen.',
  ])('flags %j', (text) => {
    expect(flags(text)).toContain('long');
  });

  it.each([
    'Hoe gaat het met u?',
    'Ik ga u een paar vragen stellen. Daarna kijken we samen wat u nodig heeft en wie daarbij kan helpen.',
    'Dit zijn precies twintig woorden: een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien.',
  ])('does not flag %j', (text) => {
    expect(flags(text)).not.toContain('long');
  });
});
