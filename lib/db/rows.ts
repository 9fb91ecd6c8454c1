/**
 * What one IndexedDB record looks like, per table. Only the fields outside
 * `fields`/`box`/`wrappedKey` are plaintext, and they are non-personal: ids,
 * type, dates and a keyed hash (STYLE 2.7).
 */
import type { KdfParams } from '../crypto/derive-key';
import type { SealedBox } from '../crypto/sealed-box';
import type { ConversationType } from '../conversation/model';

export interface ConversationRow {
  id: string;
  type: ConversationType;
  createdAt: number;
  updatedAt: number;
  expiresAt: number;
  /** HMAC of the host case reference, or null; never the reference itself. */
  caseHash: string | null;
  /** One sealed value per field key (`label`, `ratings/financien`, …). */
  fields: Record<string, SealedBox>;
}

export interface PracticeSessionRow {
  id: string;
  createdAt: number;
  updatedAt: number;
  expiresAt: number;
  box: SealedBox;
}

/** The only keyring record has id 'main'. It holds no personal data. */
export interface KeyringRow {
  id: 'main';
  kdf: KdfParams;
  /** base64 */
  salt: string;
  /** The data key sealed with the PIN-derived key. */
  wrappedKey: SealedBox;
  createdAt: number;
  changedAt: number;
}
