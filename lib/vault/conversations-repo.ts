/**
 * The only place that seals and opens conversations. A row keeps its
 * non-personal metadata in plaintext (indexed) and every personal value in its
 * own SealedBox, bound to the row id and field key as additional data. Saves
 * update single key paths, so two panels editing different fields both win.
 */
import { openJson, sealJson, type SealedBox } from '../crypto/sealed-box';
import type { Conversation, ConversationChange, ConversationType } from '../conversation/model';
import type { ConversationRow } from '../db/rows';
import type { ZijlijnDB } from '../db/zijlijn-db';
import { assertNoBsn } from './bsn-guard';
import {
  fieldKeyOf,
  fieldsToConversation,
  parseFieldKey,
  parseFieldValue,
} from './conversation-fields';
import { toVaultError, VaultError } from './errors';
import type { Keyring } from './keyring';
import { hmacCaseRef } from './case-ref';
import { conversationAad, prepareConversationRow } from './prepare-row';
import { expiryFor, type RepoClock } from './repo-clock';

export interface ConversationSummary {
  id: string;
  type: ConversationType;
  label: string;
  createdAt: number;
  updatedAt: number;
  expiresAt: number;
  /** The label could not be opened. */
  damaged: boolean;
}

export interface LoadedConversation {
  conversation: Conversation;
  /** Field keys that failed to open or validate and were left out. */
  damaged: string[];
}

export type ConversationsRepo = ReturnType<typeof createConversationsRepo>;

const aad = conversationAad;

type KeyLookup = () => ReturnType<Keyring['dataKey']>;

export function createConversationsRepo(db: ZijlijnDB, keyring: Keyring, clock: RepoClock = {}) {
  const table = db.conversations;

  /**
   * The data key, looked up once per operation: each lookup reads session
   * storage (auto-lock check), so a page of rows or a batch of changes shares one.
   */
  function keyOnce(): KeyLookup {
    let key: ReturnType<KeyLookup> | undefined;
    return () => (key ??= keyring.dataKey());
  }

  async function decode(row: ConversationRow): Promise<LoadedConversation> {
    const values = new Map<string, unknown>();
    const damaged: string[] = [];
    const key = await keyring.dataKey();
    await Promise.all(
      Object.entries(row.fields).map(async ([fieldKey, box]) => {
        try {
          values.set(fieldKey, await openJson(key, box, aad(row.id, fieldKey)));
        } catch {
          damaged.push(fieldKey);
        }
      }),
    );
    const { id, type, createdAt, updatedAt, expiresAt, caseHash } = row;
    const rebuilt = fieldsToConversation(
      { id, type, createdAt, updatedAt, expiresAt, caseHash },
      values,
    );
    return { conversation: rebuilt.conversation, damaged: [...damaged, ...rebuilt.invalid].sort() };
  }

  async function summarize(row: ConversationRow, key: KeyLookup): Promise<ConversationSummary> {
    const { id, type, createdAt, updatedAt, expiresAt } = row;
    let label = '';
    let damaged = false;
    try {
      const value = row.fields.label
        ? await openJson(await key(), row.fields.label, aad(row.id, 'label'))
        : '';
      label = typeof value === 'string' ? value : '';
    } catch (error) {
      if (error instanceof VaultError) throw error;
      damaged = true;
    }
    return { id, type, label, createdAt, updatedAt, expiresAt, damaged };
  }

  async function sealChange(id: string, change: ConversationChange, key: KeyLookup) {
    const fieldKey = fieldKeyOf(change);
    const ref = parseFieldKey(fieldKey);
    if (!ref) throw new VaultError('invalid', { detail: fieldKey });
    if (change.value === undefined && 'key' in ref) return [fieldKey, undefined] as const;
    const parsed = parseFieldValue(ref, change.value);
    if (!parsed.ok) throw new VaultError('invalid', { detail: `${fieldKey}: ${parsed.issue}` });
    assertNoBsn(parsed.value);
    return [fieldKey, await sealJson(await key(), parsed.value, aad(id, fieldKey))] as const;
  }

  async function guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toVaultError(error);
    }
  }

  return {
    async create(input: { type: ConversationType; label: string; profiles?: string[] }) {
      const now = clock.now?.() ?? Date.now();
      const meta = {
        id: crypto.randomUUID(),
        type: input.type,
        createdAt: now,
        updatedAt: now,
        caseHash: null,
      };
      const values = new Map<string, unknown>([
        ['label', input.label],
        ['profiles', input.profiles ?? []],
      ]);
      const { conversation, invalid } = fieldsToConversation({ ...meta, expiresAt: 0 }, values);
      if (invalid.length > 0) throw new VaultError('invalid', { detail: invalid.join(', ') });
      const row = await prepareConversationRow(await keyring.dataKey(), conversation, clock);
      await guard(() => table.add(row));
      return { ...conversation, expiresAt: row.expiresAt };
    },

    async load(id: string): Promise<LoadedConversation | null> {
      const row = await guard(() => table.get(id));
      return row ? decode(row) : null;
    },

    async get(id: string): Promise<Conversation | null> {
      return (await this.load(id))?.conversation ?? null;
    },

    /** Seals every change first, then writes them in one update (all or nothing). */
    async save(id: string, changes: ConversationChange[]) {
      const sealed = new Map<string, SealedBox | undefined>();
      const key = keyOnce();
      for (const change of changes) {
        const [fieldKey, box] = await sealChange(id, change, key);
        sealed.set(fieldKey, box);
      }
      const updatedAt = clock.now?.() ?? Date.now();
      const expiresAt = await expiryFor(updatedAt, clock);
      const spec: Record<string, unknown> = { updatedAt, expiresAt };
      for (const [fieldKey, box] of sealed) spec[`fields.${fieldKey}`] = box;
      // Key paths like `fields.ratings/financien` are outside Dexie's typed UpdateSpec.
      const count = await guard(() => table.update(id, spec as Partial<ConversationRow>));
      if (count === 0 && !(await guard(() => table.get(id)))) throw new VaultError('not-found');
      return { updatedAt, expiresAt };
    },

    /** Newest first, via the updatedAt index; opens only the labels of this page. */
    async list({ limit = 50, offset = 0 }: { limit?: number; offset?: number } = {}) {
      const rows = await guard(() =>
        table.orderBy('updatedAt').reverse().offset(offset).limit(limit).toArray(),
      );
      const key = keyOnce();
      return Promise.all(rows.map((row) => summarize(row, key)));
    },

    count: () => guard(() => table.count()),

    remove: (id: string) => guard(() => table.delete(id)),

    async findByCaseHash(hash: string): Promise<ConversationSummary[]> {
      const rows = await guard(() => table.where('caseHash').equals(hash).toArray());
      const key = keyOnce();
      return Promise.all(
        rows.sort((a, b) => b.updatedAt - a.updatedAt).map((row) => summarize(row, key)),
      );
    },

    async setCaseHash(id: string, caseHash: string | null): Promise<void> {
      const count = await guard(() => table.update(id, { caseHash }));
      if (count === 0 && !(await guard(() => table.get(id)))) throw new VaultError('not-found');
    },

    /** The keyed hash of a host case reference (the reference is not stored). */
    hashCaseRef: (ref: string) => hmacCaseRef(keyring, ref),
  };
}
