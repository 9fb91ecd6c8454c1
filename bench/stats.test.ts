import { describe, expect, it } from 'vitest';
import { afterWarmUp, median, percentile, ratio, round } from './stats';

describe('median', () => {
  it.each([
    [[7], 7],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[100, 1, 2, 3, 4], 3],
    [[5, Number.NaN, 1, 3], 3],
  ])('of %j is %d', (samples, expected) => {
    const actual = median(samples);

    expect(actual).toBe(expected);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow('no samples');
  });
});

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted

  it.each([
    [hundred, 95, 95],
    [hundred, 50, 50],
    [hundred, 100, 100],
    [hundred, 0, 1],
    [[10, 20], 95, 20],
    [[4, 8, 15, 16, 23, 42], 50, 15],
  ])('of %#: p%d is %d', (samples, p, expected) => {
    const actual = percentile(samples, p);

    expect(actual).toBe(expected);
  });

  it('refuses a percentile outside 0..100', () => {
    expect(() => percentile([1], 101)).toThrow('out of range');
  });
});

describe('afterWarmUp', () => {
  it.each([
    [[9, 1, 2, 3], 1, [1, 2, 3]],
    [[9, 8, 1], 2, [1]],
    [[1, 2], 5, []],
  ])('drops the warm-up runs of %j', (samples, count, expected) => {
    expect(afterWarmUp(samples, count)).toEqual(expected);
  });
});

describe('ratio and round', () => {
  it('divides by the floor', () => {
    expect(round(ratio(125, 100), 2)).toBe(1.25);
  });

  it('refuses a floor of zero', () => {
    expect(() => ratio(1, 0)).toThrow('positive');
  });

  it.each([
    [1.2345, 1, 1.2],
    [1.25, 1, 1.3],
    [12.3456, 2, 12.35],
    [42, 0, 42],
  ])('rounds %d to %d decimals', (value, digits, expected) => {
    expect(round(value, digits)).toBe(expected);
  });
});
