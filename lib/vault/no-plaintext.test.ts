/**
 * Reads the raw IndexedDB records (not through Dexie or the repo) and proves
 * that nothing typed by the user appears in them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ZijlijnDB } from '../db/zijlijn-db';
import { createConversationsRepo } from './conversations-repo';
import { createLock } from './lock';
import { createSessionKeyring } from './keyring';
import { createSealedStore } from './sealed-store';
import { FAST_KDF, freshDb } from '../testing/vault';
import { z } from 'zod';

const CANARIES = [
  'Kanarie-Label',
  'kanariegeel-notitie',
  'Kanariestraat 12',
  'kanarieafspraak',
  'kanarieverslag',
  'kanarieoefening',
];
let db: ZijlijnDB;
afterEach(() => db.delete());

function rawRecords(name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const idb = request.result;
      const stores = [...idb.objectStoreNames];
      const tx = idb.transaction(stores, 'readonly');
      const all: unknown[] = [];
      for (const store of stores) {
        const get = tx.objectStore(store).getAll();
        get.onsuccess = () => all.push(...(get.result as unknown[]));
      }
      tx.oncomplete = () => {
        idb.close();
        resolve(JSON.stringify(all));
      };
    };
  });
}

describe('stored records', () => {
  it('contain none of the typed text', async () => {
    db = freshDb();
    await createLock(db, { kdf: FAST_KDF }).setUp('482913');
    const keyring = createSessionKeyring();
    const repo = createConversationsRepo(db, keyring, { retentionDays: () => 30 });
    const { id } = await repo.create({ type: 'wmo', label: CANARIES[0]!, profiles: ['ouder'] });
    await repo.save(id, [
      {
        field: 'notes',
        key: 'huisvesting',
        value: { own: CANARIES[1]!, strengths: CANARIES[2]!, wish: '' },
      },
      {
        field: 'agreements',
        key: 'a1',
        value: {
          id: 'a1',
          who: 'inwoner',
          whoName: '',
          what: CANARIES[3]!,
          when: '',
          done: false,
          handover: null,
          createdAt: 1,
        },
      },
      { field: 'texts', key: 'verslag', value: CANARIES[4]! },
    ]);
    await createSealedStore(db.practiceSessions, z.object({ said: z.string() }), keyring).put(
      'p1',
      { said: CANARIES[5]! },
    );
    db.close();

    const raw = await rawRecords(db.name);

    expect(raw).toContain('"fields"');
    for (const canary of CANARIES) expect(raw.toLowerCase()).not.toContain(canary.toLowerCase());
    expect(raw).not.toContain('ouder');
  });
});
