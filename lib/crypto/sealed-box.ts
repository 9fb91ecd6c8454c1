/**
 * AES-GCM-256 sealing with a fresh 96-bit IV per seal. A SealedBox describes
 * itself (like Bitwarden's EncString) so the format can evolve; `Sealed<T>`
 * brands a box with the type of its plaintext so the checker tells them apart.
 * Never reuse an IV with the same key: always go through `seal`.
 */
import { base64ToBytes, bytesToBase64 } from './base64';
import { randomBytes } from './random';

export interface SealedBox {
  v: 1;
  alg: 'A256GCM';
  /** base64, 12 bytes */
  iv: string;
  /** base64 ciphertext including the 16-byte tag */
  ct: string;
}

declare const plaintextType: unique symbol;
/** A SealedBox whose plaintext, once opened and parsed, is a `T`. */
export type Sealed<T> = SealedBox & { readonly [plaintextType]?: T };

export const IV_BYTES = 12;

export class OpenError extends Error {
  override name = 'OpenError';
}

export function isSealedBox(value: unknown): value is SealedBox {
  if (typeof value !== 'object' || value === null) return false;
  const box = value as Record<string, unknown>;
  return (
    box.v === 1 && box.alg === 'A256GCM' && typeof box.iv === 'string' && typeof box.ct === 'string'
  );
}

/** `aad` binds the box to its context (e.g. record id + field) without storing it. */
export async function seal(
  key: CryptoKey,
  plaintext: Uint8Array<ArrayBuffer>,
  aad?: string,
): Promise<SealedBox> {
  const iv = randomBytes(IV_BYTES);
  const ct = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, ...(aad === undefined ? {} : { additionalData: encode(aad) }) },
    key,
    plaintext,
  );
  return { v: 1, alg: 'A256GCM', iv: bytesToBase64(iv), ct: bytesToBase64(new Uint8Array(ct)) };
}

/** Throws OpenError for a wrong key, a wrong `aad`, tampering or a malformed box. */
export async function open(
  key: CryptoKey,
  box: SealedBox,
  aad?: string,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!isSealedBox(box)) throw new OpenError('Unknown sealed box format');
  try {
    const iv = base64ToBytes(box.iv);
    if (iv.length !== IV_BYTES) throw new OpenError('Bad IV length');
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, ...(aad === undefined ? {} : { additionalData: encode(aad) }) },
      key,
      base64ToBytes(box.ct),
    );
    return new Uint8Array(plain);
  } catch (cause) {
    throw new OpenError('Cannot open sealed box', { cause });
  }
}

export async function sealJson<T>(key: CryptoKey, value: T, aad?: string): Promise<Sealed<T>> {
  return seal(key, encode(JSON.stringify(value)), aad) as Promise<Sealed<T>>;
}

/** Returns `unknown`: callers validate the plaintext before trusting its type. */
export async function openJson<T>(key: CryptoKey, box: Sealed<T>, aad?: string): Promise<unknown> {
  const bytes = await open(key, box, aad);
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch (cause) {
    throw new OpenError('Sealed plaintext is not JSON', { cause });
  }
}

function encode(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}
