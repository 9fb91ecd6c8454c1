import { describe, expect, it } from 'vitest';
import { nextRandom, pickIndex, seedState, shuffled } from './prng';

function draws(seed: number, n: number): number[] {
  const out: number[] = [];
  let state = seedState(seed);
  for (let i = 0; i < n; i++) {
    const [value, next] = nextRandom(state);
    out.push(value);
    state = next;
  }
  return out;
}

describe('prng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    expect(draws(42, 5)).toEqual(draws(42, 5));
    expect(draws(43, 5)).not.toEqual(draws(42, 5));
  });

  it('stays within [0, 1) and spreads over the range', () => {
    const values = draws(7, 1000);

    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(values.filter((v) => v < 0.5).length).toBeGreaterThan(400);
    expect(values.filter((v) => v < 0.5).length).toBeLessThan(600);
  });

  it('never picks the avoided index when there is a choice', () => {
    const picks = Array.from({ length: 50 }, (_, seed) => pickIndex(seed, 2, 0)[0]);

    expect(new Set(picks)).toEqual(new Set([1]));
    expect(pickIndex(3, 1, 0)[0]).toBe(0);
  });

  it('shuffles into a permutation without losing items', () => {
    const actual = shuffled(['good', 'soso', 'poor'], 99);

    expect([...actual].sort()).toEqual(['good', 'poor', 'soso']);
    expect(shuffled(['good', 'soso', 'poor'], 99)).toEqual(actual);
  });
});
