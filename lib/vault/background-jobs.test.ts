import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getDb } from '../db/db';
import { AUTO_LOCK_ALARM, registerVaultJobs, RETENTION_ALARM } from './background-jobs';
import { createConversationsRepo } from './conversations-repo';
import { createLock } from './lock';
import { readSessionKey } from './session-key';
import { FAST_KDF, testKeyring } from '../testing/vault';

const DAY = 86_400_000;
const alarm = (name: string) => ({ name, scheduledTime: Date.now() });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-03-03T09:00:00Z'));
});
afterEach(async () => {
  vi.useRealTimers();
  await getDb().transaction('rw', getDb().tables, () =>
    Promise.all(getDb().tables.map((t) => t.clear())),
  );
});

describe('registerVaultJobs', () => {
  it('schedules a daily retention run and a minutely auto-lock check', async () => {
    registerVaultJobs();

    await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toHaveLength(2));
    expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toMatchObject({ periodInMinutes: 1440 });
    expect(await fakeBrowser.alarms.get(AUTO_LOCK_ALARM)).toMatchObject({ periodInMinutes: 1 });
  });

  it('deletes expired conversations when the daily alarm fires', async () => {
    const repo = createConversationsRepo(getDb(), testKeyring(), { retentionDays: () => 30 });
    await repo.create({ type: 'wmo', label: 'Oud gesprek' });
    registerVaultJobs();
    vi.setSystemTime(Date.now() + 31 * DAY);

    await fakeBrowser.alarms.onAlarm.trigger(alarm(RETENTION_ALARM));

    await vi.waitFor(async () => expect(await repo.count()).toBe(0));
  });

  it('locks an idle vault when the auto-lock alarm fires', async () => {
    await createLock(getDb(), { kdf: FAST_KDF }).setUp('482913');
    registerVaultJobs();
    vi.setSystemTime(Date.now() + 16 * 60_000);

    await fakeBrowser.alarms.onAlarm.trigger(alarm(AUTO_LOCK_ALARM));

    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(null)).toEqual({}));
    expect(await readSessionKey()).toBeNull();
  });
});
