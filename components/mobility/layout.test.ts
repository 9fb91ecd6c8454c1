import { describe, expect, it } from 'vitest';
import { MOBILITY_QUESTIONS, mobilitySignals, type MobilityAnswers } from '../../lib/mobility';
import { defaultPack } from '../../lib/mobility/cases.nl';
import { questionsByGroup, SIGNAL_GROUP, signalGroup } from './layout';

/** Answers that raise every signal the vervoerscheck knows. */
const everySignal: MobilityAnswers = {
  walkingMeters: 50,
  exerciseImportant: true,
  storageAtHome: false,
  trafficDoubts: ['cognitie'],
  fallRisk: true,
  progressive: true,
  focusOnlyScootmobiel: true,
};

describe('questionsByGroup', () => {
  it('puts every vervoerscheck question in exactly one group, in question order', () => {
    const actual = questionsByGroup().flatMap(([, questions]) => questions.map((q) => q.id));

    expect([...actual].sort()).toEqual(MOBILITY_QUESTIONS.map((q) => q.id).sort());
    expect(new Set(actual).size).toBe(MOBILITY_QUESTIONS.length);
  });

  it('leaves no group empty', () => {
    const actual = questionsByGroup().filter(([, questions]) => questions.length === 0);

    expect(actual).toEqual([]);
  });
});

describe('signalGroup', () => {
  it.each([
    ['loopafstand-onder-grens', 'lopen'],
    ['bewegen-medisch-belangrijk', 'medisch'],
    ['stalling-opladen', 'thuis'],
    ['rijvaardigheid', 'veiligheid'],
    ['breder-gesprek', 'waar'],
  ])('shows "%s" in the group "%s"', (id, expected) => {
    expect(signalGroup(id)).toBe(expected);
  });

  it.each([
    ['every signal at once', everySignal],
    ['nothing asked yet', {}],
    ['a loopafstand above the grens', { walkingMeters: 400 }],
  ])('places each signal the rules raise explicitly (%s)', (_, answers: MobilityAnswers) => {
    const actual = mobilitySignals(answers, defaultPack)
      .map((s) => s.id)
      .filter((id) => !(id in SIGNAL_GROUP));

    expect(actual).toEqual([]);
  });
});
