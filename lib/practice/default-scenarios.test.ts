import { describe, expect, it } from 'vitest';
import scenariosJson from '../packs/default/scenarios.json';
import { isValidSource } from '../packs/source-format';
import { turn } from './fixtures/scenario';
import { REACTION_KINDS } from './inwoner-reactions';
import { mentions } from './match-topic';
import { startSession, step, type PracticeTurn } from './practice-engine';
import { ScenarioSchema, type Fact, type Scenario } from './scenario-schema';

const raw = scenariosJson as unknown[];
const scenarios: Scenario[] = raw.map((s) => ScenarioSchema.parse(s));
const cases = scenarios.map((s) => [s.id, s] as const);

/** A reflection that names no topic: it only builds trust. */
const warmUp = turn('Ik merk dat dit veel van u vraagt.', 'none', ['reflection']);

/** A turn on the fact's own first keyword, with the technique the fact asks for. */
function askFor(fact: Fact): PracticeTurn {
  const keyword = fact.triggers.keywords[0]!;
  const { ask } = fact.triggers;
  if (ask.includes('open')) return turn(`Kunt u iets vertellen over ${keyword}?`, 'open');
  if (ask.includes('reflection'))
    return turn(`Ik hoor iets over ${keyword}.`, 'none', ['reflection']);
  return turn(`Gaat het om ${keyword}?`, 'closed');
}

function play(scenario: Scenario, next: (hidden: Fact[], trust: number) => PracticeTurn) {
  let state = startSession(scenario, 2025);
  while (state.outcome === null) {
    const hidden = scenario.facts.filter((f) => !state.uncovered.includes(f.id));
    state = step(state, next(hidden, state.trust), scenario).state;
  }
  return state;
}

describe('default scenarios', () => {
  it('has at least six scenarios covering the cases from the seeds', () => {
    const ids = scenarios.map((s) => s.id);

    expect(ids.length).toBeGreaterThanOrEqual(6);
    expect(new Set(ids).size).toBe(ids.length);
    expect(scenarios.flatMap((s) => s.profiles)).toEqual(
      expect.arrayContaining(['ouder', 'alleenstaande-ouder', 'statushouder', 'jongvolwassene']),
    );
  });

  it.each(raw.map((s, i) => [i, s] as const))(
    'validates scenario #%i with ScenarioSchema',
    (_i, s) => {
      expect(ScenarioSchema.safeParse(s).error?.issues).toBeUndefined();
    },
  );

  it.each(cases)('%s cites its sources in the pack format', (_id, s) => {
    expect(isValidSource(s.source)).toBe(true);
    for (const f of s.facts)
      if (f.source) expect([f.id, isValidSource(f.source)]).toEqual([f.id, true]);
  });

  it.each(cases)('%s has several variants for every reaction kind', (_id, s) => {
    const thin = REACTION_KINDS.filter((k) => s.replies[k].length < 2);

    expect(thin).toEqual([]);
  });

  it.each(cases)('%s keeps the keywords of different facts apart', (_id, s) => {
    const clashes = s.facts.flatMap((a) =>
      s.facts
        .filter((b) => b !== a)
        .flatMap((b) => a.triggers.keywords.filter((k) => mentions(k, b.triggers.keywords)))
        .map((k) => `${a.id}:${k}`),
    );

    expect(clashes).toEqual([]);
  });

  it.each(cases)('%s offers a good option that names its fact, for every fact', (_id, s) => {
    const stages = s.options.filter((o) => o.fact !== null);

    expect(stages.map((o) => o.fact).sort()).toEqual(s.facts.map((f) => f.id).sort());
    for (const o of stages) {
      const fact = s.facts.find((f) => f.id === o.fact)!;
      expect([o.id, mentions(o.good, fact.triggers.keywords)]).toEqual([o.id, true]);
    }
  });

  it.each(cases)(
    '%s is winnable: a good run built from its triggers uncovers every fact',
    (_id, s) => {
      expect(s.facts.some((f) => mentions(warmUp.text, f.triggers.keywords))).toBe(false);

      const state = play(s, (hidden, trust) => {
        const fact = [...hidden].sort((a, b) => a.triggers.minTrust - b.triggers.minTrust)[0]!;
        return trust < fact.triggers.minTrust ? warmUp : askFor(fact);
      });

      expect(state.outcome).toBe('all-facts');
      expect(state.trust).toBeGreaterThan(s.trust);
    },
  );

  it.each(cases)(
    '%s rewards a poor run (leading, closed, jargon) with little and lower trust',
    (_id, s) => {
      let n = 0;
      const state = play(s, (hidden) => {
        const keyword = hidden[0]!.triggers.keywords[0]!;
        const poor = [
          turn(`Het gaat toch wel goed met ${keyword}, of niet?`, 'closed', ['leading']),
          turn(`Gaat het goed met ${keyword}?`, 'closed'),
          turn(`Heeft u voor ${keyword} al een maatwerkvoorziening?`, 'closed', ['jargon']),
        ];
        return poor[n++ % poor.length]!;
      });

      expect(state.uncovered.length).toBeLessThanOrEqual(1);
      expect(state.trust).toBeLessThan(s.trust);
    },
  );
});
