import { describe, expect, it } from 'vitest';
import { PracticeStateSchema, type PracticeState } from './engine-state';
import { fixtureScenario as scenario, turn } from './fixtures/scenario';
import {
  endSession,
  startSession,
  step,
  type PracticeTurn,
  type StepResult,
} from './practice-engine';

function play(turns: PracticeTurn[], seed = 7): { state: PracticeState; results: StepResult[] } {
  let state = startSession(scenario, seed);
  const results: StepResult[] = [];
  for (const t of turns) {
    const result = step(state, t, scenario);
    results.push(result);
    state = result.state;
  }
  return { state, results };
}

const goodRun = [
  turn('Dat klinkt zwaar, zo’n heel huis bijhouden.', 'none', ['reflection']),
  turn('Wie uit uw familie ziet u nog geregeld?', 'open'),
  turn('Ik merk dat u het lastig vindt om hulp te vragen.', 'none', ['reflection']),
  turn('Hoe gaat het met de trap naar boven?', 'open'),
];

const poorRun = [
  turn('Heeft u een mantelzorger?', 'closed', ['jargon']),
  turn('U heeft toch wel familie die kan helpen?', 'closed', ['leading']),
  turn('Zit u op de trap wel veilig?', 'closed'),
  turn('Dan moet u eigenlijk een maatwerkvoorziening aanvragen.', 'none', ['advice', 'jargon']),
  turn('Vindt u ook niet dat het huis te groot is?', 'closed', ['leading']),
];

describe('startSession', () => {
  it('starts at the scenario levels with nothing uncovered and a valid state', () => {
    const actual = startSession(scenario, 42);

    expect(actual).toMatchObject({ trust: 40, stress: 40, uncovered: [], log: [], outcome: null });
    expect(PracticeStateSchema.safeParse(actual).success).toBe(true);
  });
});

