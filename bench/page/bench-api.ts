/**
 * Runs inside the bench build's extension page (entrypoints/bench): the real
 * vault services of an extension page, timed with performance.now(). Returns
 * raw samples; statistics happen in Node (bench/stats.ts).
 */
import { getDb } from '../../lib/db/db';
import { createConversationsRepo } from '../../lib/vault/conversations-repo';
import { createSessionKeyring } from '../../lib/vault/keyring';
import { createLock } from '../../lib/vault/lock';
import { prepareConversationRow } from '../../lib/vault/prepare-row';
import { sampleConversation } from './sample-conversation';

const DAY = 86_400_000;
const LIST_PAGE = 20; // what the home list asks for (components/conversation/ConversationList.tsx)

async function timed(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}

export function createBenchApi() {
  const db = getDb();
  const keyring = createSessionKeyring();
  const lock = createLock(db); // production KDF cost
  const repo = createConversationsRepo(db, keyring);

  return {
    setUp: (pin: string) => lock.setUp(pin),
    lock: () => lock.lock(),

    /** PIN → unlocked, locking before each run. */
    async timeUnlock(pin: string, runs: number): Promise<number[]> {
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        await lock.lock();
        samples.push(...(await timed(1, () => lock.unlock(pin))));
      }
      return samples;
    },

    /** Adds `count` sealed conversations, newest last; returns the newest id. */
    async seed(count: number, batch = 250): Promise<string> {
      const key = await keyring.dataKey();
      const now = Date.now();
      let last = '';
      for (let start = 0; start < count; start += batch) {
        const rows = [];
        for (let i = start; i < Math.min(count, start + batch); i++) {
          const conversation = sampleConversation(i, now - ((count - i) * (20 * DAY)) / count);
          rows.push(await prepareConversationRow(key, conversation, {}));
          last = conversation.id;
        }
        await db.conversations.bulkAdd(rows);
      }
      return last;
    },

    count: () => repo.count(),

    /** What the home list loads: the newest page of labels plus the total. */
    timeList: (runs: number) =>
      timed(runs, () => Promise.all([repo.list({ limit: LIST_PAGE }), repo.count()])),

    /** Opening one conversation: read the row, open and validate every field. */
    timeOpen: (id: string, runs: number) =>
      timed(runs, async () => {
        if (!(await repo.load(id))) throw new Error(`missing ${id}`);
      }),

    /** The stored (sealed) form of one field, to prove a tap was persisted encrypted. */
    async rawField(id: string, fieldKey: string): Promise<unknown> {
      const row = await db.conversations.get(id);
      return row?.fields[fieldKey] ?? null;
    },
  };
}

export type BenchApi = ReturnType<typeof createBenchApi>;
