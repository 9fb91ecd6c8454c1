import { describe, expect, it } from 'vitest';
import { allPass, evaluate, FIGURES, verdictOf, type FigureSpec } from './budgets';

const atMost30: FigureSpec = {
  key: 'tapPersistP95Ms',
  label: 'tap',
  unit: 'ms',
  budget: { op: '<=', limit: 30, source: 'PRODUCT §5' },
};
const atLeast20k: FigureSpec = {
  key: 'analyserPerSec',
  label: 'analyser',
  unit: '/s',
  budget: { op: '>=', limit: 20_000, source: 'PRODUCT §5' },
};
const noBudget: FigureSpec = { key: 'floorReadyMs', label: 'floor', unit: 'ms' };

describe('verdictOf', () => {
  it.each([
    [atMost30, 12.4, 'pass'],
    [atMost30, 30, 'pass'],
    [atMost30, 30.1, 'fail'],
    [atLeast20k, 20_000, 'pass'],
    [atLeast20k, 19_999, 'fail'],
    [atMost30, undefined, 'missing'],
    [atMost30, Number.NaN, 'missing'],
    [noBudget, 85, 'info'],
    [noBudget, undefined, 'info'],
  ] as const)('%#: %s with %d is %s', (spec, value, expected) => {
    expect(verdictOf(spec, value)).toBe(expected);
  });
});

describe('evaluate and allPass', () => {
  it('passes when every budgeted figure is within budget', () => {
    const rows = evaluate({ tapPersistP95Ms: 8, analyserPerSec: 90_000 }, [
      atMost30,
      atLeast20k,
      noBudget,
    ]);

    expect(rows.map((r) => r.verdict)).toEqual(['pass', 'pass', 'info']);
    expect(allPass(rows)).toBe(true);
  });

  it.each([[{ tapPersistP95Ms: 45, analyserPerSec: 90_000 }], [{ analyserPerSec: 90_000 }]])(
    'fails when a figure is over budget or missing: %j',
    (figures) => {
      expect(allPass(evaluate(figures, [atMost30, atLeast20k]))).toBe(false);
    },
  );

  it('requires zero network requests from extension pages', () => {
    const spec = FIGURES.find((f) => f.key === 'extensionNetworkRequests')!;

    expect([verdictOf(spec, 0), verdictOf(spec, 1)]).toEqual(['pass', 'fail']);
  });

  it('lists each figure once', () => {
    const keys = FIGURES.map((f) => f.key);

    expect(new Set(keys).size).toBe(keys.length);
  });
});
