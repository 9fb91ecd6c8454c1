/**
 * The vault services of this page (database, keyring, lock, repos), created
 * once. Tests and stories provide their own through VaultContext.
 */
import { createContext, useContext } from 'react';
import type { KdfParams } from '../../lib/crypto/derive-key';
import { getDb } from '../../lib/db/db';
import type { ZijlijnDB } from '../../lib/db/zijlijn-db';
import { PracticeSessionSchema } from '../../lib/practice/session-schema';
import { createBackupService } from '../../lib/vault/backup';
import { createConversationsRepo } from '../../lib/vault/conversations-repo';
import { createSessionKeyring } from '../../lib/vault/keyring';
import { createLock } from '../../lib/vault/lock';
import type { RepoClock } from '../../lib/vault/repo-clock';
import { createSealedStore } from '../../lib/vault/sealed-store';

export function createVaultServices(
  db: ZijlijnDB = getDb(),
  options: { kdf?: KdfParams; clock?: RepoClock } = {},
) {
  const keyring = createSessionKeyring(options.clock?.now);
  return {
    db,
    keyring,
    lock: createLock(db, options),
    conversations: createConversationsRepo(db, keyring, options.clock),
    practice: createSealedStore(db.practiceSessions, PracticeSessionSchema, keyring, options.clock),
    backup: createBackupService(db, keyring, { ...options, practiceSchema: PracticeSessionSchema }),
  };
}

export type VaultServices = ReturnType<typeof createVaultServices>;

export const VaultContext = createContext<VaultServices | null>(null);

let pageServices: VaultServices | undefined;

export function useVault(): VaultServices {
  const provided = useContext(VaultContext);
  if (provided) return provided;
  pageServices ??= createVaultServices();
  return pageServices;
}
