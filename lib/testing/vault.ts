/**
 * Test-only factories for vault tests: a fresh database per test, a fast KDF,
 * a static keyring, a raw dump. Production never imports lib/testing.
 */
import { generateDataKey } from '../crypto/data-key';
import type { KdfParams } from '../crypto/derive-key';
import { ZijlijnDB } from '../db/zijlijn-db';
import { createStaticKeyring } from '../vault/keyring';

/** Few iterations: tests exercise the logic, the benchmark measures the cost. */
export const FAST_KDF: KdfParams = { name: 'PBKDF2', hash: 'SHA-256', iterations: 1_000 };

let counter = 0;

/** A fresh database name per call so tests never share state. */
export function freshDb(): ZijlijnDB {
  counter += 1;
  return new ZijlijnDB(`zijlijn-test-${Date.now()}-${counter}-${Math.random()}`);
}

export function testKeyring() {
  return createStaticKeyring(generateDataKey());
}

/** Every record of every table, as raw IndexedDB returns it. */
export async function dumpDb(db: ZijlijnDB): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return dump;
}
