/**
 * Wrong-PIN backoff, pure: five free tries, then 30 s doubling up to 15 min
 * before the next try is accepted. The delay slows guessing at the lock
 * screen; the KDF cost is what slows guessing against a copied disk.
 */
export const FREE_ATTEMPTS = 5;
export const FIRST_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 15 * 60_000;

export function backoffDelayMs(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS));
}

/** Epoch ms from which the next try is accepted (≤ now means: try now). */
export function nextAttemptAt(failures: { count: number; lastFailureAt: number }): number {
  return failures.lastFailureAt + backoffDelayMs(failures.count);
}
