import { describe, expect, it } from 'vitest';
import type { ChecklistState, ConversationType } from '../conversation/model';
import type { MobilityAnswers } from './answers-schema';
import { alone84, defaultPack, tricycleDaughter } from './cases.nl';
import { checklistFromCheck, mergedChecklist } from './checklist-coverage';

const covered = (answers: MobilityAnswers, decisions: Record<string, unknown> = {}) =>
  Object.keys(checklistFromCheck(answers, decisions, defaultPack)).sort();

describe('checklistFromCheck', () => {
  it.each<[string, MobilityAnswers, Record<string, unknown>, string[]]>([
    ['nothing asked', {}, {}, []],
    ['only the loopafstand', { walkingMeters: 50 }, {}, ['vervoer-loopafstand']],
    [
      'a destination without distance or frequency',
      { destinations: [{ purpose: 'medisch' }] },
      {},
      ['vervoer-bestemmingen'],
    ],
    ['OV asked but not the car', { ov: 'met-hulp' }, {}, []],
    ['storage without charging', { storageAtHome: true }, {}, []],
    [
      '"Niemand" is an answer about the network',
      { networkHelpers: ['niemand'] },
      {},
      ['vervoer-netwerk'],
    ],
    [
      'a decision on the buurtbus covers the neighbourhood provisions',
      {},
      { buurtbus: { status: 'past', reason: '' } },
      ['vervoer-voorzieningen'],
    ],
    [
      'the 84-year-old, fully asked',
      alone84,
      {},
      [
        'vervoer-afstand-frequentie',
        'vervoer-bestemmingen',
        'vervoer-bewegen',
        'vervoer-fiets',
        'vervoer-loopafstand',
        'vervoer-medisch',
        'vervoer-netwerk',
        'vervoer-ov-auto',
        'vervoer-stalling',
        'vervoer-verkeersveiligheid',
      ],
    ],
  ])('%s', (_name, answers, decisions, expected) => {
    expect(covered(answers, decisions)).toEqual(expected);
  });

  it('never marks a topic the check does not ask about', () => {
    const actual = covered(tricycleDaughter);

    expect(actual).not.toContain('vervoer-huidig');
    expect(actual).not.toContain('vervoer-verhuizing');
  });
});

describe('mergedChecklist', () => {
  const talk = (type: ConversationType, checklist: Record<string, ChecklistState>) => ({
    type,
    checklist,
    mobility: { walkingMeters: 50, cycling: 'nee' },
    decisions: {},
  });

  it.each<
    [string, ConversationType, Record<string, ChecklistState>, Record<string, ChecklistState>]
  >([
    [
      'the check fills in what was answered',
      'vervoer',
      {},
      { 'vervoer-loopafstand': 'besproken', 'vervoer-fiets': 'besproken' },
    ],
    [
      'an explicit mark of the professional wins',
      'vervoer',
      { 'vervoer-fiets': 'later', 'vervoer-loopafstand': 'nvt' },
      { 'vervoer-loopafstand': 'nvt', 'vervoer-fiets': 'later' },
    ],
    [
      'another conversation type keeps its own states',
      'wmo',
      { 'wmo-hulpvraag': 'besproken' },
      { 'wmo-hulpvraag': 'besproken' },
    ],
  ])('%s', (_name, type, checklist, expected) => {
    expect(mergedChecklist(talk(type, checklist), defaultPack)).toEqual(expected);
  });
});
