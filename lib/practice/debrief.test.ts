import { describe, expect, it } from 'vitest';
import { buildDebrief } from './debrief';
import { fixtureScenario as scenario, turn } from './fixtures/scenario';
import { startSession, step, type PracticeTurn } from './practice-engine';

function debriefOf(turns: PracticeTurn[]) {
  let state = startSession(scenario, 3);
  for (const t of turns) state = step(state, t, scenario).state;
  return buildDebrief(state, scenario);
}

const family = turn('Wie uit uw familie ziet u nog geregeld?', 'open');
const why = turn('Waarom heeft u niet eerder gebeld?', 'open', ['why']);
const jargon = turn('Heeft u al een indicatie voor huishoudelijke ondersteuning?', 'closed', [
  'jargon',
]);
const reflection = turn('Dat klinkt zwaar voor u.', 'none', ['reflection']);
const closed = turn('Woont u hier al lang?', 'closed');

describe('buildDebrief', () => {
  it('lists uncovered facts with their turn and missed facts with a tip', () => {
    const actual = debriefOf([closed, family]);

    expect(actual.uncovered).toEqual([{ id: 'dochter', text: scenario.facts[1]!.text, turn: 1 }]);
    expect(actual.missed.map((m) => m.id)).toEqual(['eenzaam', 'gevallen']);
    expect(actual.missed[1]!.tip).toContain('pas als er genoeg vertrouwen is');
  });

  it('counts question types and flags and the share of open questions', () => {
    const actual = debriefOf([family, closed, why, jargon, reflection]);

    expect(actual.profile.questions).toEqual({ open: 2, closed: 2, none: 1 });
    expect(actual.profile.flags).toMatchObject({ why: 1, jargon: 1, reflection: 1, leading: 0 });
    expect(actual.profile.openShare).toBe(0.5);
  });

  it.each([
    ['the turn that uncovered a fact as best', [closed, family, why], 1, 'Open vraag'],
    [
      'the reflection when nothing was uncovered',
      [closed, turn('U maakt zich zorgen.', 'none', ['reflection'])],
      1,
      'Gevoel benoemd',
    ],
  ])('picks %s', (_name, turns, index, label) => {
    const actual = debriefOf(turns);

    expect(actual.best).toMatchObject({ index });
    expect(actual.best!.reason).toContain(label);
  });

  it.each([
    ['jargon over a why-question', [family, why, jargon], 2, 'Moeilijk woord'],
    ['a why-question over a closed question', [closed, why], 1, 'Waarom-vraag'],
  ])('picks %s as weakest, with a tip', (_name, turns, index, label) => {
    const actual = debriefOf(turns);

    expect(actual.weakest).toMatchObject({ index });
    expect(actual.weakest!.reason).toContain(label);
    expect(actual.weakest!.reason).toContain('Tip:');
  });

  it('names the uncovered fact in the best moment', () => {
    const actual = debriefOf([family]);

    expect(actual.best!.reason).toContain(scenario.facts[1]!.text);
  });

  it('has no weakest moment when nothing went wrong and no best when nothing helped', () => {
    expect(debriefOf([family, reflection]).weakest).toBeNull();
    expect(debriefOf([jargon, why]).best).toBeNull();
  });

  it('gives the trust curve from the start and the three reflection questions', () => {
    const actual = debriefOf([reflection, jargon]);

    expect(actual.curve.map((p) => p.turn)).toEqual([0, 1, 2]);
    expect(actual.curve[0]).toEqual({ turn: 0, trust: 40, stress: 40 });
    expect(actual.reflectionQuestions).toEqual([
      'Wat werkte wel?',
      'Wat werkte niet?',
      'Hoe kan het beter?',
    ]);
  });
});
