import { describe, expect, it } from 'vitest';
import { fixtureScenario as scenario, turn } from './fixtures/scenario';
import { currentStage, optionsFor } from './picked-options';
import { endSession, startSession, step } from './practice-engine';

describe('optionsFor', () => {
  it('offers the opening stage first, as three options of distinct quality', () => {
    const actual = optionsFor(startSession(scenario, 5), scenario);

    expect(actual.map((o) => o.quality).sort()).toEqual(['good', 'poor', 'soso']);
    expect(actual.find((o) => o.quality === 'good')!.text).toBe(scenario.options[0]!.good);
  });

  it('moves to the stage of the first fact that is still hidden', () => {
    const after = step(startSession(scenario, 5), turn('Hoe gaat het?', 'open'), scenario).state;

    expect(currentStage(after, scenario)?.id).toBe('naar-dochter');
  });

  it('offers nothing once every staged fact is known or the session ended', () => {
    const start = startSession(scenario, 5);
    const known = {
      ...start,
      log: step(start, turn('Hoe gaat het?', 'open'), scenario).state.log,
      uncovered: ['dochter'],
    };

    expect(optionsFor(known, scenario)).toEqual([]);
    expect(optionsFor(endSession(start, scenario).state, scenario)).toEqual([]);
  });

  it('keeps the order stable for a state and varies it between seeds', () => {
    const orders = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) =>
      optionsFor(startSession(scenario, seed), scenario)
        .map((o) => o.quality)
        .join(),
    );

    expect(optionsFor(startSession(scenario, 1), scenario)).toEqual(
      optionsFor(startSession(scenario, 1), scenario),
    );
    expect(new Set(orders).size).toBeGreaterThan(1);
  });
});
