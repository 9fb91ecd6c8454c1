import { describe, expect, it } from 'vitest';
import { exportSessionJson, exportSessionText, SessionExportSchema } from './export-session';
import { fixtureScenario as scenario, turn } from './fixtures/scenario';
import { endSession, step } from './practice-engine';
import { newPracticeSession, PracticeSessionSchema, type PracticeSession } from './session-schema';

const NOW = Date.UTC(2025, 2, 14, 10, 30);

function finishedSession(reflection?: PracticeSession['reflection']): PracticeSession {
  const session = newPracticeSession(scenario, { id: 's-1', seed: 11, mode: 'typed', now: NOW });
  let state = session.state;
  for (const t of [
    turn('Wie uit uw familie ziet u nog geregeld?', 'open'),
    turn('Waarom heeft u niet eerder gebeld?', 'open', ['why']),
  ])
    state = step(state, t, scenario).state;
  state = endSession(state, scenario).state;
  return { ...session, state, endedAt: NOW + 60_000, reflection: reflection ?? session.reflection };
}

describe('PracticeSessionSchema', () => {
  it('accepts a new and a finished session, and rejects a tampered state', () => {
    const fresh = newPracticeSession(scenario, { id: 's-1', seed: 1, mode: 'options', now: NOW });
    const broken = { ...finishedSession(), state: { ...finishedSession().state, trust: 140 } };

    expect(PracticeSessionSchema.safeParse(fresh).success).toBe(true);
    expect(PracticeSessionSchema.safeParse(finishedSession()).success).toBe(true);
    expect(PracticeSessionSchema.safeParse(broken).success).toBe(false);
  });
});

describe('exportSessionJson', () => {
  it('produces the validated export shape with turns, facts and reflection', () => {
    const actual = exportSessionJson(finishedSession(), scenario, NOW);

    expect(SessionExportSchema.safeParse(JSON.parse(JSON.stringify(actual))).success).toBe(true);
    expect(actual).toMatchObject({
      format: 'zijlijn-oefensessie',
      outcome: 'trainee-ended',
      exportedAt: '2025-03-14T10:30:00.000Z',
      uncovered: [{ id: 'dochter' }],
    });
    expect(actual.turns.map((t) => t.reaction)).toEqual(['open', 'why']);
    expect(actual.missed.map((m) => m.id)).toEqual(['eenzaam', 'gevallen']);
  });
});

describe('exportSessionText', () => {
  it('names the uncovered and missed facts and asks the three reflection questions', () => {
    const actual = exportSessionText(finishedSession(), scenario);

    for (const fact of scenario.facts) expect(actual).toContain(fact.text);
    expect(actual).toContain('Boven water gekomen (1 van 3)');
    expect(actual).toContain('Wat werkte wel?');
    expect(actual).toContain('Wat werkte niet?');
    expect(actual).toContain('Hoe kan het beter?');
    expect(actual).toContain('(nog niet ingevuld)');
  });

  it('includes the conversation, the technique profile and the trainee’s answers', () => {
    const answers = {
      worked: 'De open vraag over familie.',
      didNotWork: 'Mijn waarom-vraag.',
      better: '',
    };

    const actual = exportSessionText(finishedSession(answers), scenario);

    expect(actual).toContain('1. Trainee: Wie uit uw familie ziet u nog geregeld?');
    expect(actual).toContain(`Inwoner: ${scenario.facts[1]!.reveal}`);
    expect(actual).toContain('Aandeel open vragen: 100%');
    expect(actual).toContain('waarom-vraag: 1');
    expect(actual).toContain('Zwakste moment: beurt 2');
    expect(actual).toContain('De open vraag over familie.');
  });
});
