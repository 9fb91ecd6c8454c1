/**
 * Upper bounds a municipality sets by browser policy (retention, auto-lock),
 * read from managed storage and cached briefly: they are consulted on every
 * save, and policy changes rarely.
 */
import { readManagedPolicy } from './pack-sources';

export interface PolicyCaps {
  retentionDaysMax?: number;
  autoLockMinutesMax?: number;
}

const TTL_MS = 60_000;
let cached: { at: number; caps: PolicyCaps } | null = null;

export async function readPolicyCaps(now = Date.now()): Promise<PolicyCaps> {
  if (cached && now - cached.at < TTL_MS) return cached.caps;
  const { policy } = await readManagedPolicy();
  const caps = {
    retentionDaysMax: policy.retentionDaysMax,
    autoLockMinutesMax: policy.autoLockMinutesMax,
  };
  cached = { at: now, caps };
  return caps;
}

/** Test-only: forget the cached policy. */
export function __resetPolicyCapsForTests(): void {
  cached = null;
}
