import { describe, expect, it } from 'vitest';
import { analyseUtterance } from '../analyse-utterance';
import type { QuestionType } from '../types';

describe('classifyQuestion', () => {
  it.each<[string, QuestionType]>([
    ['Wat heeft u nodig?', 'open'],
    ['Hoe ziet uw ochtend eruit?', 'open'],
    ['Waardoor lukt het niet meer?', 'open'],
    ['Bij wie kunt u terecht?', 'open'],
    ['In hoeverre kunt u zelf koken?', 'open'],
    ['Vertel eens over uw kinderen.', 'open'],
    ['Kunt u beschrijven hoe u naar de winkel gaat?', 'open'],
    ['Ik ben benieuwd wat jij daar zelf van vindt.', 'open'],
    ['Meneer Yilmaz, wat vindt u belangrijk?', 'open'],
    ['Als het niet lukt, wat doet u dan?', 'open'],
    ['hoe gaat het met uw rug', 'open'],
    ['Vertel, wat gebeurde er toen?', 'open'],
    ['Zoals?', 'open'],
  ])('calls %j an open question', (text, expected) => {
    expect(analyseUtterance(text).question).toBe(expected);
  });

  it.each<[string, QuestionType]>([
    ['Heeft u een partner?', 'closed'],
    ['Is de trap een probleem?', 'closed'],
    ['Wilt u thuis of op kantoor praten?', 'closed'],
    ['U rijdt nog auto?', 'closed'],
    ['Dat lukt wel, toch?', 'closed'],
    ['Kunt u mij vertellen of u werk heeft?', 'closed'],
    ['Ik wil graag weten of u een uitkering heeft.', 'closed'],
    ['Als ik het goed begrijp, woont u alleen?', 'closed'],
    ['kunt u nog fietsen', 'closed'],
  ])('calls %j a closed question', (text, expected) => {
    expect(analyseUtterance(text).question).toBe(expected);
  });

  it.each<[string, QuestionType]>([
    ['Dank u wel.', 'none'],
    ['Wat fijn dat u er bent.', 'none'],
    ['Hoe vervelend voor u.', 'none'],
    ['Wat u vertelt is belangrijk.', 'none'],
    ['Gaat u zitten.', 'none'],
    ['Heeft u vragen, bel dan gerust.', 'none'],
    ['Ik leg uit wat we vandaag gaan doen.', 'none'],
    ['We kijken samen wat u nodig heeft en wie kan helpen.', 'none'],
    ['', 'none'],
  ])('finds no question in %j', (text, expected) => {
    expect(analyseUtterance(text).question).toBe(expected);
  });

  it('takes the type of the first question in the turn', () => {
    const actual = analyseUtterance('Dat klinkt zwaar. Heeft u hulp? Wat voor hulp?').question;

    expect(actual).toBe('closed');
  });
});
