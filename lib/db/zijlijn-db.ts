/**
 * The one Dexie database of Zijlijn, with every schema version, oldest first.
 * A released version is never edited: a change is a new `version(n)` with its
 * upgrade in `migrations/NNN-intent.ts` and a fixture `migrations/fixtures/v(n-1).ts`.
 * Only non-personal fields may be indexed.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { ConversationRow, KeyringRow, PracticeSessionRow } from './rows';

export const DB_NAME = 'zijlijn';

export class ZijlijnDB extends Dexie {
  conversations!: EntityTable<ConversationRow, 'id'>;
  practiceSessions!: EntityTable<PracticeSessionRow, 'id'>;
  keyring!: EntityTable<KeyringRow, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // v1: first released schema (2025).
    this.version(1).stores({
      conversations: 'id, type, updatedAt, expiresAt, caseHash',
      practiceSessions: 'id, updatedAt, expiresAt',
      keyring: 'id',
    });
  }
}
