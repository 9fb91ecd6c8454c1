import { describe, expect, it } from 'vitest';
import { backoffDelayMs, nextAttemptAt } from './backoff';

describe('backoffDelayMs', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 30_000],
    [6, 60_000],
    [7, 120_000],
    [10, 900_000],
    [50, 900_000],
  ])('after %i failures waits %i ms', (failures, expected) => {
    expect(backoffDelayMs(failures)).toBe(expected);
  });
});

describe('nextAttemptAt', () => {
  it('counts from the last failure', () => {
    expect(nextAttemptAt({ count: 6, lastFailureAt: 1_000 })).toBe(61_000);
  });
});
