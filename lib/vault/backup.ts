/**
 * Export everything to one passphrase-sealed file; import all or nothing.
 * Import parses, opens and validates the whole file (every conversation with
 * ConversationSchema, no BSN) and seals every row *before* one Dexie
 * transaction writes them: a rejected file leaves the database unchanged.
 */
import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from '../crypto/base64';
import { DEFAULT_KDF, deriveKey, SALT_BYTES, type KdfParams } from '../crypto/derive-key';
import { randomBytes } from '../crypto/random';
import { openJson, sealJson } from '../crypto/sealed-box';
import { ConversationSchema, MAP_FIELDS, type Conversation } from '../conversation/model';
import type { ZijlijnDB } from '../db/zijlijn-db';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupEnvelopeSchema,
  BackupPayloadSchema,
  MAX_BACKUP_CHARS,
  PracticeSessionBackupSchema,
  type BackupPayload,
} from './backup-schema';
import { containsBsn } from './bsn-guard';
import { isValidEntryKey } from './conversation-fields';
import { createConversationsRepo } from './conversations-repo';
import { toVaultError, VaultError } from './errors';
import type { Keyring } from './keyring';
import { prepareConversationRow } from './prepare-row';
import type { RepoClock } from './repo-clock';
import { createSealedStore } from './sealed-store';

const BOX_AAD = 'zijlijn-backup/v1';

export interface BackupOptions {
  kdf?: KdfParams;
  clock?: RepoClock;
  /** The practice feature's content schema; anything until it exists. */
  practiceSchema?: z.ZodType<unknown>;
}

export interface ImportResult {
  conversations: number;
  practiceSessions: number;
  /** Already past their retention deadline, so not imported. */
  skippedExpired: number;
}

export function createBackupService(db: ZijlijnDB, keyring: Keyring, options: BackupOptions = {}) {
  const { kdf = DEFAULT_KDF, clock = {}, practiceSchema = z.unknown() } = options;
  const conversations = createConversationsRepo(db, keyring, clock);
  const practice = createSealedStore(db.practiceSessions, practiceSchema, keyring, clock);

  return {
    async exportBackup(passphrase: string): Promise<string> {
      if ([...passphrase].length < 10) throw new VaultError('backup-passphrase');
      const ids = await db.conversations.toCollection().primaryKeys();
      const loaded = await Promise.all(ids.map((id) => conversations.get(id)));
      const payload: BackupPayload = {
        exportedAt: clock.now?.() ?? Date.now(),
        conversations: loaded.filter((c): c is Conversation => c !== null),
        practiceSessions: (await practice.list()).records,
      };
      const salt = randomBytes(SALT_BYTES);
      const box = await sealJson(await deriveKey(passphrase, salt, kdf), payload, BOX_AAD);
      const envelope = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        kdf,
        salt: bytesToBase64(salt),
        box,
      };
      return JSON.stringify(envelope);
    },

    async importBackup(text: string, passphrase: string): Promise<ImportResult> {
      const payload = await openPayload(text, passphrase);
      const convs = validateConversations(payload.conversations);
      const sessions = validateSessions(payload.practiceSessions, practiceSchema);

      const now = clock.now?.() ?? Date.now();
      const key = await keyring.dataKey();
      const rows = await Promise.all(convs.map((c) => prepareConversationRow(key, c, clock)));
      const keptRows = rows.filter((row) => row.expiresAt > now);
      const sessionRows = await Promise.all(sessions.map((s) => practice.prepare(s)));
      const keptSessions = sessionRows.filter((row) => row.expiresAt > now);
      try {
        await db.transaction('rw', db.conversations, db.practiceSessions, async () => {
          await db.conversations.bulkPut(keptRows);
          await db.practiceSessions.bulkPut(keptSessions);
        });
      } catch (error) {
        throw toVaultError(error);
      }
      return {
        conversations: keptRows.length,
        practiceSessions: keptSessions.length,
        skippedExpired: rows.length - keptRows.length + sessionRows.length - keptSessions.length,
      };
    },
  };
}

async function openPayload(text: string, passphrase: string): Promise<BackupPayload> {
  let raw: unknown;
  try {
    if (text.length > MAX_BACKUP_CHARS) throw new Error('too large');
    raw = JSON.parse(text);
  } catch {
    throw new VaultError('backup-unreadable');
  }
  const head = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (head.format !== BACKUP_FORMAT) throw new VaultError('backup-unreadable');
  if (head.version !== BACKUP_VERSION) throw new VaultError('backup-version');
  const envelope = BackupEnvelopeSchema.safeParse(raw);
  if (!envelope.success)
    throw new VaultError('backup-unreadable', { detail: issueText(envelope.error) });

  let plain: unknown;
  try {
    const { kdf, salt, box } = envelope.data;
    plain = await openJson(await deriveKey(passphrase, base64ToBytes(salt), kdf), box, BOX_AAD);
  } catch {
    throw new VaultError('backup-password');
  }
  const payload = BackupPayloadSchema.safeParse(plain);
  if (!payload.success)
    throw new VaultError('backup-invalid', { detail: issueText(payload.error) });
  return payload.data;
}

function validateConversations(items: unknown[]): Conversation[] {
  const seen = new Set<string>();
  return items.map((item, index) => {
    const fail = (why: string) =>
      new VaultError('backup-invalid', { detail: `gesprek ${index + 1} ongeldig: ${why}` });
    const parsed = ConversationSchema.safeParse(item);
    if (!parsed.success) throw fail(issueText(parsed.error));
    const conversation = parsed.data;
    if (seen.has(conversation.id)) throw fail('dubbel id');
    seen.add(conversation.id);
    const badKey = mapKeys(conversation).find((key) => !isValidEntryKey(key));
    if (badKey !== undefined) throw fail(`ongeldige sleutel "${badKey.slice(0, 40)}"`);
    if (containsBsn(conversation)) throw fail('bevat een BSN');
    return conversation;
  });
}

function validateSessions(items: unknown[], schema: z.ZodType<unknown>) {
  const seen = new Set<string>();
  return items.map((item, index) => {
    const fail = (why: string) =>
      new VaultError('backup-invalid', { detail: `oefensessie ${index + 1} ongeldig: ${why}` });
    const parsed = PracticeSessionBackupSchema.safeParse(item);
    if (!parsed.success) throw fail(issueText(parsed.error));
    const value = schema.safeParse(parsed.data.value);
    if (!value.success) throw fail(issueText(value.error));
    if (seen.has(parsed.data.id)) throw fail('dubbel id');
    seen.add(parsed.data.id);
    if (containsBsn(value.data)) throw fail('bevat een BSN');
    return { ...parsed.data, value: value.data };
  });
}

function mapKeys(conversation: Conversation): string[] {
  return MAP_FIELDS.flatMap((field) => Object.keys(conversation[field]));
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'onbekend';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
