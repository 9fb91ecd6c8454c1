import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ZijlijnDB } from '../../lib/db/zijlijn-db';
import { createConversationsRepo } from '../../lib/vault/conversations-repo';
import { dumpDb, freshDb, testKeyring } from '../../lib/testing/vault';
import { findConversationsForCase, linkCase } from './case-link';

let db: ZijlijnDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.delete());

describe('case linking', () => {
  it('finds the linked conversation when the same zaak is opened again', async () => {
    const repo = createConversationsRepo(db, testKeyring());
    const first = await repo.create({ type: 'vervoer', label: 'JB 23-11' });
    await repo.create({ type: 'wmo', label: 'Andere zaak' });

    await linkCase(repo, first.id, 'WMO-2026-00123');
    const actual = await findConversationsForCase(repo, ' wmo-2026-00123 ');

    expect(actual.map((c) => c.id)).toEqual([first.id]);
  });

  it.each([['WMO-2026-00124'], [''], ['   ']])('finds nothing for %j', async (ref) => {
    const repo = createConversationsRepo(db, testKeyring());
    const first = await repo.create({ type: 'vervoer', label: 'JB 23-11' });
    await linkCase(repo, first.id, 'WMO-2026-00123');

    expect(await findConversationsForCase(repo, ref)).toEqual([]);
  });

  it('stores only a keyed hash, never the case reference', async () => {
    const repo = createConversationsRepo(db, testKeyring());
    const created = await repo.create({ type: 'vervoer', label: 'JB 23-11' });

    const hash = await linkCase(repo, created.id, 'WMO-2026-00123');
    const raw = JSON.stringify(await dumpDb(db));

    expect(raw).toContain(hash);
    expect(raw).not.toMatch(/WMO-2026-00123/i);
  });

  it('gives different hashes under different vault keys', async () => {
    const a = createConversationsRepo(db, testKeyring());
    const b = createConversationsRepo(db, testKeyring());

    expect(await a.hashCaseRef('WMO-2026-00123')).not.toBe(await b.hashCaseRef('WMO-2026-00123'));
  });
});
