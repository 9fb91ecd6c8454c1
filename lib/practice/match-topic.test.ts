import { describe, expect, it } from 'vitest';
import { lastQuestion, mentions, statements } from './match-topic';

describe('mentions', () => {
  it.each([
    ['Heeft u schulden?', ['schuld'], true],
    ['Hoe gaat het met de huurachterstand?', ['huur'], true],
    ['Hoe gaat het met de huur?', ['achterstand'], false],
    ['Bent u onschuldig?', ['schuld'], false],
    ['Wie van de mensen om u heen helpt u?', ['mensen om u heen'], true],
    ['Wie van de mensen helpt u?', ['mensen om u heen'], false],
    ['Hoe gaat het met uw financiën?', ['financi'], true],
    ['HEEFT U EEN DOCHTER?', ['dochter'], true],
  ])('"%s" with %j → %s', (text, keywords, expected) => {
    expect(mentions(text, keywords)).toBe(expected);
  });
});

describe('statements', () => {
  it('keeps only the sentences that are not questions', () => {
    expect(statements('Als ik het goed begrijp, bent u gevallen. Klopt dat?')).toBe(
      'Als ik het goed begrijp, bent u gevallen.',
    );
  });
});

describe('lastQuestion', () => {
  it.each([
    ['Hoe gaat het thuis? En heeft u schulden?', 'En heeft u schulden?'],
    ['Hoe vindt u het huis en wie uit de familie komt langs?', 'wie uit de familie komt langs?'],
    [
      'Wat doet u overdag, of gaat u weleens naar het buurthuis?',
      'gaat u weleens naar het buurthuis?',
    ],
    ['Dat klinkt zwaar.', 'Dat klinkt zwaar.'],
  ])('hears "%s" as "%s"', (text, expected) => {
    expect(lastQuestion(text)).toBe(expected);
  });
});
