/**
 * The vault's state for this page, live across pages: set up or not (Dexie
 * live query on the keyring), unlocked or not (the session key item). Also
 * re-checks auto-lock every 30 s so a page never outlives the idle limit.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { checkAutoLock, readSessionKey, watchUnlocked } from '../../lib/vault/session-key';
import { useVault } from './use-vault';

export type VaultStatus = 'loading' | 'unavailable' | 'setup' | 'locked' | 'unlocked';

const AUTO_LOCK_CHECK_MS = 30_000;

export function useVaultLock(): VaultStatus {
  const { db } = useVault();
  const setUp = useLiveQuery(
    () =>
      db.keyring.count().then(
        (n) => n > 0,
        () => 'unavailable' as const,
      ),
    [db],
  );
  const [unlocked, setUnlocked] = useState<boolean | null>(null);

  useEffect(() => {
    let alive = true;
    const refresh = () =>
      readSessionKey()
        .then((key) => alive && setUnlocked(key !== null))
        .catch(() => alive && setUnlocked(false));
    void refresh();
    const unwatch = watchUnlocked((value) => setUnlocked(value));
    const timer = setInterval(
      () => void checkAutoLock().catch(() => undefined),
      AUTO_LOCK_CHECK_MS,
    );
    return () => {
      alive = false;
      unwatch();
      clearInterval(timer);
    };
  }, []);

  // A session key exists only after a successful unlock: no need to wait for IndexedDB
  // before showing the home (keeps Dexie's open off the panel's first render).
  if (unlocked === true) return 'unlocked';
  if (setUp === undefined || unlocked === null) return 'loading';
  if (setUp === 'unavailable') return 'unavailable';
  if (!setUp) return 'setup';
  return unlocked ? 'unlocked' : 'locked';
}
