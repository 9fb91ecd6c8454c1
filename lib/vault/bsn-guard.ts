/**
 * Zijlijn never stores a BSN (PRODUCT §2.6). Every string about to be sealed
 * passes through here; one hit refuses the whole write.
 */
import { findBsns } from '../taalcheck/bsn';
import { VaultError } from './errors';

export function containsBsn(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return findBsns(value).length > 0;
  if (depth > 8 || typeof value !== 'object' || value === null) return false;
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.some((child) => containsBsn(child, depth + 1));
}

export function assertNoBsn(value: unknown, where?: string): void {
  if (containsBsn(value)) throw new VaultError('bsn', where ? { detail: where } : {});
}
