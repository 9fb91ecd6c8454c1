/**
 * A Keyring hands the repos the keys they seal with. The session keyring
 * imports the raw data key from `storage.session` (README "Key custody") as
 * non-extractable CryptoKeys and throws `locked` when there is none.
 */
import { bytesToBase64 } from '../crypto/base64';
import { deriveHmacKey, importDataKey } from '../crypto/data-key';
import { VaultError } from './errors';
import { readSessionKey, touchActivity } from './session-key';

export interface Keyring {
  /** AES-GCM key that seals records. */
  dataKey(): Promise<CryptoKey>;
  /** HMAC key for case references (HKDF from the data key). */
  caseKey(): Promise<CryptoKey>;
}

const CASE_REF_INFO = 'zijlijn/case-ref/v1';

interface Imported {
  id: string;
  dataKey: Promise<CryptoKey>;
  caseKey: Promise<CryptoKey>;
}

function importAll(raw: Uint8Array<ArrayBuffer>): Imported {
  return {
    id: bytesToBase64(raw),
    dataKey: importDataKey(raw),
    caseKey: deriveHmacKey(raw, CASE_REF_INFO),
  };
}

/** A keyring over known raw key bytes (backups, tests). */
export function createStaticKeyring(raw: Uint8Array<ArrayBuffer>): Keyring {
  const keys = importAll(raw);
  return { dataKey: () => keys.dataKey, caseKey: () => keys.caseKey };
}

/** The keyring of an extension page: follows lock and unlock in any page. */
export function createSessionKeyring(now: () => number = Date.now): Keyring {
  let cached: Imported | undefined;
  async function current(): Promise<Imported> {
    const raw = await readSessionKey(now());
    if (raw === null) {
      cached = undefined;
      throw new VaultError('locked');
    }
    void touchActivity(now());
    const id = bytesToBase64(raw);
    if (cached?.id !== id) cached = importAll(raw);
    return cached;
  }
  return {
    dataKey: async () => (await current()).dataKey,
    caseKey: async () => (await current()).caseKey,
  };
}
