import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ZijlijnDB } from '../db/zijlijn-db';
import { createConversationsRepo } from './conversations-repo';
import { changeRetentionDays, runRetention } from './retention';
import { freshDb, testKeyring } from '../testing/vault';
import { retentionDays } from './vault-settings';

const DAY = 86_400_000;
let db: ZijlijnDB;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-03-03T09:00:00Z'));
  db = freshDb();
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

async function seed(labels: Record<string, number>) {
  const repo = createConversationsRepo(db, testKeyring());
  const ids: Record<string, string> = {};
  const start = Date.now();
  for (const [label, daysAgo] of Object.entries(labels)) {
    vi.setSystemTime(start - daysAgo * DAY);
    ids[label] = (await repo.create({ type: 'wmo', label })).id;
  }
  vi.setSystemTime(start);
  return { repo, ids };
}

describe('runRetention', () => {
  it.each([
    [29, 1],
    [30, 0],
    [45, 0],
  ])('after %i days without change keeps %i conversation(s)', async (daysAgo, expected) => {
    await seed({ Oud: daysAgo });

    await runRetention(db, Date.now());

    expect(await db.conversations.count()).toBe(expected);
  });

  it('keeps a conversation that was changed recently', async () => {
    const { repo, ids } = await seed({ Bijgewerkt: 29 });
    await repo.save(ids.Bijgewerkt!, [{ field: 'phase', value: 'afronden' }]);
    vi.setSystemTime(Date.now() + 20 * DAY);

    await runRetention(db, Date.now());

    expect(await db.conversations.count()).toBe(1);
  });

  it('honours the configured retention when the repo writes', async () => {
    await retentionDays.setValue(7);
    await seed({ Week: 8, Dag: 1 });

    const actual = await runRetention(db, Date.now());

    expect(actual.conversations).toBe(1);
    expect(await db.conversations.count()).toBe(1);
  });
});

describe('changeRetentionDays', () => {
  it.each([
    [0, 1],
    [500, 365],
    [14.4, 14],
  ])('clamps %d days to %d', async (input, expected) => {
    expect(await changeRetentionDays(db, input)).toBe(expected);
    expect(await retentionDays.getValue()).toBe(expected);
  });

  it('shortens existing deadlines at once', async () => {
    await seed({ Oud: 10, Nieuw: 2 });

    await changeRetentionDays(db, 7);
    const rows = await db.conversations.toArray();

    expect(rows).toHaveLength(1);
    expect(rows[0]!.expiresAt).toBe(rows[0]!.updatedAt + 7 * DAY);
  });
});
