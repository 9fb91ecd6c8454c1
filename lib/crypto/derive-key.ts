/**
 * Turns a PIN or passphrase into an AES-GCM-256 key with PBKDF2-SHA-256. The
 * parameters are stored next to what they protect, so they can grow later;
 * production never goes below MIN_PRODUCTION_ITERATIONS (OWASP 2023).
 */
export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
}

export const MIN_PRODUCTION_ITERATIONS = 600_000;

export const DEFAULT_KDF: KdfParams = {
  name: 'PBKDF2',
  hash: 'SHA-256',
  iterations: MIN_PRODUCTION_ITERATIONS,
};

export const SALT_BYTES = 16;

/** The derived key is non-extractable and can only seal and open. */
export async function deriveKey(
  secret: string,
  salt: Uint8Array<ArrayBuffer>,
  params: KdfParams = DEFAULT_KDF,
): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey(
    'raw',
    new TextEncoder().encode(secret.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: params.hash, salt, iterations: params.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
