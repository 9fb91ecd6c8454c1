/**
 * Custody of the unlocked data key (see README.md "Key custody"): the raw key
 * sits in `storage.session` with the time of the last activity. Absent key =
 * locked. Every reader checks the inactivity limit, so a late alarm cannot
 * leave the vault open.
 */
import { base64ToBytes, bytesToBase64 } from '../crypto/base64';
import { effectiveAutoLockMinutes, sessionDataKey, sessionLastActivity } from './vault-settings';

const TOUCH_INTERVAL_MS = 15_000;
let lastTouch = 0;

export async function storeSessionKey(raw: Uint8Array, now = Date.now()): Promise<void> {
  lastTouch = now;
  await sessionLastActivity.setValue(now);
  await sessionDataKey.setValue(bytesToBase64(raw));
}

export async function clearSessionKey(): Promise<void> {
  await sessionDataKey.removeValue();
  await sessionLastActivity.removeValue();
}

/** The session key after the auto-lock check: null when locked or just auto-locked. */
async function keyAfterAutoLock(now: number): Promise<{ key: string | null; locked: boolean }> {
  const [key, last, minutes] = await Promise.all([
    sessionDataKey.getValue(),
    sessionLastActivity.getValue(),
    effectiveAutoLockMinutes(),
  ]);
  if (key === null) return { key: null, locked: false };
  if (now - last <= minutes * 60_000) return { key, locked: false };
  await clearSessionKey();
  return { key: null, locked: true };
}

/** Locks (clears the key) when idle longer than the auto-lock setting. */
export async function checkAutoLock(now = Date.now()): Promise<boolean> {
  return (await keyAfterAutoLock(now)).locked;
}

/** The raw data key, or null when locked (or just auto-locked). */
export async function readSessionKey(now = Date.now()): Promise<Uint8Array<ArrayBuffer> | null> {
  const { key } = await keyAfterAutoLock(now);
  return key === null ? null : base64ToBytes(key);
}

/** Records activity, at most every 15 s per page, only while unlocked. */
export async function touchActivity(now = Date.now()): Promise<void> {
  if (now - lastTouch < TOUCH_INTERVAL_MS) return;
  lastTouch = now;
  if ((await sessionDataKey.getValue()) !== null) await sessionLastActivity.setValue(now);
}

/** Calls back with `true` when a key appears and `false` when it is cleared. */
export function watchUnlocked(callback: (unlocked: boolean) => void): () => void {
  return sessionDataKey.watch((value) => callback(value !== null));
}

/** Test-only: forget the per-page touch throttle. */
export function __resetTouchForTests(): void {
  lastTouch = 0;
}
