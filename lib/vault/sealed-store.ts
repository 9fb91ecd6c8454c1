/**
 * A generic sealed store for whole records (practice sessions): one SealedBox
 * per row, validated with a zod schema when opened. The feature that owns the
 * content type supplies the schema.
 */
import type { EntityTable } from 'dexie';
import type { z } from 'zod';
import { openJson, sealJson } from '../crypto/sealed-box';
import type { PracticeSessionRow } from '../db/rows';
import { assertNoBsn } from './bsn-guard';
import { toVaultError, VaultError } from './errors';
import type { Keyring } from './keyring';
import { expiryFor, type RepoClock } from './repo-clock';

export interface SealedRecord<T> {
  id: string;
  createdAt: number;
  updatedAt: number;
  expiresAt: number;
  value: T;
}

export type SealedStore<T> = ReturnType<typeof createSealedStore<T>>;

export function createSealedStore<T>(
  table: EntityTable<PracticeSessionRow, 'id'>,
  schema: z.ZodType<T>,
  keyring: Keyring,
  clock: RepoClock = {},
) {
  const aad = (id: string) => `${table.name}/${id}`;

  async function guard<R>(work: () => Promise<R>): Promise<R> {
    try {
      return await work();
    } catch (error) {
      throw toVaultError(error);
    }
  }

  async function decode(row: PracticeSessionRow): Promise<SealedRecord<T>> {
    let plain: unknown;
    try {
      plain = await openJson(await keyring.dataKey(), row.box, aad(row.id));
    } catch (error) {
      throw toVaultError(error);
    }
    const parsed = schema.safeParse(plain);
    if (!parsed.success) throw new VaultError('decrypt', { detail: row.id });
    const { id, createdAt, updatedAt, expiresAt } = row;
    return { id, createdAt, updatedAt, expiresAt, value: parsed.data };
  }

  /** Seals a record (from a backup) into a row without writing it. */
  async function prepare(record: SealedRecord<T>): Promise<PracticeSessionRow> {
    assertNoBsn(record.value);
    const box = await sealJson(await keyring.dataKey(), record.value, aad(record.id));
    const { id, createdAt, updatedAt } = record;
    return { id, createdAt, updatedAt, expiresAt: await expiryFor(updatedAt, clock), box };
  }

  return {
    prepare,

    async put(id: string, value: T): Promise<SealedRecord<T>> {
      const parsed = schema.safeParse(value);
      if (!parsed.success)
        throw new VaultError('invalid', { detail: parsed.error.issues[0]?.message });
      assertNoBsn(parsed.data);
      const now = clock.now?.() ?? Date.now();
      const expiresAt = await expiryFor(now, clock);
      const box = await sealJson(await keyring.dataKey(), parsed.data, aad(id));
      const createdAt = (await guard(() => table.get(id)))?.createdAt ?? now;
      await guard(() => table.put({ id, createdAt, updatedAt: now, expiresAt, box }));
      return { id, createdAt, updatedAt: now, expiresAt, value: parsed.data };
    },

    /** null when absent; throws `decrypt` when this one record cannot be opened. */
    async get(id: string): Promise<SealedRecord<T> | null> {
      const row = await guard(() => table.get(id));
      return row ? decode(row) : null;
    },

    /** Newest first; records that fail to open are skipped and counted. */
    async list(): Promise<{ records: SealedRecord<T>[]; damaged: number }> {
      const rows = await guard(() => table.orderBy('updatedAt').reverse().toArray());
      const settled = await Promise.allSettled(rows.map(decode));
      const records = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      return { records, damaged: rows.length - records.length };
    },

    remove: (id: string) => guard(() => table.delete(id)),
  };
}
