/**
 * Set, unlock, lock and change the PIN. The data key (DEK) is random; the PIN
 * only wraps it, so changing the PIN re-wraps the DEK and leaves every record
 * untouched. Wrong tries are counted in storage.local and slowed by backoff.ts.
 */
import { base64ToBytes, bytesToBase64 } from '../crypto/base64';
import { generateDataKey } from '../crypto/data-key';
import { DEFAULT_KDF, deriveKey, SALT_BYTES, type KdfParams } from '../crypto/derive-key';
import { randomBytes } from '../crypto/random';
import { open, OpenError, seal } from '../crypto/sealed-box';
import type { KeyringRow } from '../db/rows';
import type { ZijlijnDB } from '../db/zijlijn-db';
import { nextAttemptAt } from './backoff';
import { toVaultError, VaultError } from './errors';
import { isAcceptableSecret } from './pin-policy';
import { clearSessionKey, storeSessionKey } from './session-key';
import { unlockFailures } from './vault-settings';

const WRAP_AAD = 'zijlijn/keyring/v1';

export interface LockOptions {
  /** Injectable so tests run fast; production uses DEFAULT_KDF. */
  kdf?: KdfParams;
  now?: () => number;
}

export type Lock = ReturnType<typeof createLock>;

export function createLock(db: ZijlijnDB, { kdf = DEFAULT_KDF, now = Date.now }: LockOptions = {}) {
  async function wrap(dek: Uint8Array<ArrayBuffer>, secret: string) {
    const salt = randomBytes(SALT_BYTES);
    const wrappedKey = await seal(await deriveKey(secret, salt, kdf), dek, WRAP_AAD);
    return { kdf, salt: bytesToBase64(salt), wrappedKey };
  }

  /** Unwraps the DEK or counts a failure; honours the backoff first. */
  async function unwrap(secret: string): Promise<Uint8Array<ArrayBuffer>> {
    const failures = await unlockFailures.getValue();
    const retryAt = nextAttemptAt(failures);
    if (retryAt > now()) throw new VaultError('backoff', { retryAt });
    const row = await readKeyring();
    try {
      const key = await deriveKey(secret, base64ToBytes(row.salt), row.kdf);
      const dek = await open(key, row.wrappedKey, WRAP_AAD);
      await unlockFailures.removeValue();
      return dek;
    } catch (error) {
      if (!(error instanceof OpenError)) throw toVaultError(error);
      const next = { count: failures.count + 1, lastFailureAt: now() };
      await unlockFailures.setValue(next);
      const wait = nextAttemptAt(next);
      throw new VaultError('wrong-pin', wait > now() ? { retryAt: wait } : {});
    }
  }

  async function readKeyring(): Promise<KeyringRow> {
    const row = await db.keyring.get('main').catch((e: unknown) => Promise.reject(toVaultError(e)));
    if (!row) throw new VaultError('not-set-up');
    return row;
  }

  return {
    async isSetUp(): Promise<boolean> {
      try {
        return (await db.keyring.count()) > 0;
      } catch (error) {
        throw toVaultError(error);
      }
    },

    /** First run: creates the data key, wraps it and unlocks. */
    async setUp(secret: string): Promise<void> {
      if (!isAcceptableSecret(secret)) throw new VaultError('pin-format');
      const dek = generateDataKey();
      const at = now();
      const row: KeyringRow = {
        id: 'main',
        ...(await wrap(dek, secret)),
        createdAt: at,
        changedAt: at,
      };
      try {
        // add(), not put(): a second panel finishing first must not be overwritten.
        await db.keyring.add(row);
      } catch (error) {
        throw toVaultError(error);
      }
      await unlockFailures.removeValue();
      await storeSessionKey(dek, at);
    },

    async unlock(secret: string): Promise<void> {
      await storeSessionKey(await unwrap(secret), now());
    },

    async lock(): Promise<void> {
      await clearSessionKey();
    },

    /** Re-wraps the same data key under the new secret; records stay as they are. */
    async changePin(current: string, next: string): Promise<void> {
      if (!isAcceptableSecret(next)) throw new VaultError('pin-format');
      const dek = await unwrap(current);
      const wrapped = await wrap(dek, next);
      try {
        await db.keyring.update('main', { ...wrapped, changedAt: now() });
      } catch (error) {
        throw toVaultError(error);
      }
    },

    /** Epoch ms from which the next unlock try is accepted. */
    async retryAt(): Promise<number> {
      return nextAttemptAt(await unlockFailures.getValue());
    },
  };
}
