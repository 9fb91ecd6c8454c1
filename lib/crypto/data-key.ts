/**
 * The random 256-bit data key (DEK) that seals all records, and the keys
 * derived from it. Raw DEK bytes exist only while unlocked; every page imports
 * them as non-extractable CryptoKeys.
 */
import { randomBytes } from './random';

export const DATA_KEY_BYTES = 32;

export function generateDataKey(): Uint8Array<ArrayBuffer> {
  return randomBytes(DATA_KEY_BYTES);
}

export function importDataKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, [
    'encrypt',
    'decrypt',
  ]);
}

/** An HMAC-SHA-256 key for one purpose, derived from the DEK with HKDF. */
export async function deriveHmacKey(
  raw: Uint8Array<ArrayBuffer>,
  info: string,
): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const base = await subtle.importKey('raw', raw, 'HKDF', false, ['deriveKey']);
  return subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(32),
      info: new TextEncoder().encode(info),
    },
    base,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
}

/** Lowercase hex HMAC-SHA-256 of a UTF-8 string. */
export async function hmacHex(key: CryptoKey, text: string): Promise<string> {
  const mac = await globalThis.crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text));
  return Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, '0')).join('');
}
