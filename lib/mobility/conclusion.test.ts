import { describe, expect, it } from 'vitest';
import { alone84, defaultPack } from './cases.nl';
import {
  conclusionInput,
  missingReEvaluation,
  readConclusion,
  type RecordedConclusion,
} from './conclusion';
import { settleDecisions } from './settle-decisions';

/** The 84-year-old: regiotaxi and scootmobiel confirmed as fitting, the pool does not fit. */
const considered = settleDecisions(
  alone84,
  {
    regiotaxi: { status: 'past', reason: 'Voor familiebezoek in de stad.' },
    scootmobiel: { status: 'past', reason: 'Loopt 50 m, dagelijkse boodschappen.' },
    scootmobielpool: { status: 'past-niet', reason: 'Geen pool in de wijk.' },
  },
  defaultPack,
);
const ids = (list: { alternative: { id: string } }[]) => list.map((c) => c.alternative.id);

describe('readConclusion', () => {
  it.each<[string, Record<string, unknown>, RecordedConclusion]>([
    ['nothing recorded', { walkingMeters: 50 }, {}],
    [
      'a full conclusion beside the answers',
      {
        walkingMeters: 50,
        'afweging-conclusie': 'Scootmobiel in bruikleen.',
        'afweging-toegekend': ['scootmobiel'],
        'afweging-herbeoordeling': 'over 12 maanden, april 2027',
      },
      {
        text: 'Scootmobiel in bruikleen.',
        granted: ['scootmobiel'],
        reEvaluation: 'over 12 maanden, april 2027',
      },
    ],
    [
      'a broken granted list next to a good text',
      { 'afweging-toegekend': 'scootmobiel', 'afweging-conclusie': 'Regiotaxi-pas aanvragen.' },
      { text: 'Regiotaxi-pas aanvragen.' },
    ],
  ])('%s', (_name, stored, expected) => {
    expect(readConclusion(stored)).toEqual(expected);
  });
});

describe('missingReEvaluation', () => {
  it.each<[string, RecordedConclusion, string[]]>([
    ['scootmobiel granted without a moment', { granted: ['scootmobiel'] }, ['scootmobiel']],
    ['a moment of only spaces', { granted: ['scootmobiel'], reEvaluation: '  ' }, ['scootmobiel']],
    ['scootmobiel with a moment', { granted: ['scootmobiel'], reEvaluation: 'april 2027' }, []],
    ['only the regiotaxi granted', { granted: ['regiotaxi'] }, []],
    ['a scootmobiel that is no longer confirmed', { granted: ['scootmobielpool'] }, []],
  ])('%s', (_name, recorded, expected) => {
    expect(ids(missingReEvaluation(recorded, considered))).toEqual(expected);
  });
});

describe('conclusionInput', () => {
  it('keeps only granted alternatives still confirmed as fitting, in ladder order', () => {
    const actual = conclusionInput(
      { text: ' Toegekend. ', granted: ['scootmobiel', 'scootmobielpool', 'regiotaxi'] },
      considered,
    );

    expect(actual).toEqual({
      conclusion: { text: 'Toegekend.', granted: ['regiotaxi', 'scootmobiel'] },
      reEvaluation: undefined,
    });
  });

  it('passes no conclusion when nothing is recorded', () => {
    expect(conclusionInput({}, considered)).toEqual({ conclusion: undefined });
  });
});
