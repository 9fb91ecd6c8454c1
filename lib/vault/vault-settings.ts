/**
 * The vault's small settings and its unlocked-key custody items (README.md
 * "Key custody"). `session:` items live in memory only, are cleared when the
 * browser closes, and are not exposed to content scripts.
 */
import { storage } from 'wxt/utils/storage';
import { readPolicyCaps } from '../settings/policy-caps';

export const RETENTION_DAYS = { min: 1, max: 365, fallback: 30 } as const;
export const AUTO_LOCK_MINUTES = { min: 1, max: 240, fallback: 15 } as const;

export const retentionDays = storage.defineItem<number>('local:vault-retention-days', {
  fallback: RETENTION_DAYS.fallback,
  version: 1,
});

export const autoLockMinutes = storage.defineItem<number>('local:vault-auto-lock-minutes', {
  fallback: AUTO_LOCK_MINUTES.fallback,
  version: 1,
});

export interface UnlockFailures {
  count: number;
  lastFailureAt: number;
}

export const unlockFailures = storage.defineItem<UnlockFailures>('local:vault-unlock-failures', {
  fallback: { count: 0, lastFailureAt: 0 },
  version: 1,
});

/** The raw data key (base64) while unlocked. Absent = locked. */
export const sessionDataKey = storage.defineItem<string | null>('session:vault-data-key', {
  fallback: null,
  version: 1,
});

/** Epoch ms of the last user activity in any extension page (for auto-lock). */
export const sessionLastActivity = storage.defineItem<number>('session:vault-last-activity', {
  fallback: 0,
  version: 1,
});

export function clamp(value: number, range: { min: number; max: number; fallback: number }) {
  if (!Number.isFinite(value)) return range.fallback;
  return Math.min(range.max, Math.max(range.min, Math.round(value)));
}

/**
 * Retention in days: the user's setting, capped by the policy maximum
 * (`retentionDaysMax` in managed storage) unless a cap is passed in.
 */
export async function effectiveRetentionDays(policyMaxDays?: number): Promise<number> {
  const days = clamp(await retentionDays.getValue(), RETENTION_DAYS);
  const cap = policyMaxDays ?? (await readPolicyCaps()).retentionDaysMax;
  return cap === undefined ? days : Math.min(days, clamp(cap, RETENTION_DAYS));
}

/** Auto-lock delay: the user's setting, capped by `autoLockMinutesMax` from policy. */
export async function effectiveAutoLockMinutes(): Promise<number> {
  const minutes = clamp(await autoLockMinutes.getValue(), AUTO_LOCK_MINUTES);
  const cap = (await readPolicyCaps()).autoLockMinutesMax;
  return cap === undefined ? minutes : Math.min(minutes, clamp(cap, AUTO_LOCK_MINUTES));
}
