/**
 * The vault's background duties, so the entrypoint stays thin: retention at
 * start and daily, the auto-lock check every minute, and keeping the unlocked
 * key out of content scripts' reach.
 */
import { browser } from 'wxt/browser';
import { getDb } from '../db/db';
import { runRetention } from './retention';
import { checkAutoLock } from './session-key';
import { effectiveRetentionDays } from './vault-settings';

export const RETENTION_ALARM = 'vault/retention';
export const AUTO_LOCK_ALARM = 'vault/auto-lock';

export async function runRetentionNow(now = Date.now()) {
  return runRetention(getDb(), now, await effectiveRetentionDays());
}

export function registerVaultJobs(onError: (error: unknown) => void = () => undefined): void {
  // Chrome's default already is TRUSTED_CONTEXTS; saying so guards against a future default.
  void browser.storage.session
    .setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
    ?.catch(onError);

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void runRetentionNow().catch(onError);
    if (alarm.name === AUTO_LOCK_ALARM) void checkAutoLock().catch(onError);
  });
  void ensureAlarms().catch(onError);
  void runRetentionNow().catch(onError);
  void checkAutoLock().catch(onError);
}

/** Alarms survive service-worker restarts; re-creating them would reset the daily timer. */
async function ensureAlarms(): Promise<void> {
  if (!(await browser.alarms.get(RETENTION_ALARM))) {
    await browser.alarms.create(RETENTION_ALARM, {
      periodInMinutes: 24 * 60,
      delayInMinutes: 24 * 60,
    });
  }
  if (!(await browser.alarms.get(AUTO_LOCK_ALARM))) {
    await browser.alarms.create(AUTO_LOCK_ALARM, { periodInMinutes: 1 });
  }
}
