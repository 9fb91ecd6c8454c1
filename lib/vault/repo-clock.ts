/**
 * Time and retention as seen by the repos, injectable for tests. Expiry is
 * always "last change + retention days" (retention.ts deletes by it).
 */
import { effectiveRetentionDays } from './vault-settings';

export const DAY_MS = 24 * 60 * 60_000;

export interface RepoClock {
  now?: () => number;
  /** Days to keep after the last change; defaults to the user's setting. */
  retentionDays?: () => number | Promise<number>;
}

export async function expiryFor(updatedAt: number, clock: RepoClock): Promise<number> {
  const days = await (clock.retentionDays?.() ?? effectiveRetentionDays());
  return updatedAt + days * DAY_MS;
}
