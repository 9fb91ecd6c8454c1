/**
 * Wipe everything: all records, the keyring, the unlocked key and the
 * failure counter. Afterwards the vault is as on first run. Cannot be undone.
 */
import type { ZijlijnDB } from '../db/zijlijn-db';
import { toVaultError } from './errors';
import { clearSessionKey } from './session-key';
import { unlockFailures } from './vault-settings';

/** What a wipe would delete; readable while locked (counts are not personal). */
export async function countStored(db: ZijlijnDB) {
  try {
    const [conversations, practiceSessions] = await Promise.all([
      db.conversations.count(),
      db.practiceSessions.count(),
    ]);
    return { conversations, practiceSessions };
  } catch (error) {
    throw toVaultError(error);
  }
}

export async function wipeAll(db: ZijlijnDB): Promise<void> {
  try {
    await db.transaction('rw', db.tables, async () => {
      await Promise.all(db.tables.map((table) => table.clear()));
    });
  } catch (error) {
    throw toVaultError(error);
  }
  await clearSessionKey();
  await unlockFailures.removeValue();
}
