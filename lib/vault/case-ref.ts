/**
 * Links a local conversation to a host case without storing the reference:
 * HMAC-SHA-256 under a key derived (HKDF) from the data key, so the index
 * holds a value nobody can reverse without the PIN, even for short references.
 */
import { hmacHex } from '../crypto/data-key';
import type { Keyring } from './keyring';

/** Trims, collapses spaces and upper-cases, so "zaak 12" and "ZAAK  12 " link. */
export function normalizeCaseRef(ref: string): string {
  return ref.trim().replace(/\s+/g, ' ').toUpperCase();
}

export async function hmacCaseRef(keyring: Keyring, ref: string): Promise<string> {
  return hmacHex(await keyring.caseKey(), normalizeCaseRef(ref));
}