describe('step', () => {
  it('replays the same conversation from the same seed and turns', () => {
    const first = play([...poorRun, ...goodRun], 1234);
    const second = play([...poorRun, ...goodRun], 1234);

    expect(second.state).toEqual(first.state);
    expect(second.results.map((r) => r.reply)).toEqual(first.results.map((r) => r.reply));
  });

  it('varies the wording between seeds', () => {
    const turns = Array.from({ length: 4 }, () => turn('Heeft u een huisdier?', 'closed'));
    const replies = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) =>
        play(turns, seed)
          .results.map((r) => r.reply)
          .join('|'),
      ),
    );

    expect(replies.size).toBeGreaterThan(1);
  });

  it('uncovers every fact with trust up in a good run', () => {
    const { state, results } = play(goodRun);

    expect(state.uncovered).toEqual(['dochter', 'eenzaam', 'gevallen']);
    expect(state.trust).toBeGreaterThan(scenario.trust);
    expect(state.outcome).toBe('all-facts');
    expect(results.at(-1)!.events).toContainEqual({
      type: 'ended',
      outcome: 'all-facts',
      text: scenario.endings['all-facts'],
    });
  });

  it('uncovers little with trust down in a poor run of closed, leading and jargon turns', () => {
    const { state } = play(poorRun);

    expect(state.uncovered.length).toBeLessThanOrEqual(1);
    expect(state.trust).toBeLessThan(scenario.trust);
    expect(state.stress).toBeGreaterThan(scenario.stress);
  });

  it.each([
    ['an open question', turn('Hoe gaat het met u?', 'open'), 'open', 4, -2],
    ['a closed question', turn('Woont u hier al lang?', 'closed'), 'closed', 0, 0],
    [
      'a leading question',
      turn('Dat gaat toch prima, of niet?', 'closed', ['leading']),
      'leading',
      -8,
      3,
    ],
    ['jargon', turn('Wat is uw hulpvraag?', 'open', ['jargon']), 'jargon', -4, 10],
    ['a reflection', turn('U maakt zich zorgen.', 'none', ['reflection']), 'reflection', 8, -6],
    ['a why-question', turn('Waarom belt u nu pas?', 'open', ['why']), 'why', -5, 4],
    ['early advice', turn('Als ik u was, zou ik verhuizen.', 'none', ['advice']), 'advice', -10, 6],
    ['a long plain statement', turn('Ik zit hier.', 'none', ['long']), 'neutral', 0, 4],
  ])('reacts to %s', (_name, t, kind, trustDelta, stressDelta) => {
    const { results } = play([t]);

    expect(results[0]!.events[0]).toEqual({ type: 'reaction', kind });
    expect(results[0]!.state.log[0]).toMatchObject({ kind, trustDelta, stressDelta });
  });

  it('gives a short answer to a closed question on a hidden topic without telling it', () => {
    const { state, results } = play([turn('Heeft u een dochter?', 'closed')]);

    expect(results[0]!.reply).toBe('Ja, mijn dochter.');
    expect(state.uncovered).toEqual([]);
  });

  it('evades a sensitive topic while trust is below its threshold', () => {
    const { state, results } = play([turn('Hoe gaat het met de trap?', 'open')]);

    expect(results[0]!.reply).toBe('Ach, het gaat wel.');
    expect(results[0]!.events).toContainEqual({ type: 'fact-guarded', factId: 'gevallen' });
    expect(state.uncovered).toEqual([]);
    // the open question still earns its trust; the evasion adds a little stress
    expect(state.log[0]).toMatchObject({ kind: 'guarded', trustDelta: 4, stressDelta: 0 });
  });

  it('answers only the last part of a double question', () => {
    const double = turn('Hoe vindt u het huis en wie uit de familie komt langs?', 'open', [
      'double',
    ]);
    const reversed = turn('Wie uit de familie komt langs? En hoe vindt u het huis?', 'open', [
      'double',
    ]);

    expect(play([double]).state.uncovered).toEqual(['dochter']);
    expect(play([reversed]).state.uncovered).toEqual([]);
  });

  it('corrects a summary that fills in what was not said, and confirms one that does not', () => {
    const fillsIn = turn('Als ik het goed begrijp, bent u gevallen.', 'none', ['summary']);
    const fair = turn('Als ik het goed begrijp, wordt het huis u te veel.', 'none', ['summary']);

    expect(play([fillsIn]).state.log[0]!.kind).toBe('correction');
    expect(play([fair]).state.log[0]!.kind).toBe('summary');
  });

  it('treats advice as premature only while most facts are hidden', () => {
    const advice = turn('Het is beter als u de trap niet meer gebruikt.', 'none', ['advice']);
    const late = play([...goodRun.slice(0, 3), advice]);

    expect(play([advice]).state.log[0]!.kind).toBe('advice');
    expect(late.state.log[3]!.kind).toBe('neutral');
  });

  it('tells nothing new while the inwoner is overwhelmed', () => {
    const jargon = turn('Heeft u al een indicatie?', 'closed', ['jargon', 'long']);
    const { state, results } = play([jargon, jargon, jargon, jargon, goodRun[1]!]);

    expect(state.log[3]!.stress).toBeGreaterThanOrEqual(scenario.stressCeiling);
    expect(results[4]!.events).toContainEqual({ type: 'overwhelmed' });
    expect(state.uncovered).toEqual([]);
  });

  it('keeps trust and stress within 0–100', () => {
    const calm = turn('Dat klinkt heel verdrietig.', 'none', ['reflection']);
    const { state } = play(Array.from({ length: 10 }, () => calm));

    expect(state.trust).toBe(100);
    expect(state.stress).toBe(0);
  });

  it('ends the session when trust collapses', () => {
    const lecture = turn('U moet gewoon verhuizen.', 'none', ['advice']);
    const { state } = play([lecture, lecture, lecture, lecture]);

    expect(state.outcome).toBe('trust-lost');
    expect(state.ending).toBe(scenario.endings['trust-lost']);
  });

  it('ends the session after the maximum number of turns and ignores further turns', () => {
    const chat = turn('Mooi weer vandaag.', 'none');
    const { state } = play(Array.from({ length: scenario.maxTurns }, () => chat));

    const actual = step(state, chat, scenario);

    expect(state.outcome).toBe('max-turns');
    expect(actual.state).toBe(state);
    expect(actual.events).toEqual([]);
  });

  it('records a picked option like a typed turn', () => {
    const picked = {
      ...turn('Wie uit uw familie ziet u nog geregeld?', 'open'),
      picked: 'good' as const,
    };
    const { state } = play([picked]);

    expect(state.log[0]).toMatchObject({ picked: 'good', revealed: 'dochter' });
  });
});

describe('endSession', () => {
  it('closes an active session with the trainee-ended text', () => {
    const { state } = play([goodRun[0]!]);

    const actual = endSession(state, scenario);

    expect(actual.state.outcome).toBe('trainee-ended');
    expect(actual.events).toEqual([
      { type: 'ended', outcome: 'trainee-ended', text: scenario.endings['trainee-ended'] },
    ]);
  });
});
