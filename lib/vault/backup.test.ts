import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bytesToBase64 } from '../crypto/base64';
import { deriveKey } from '../crypto/derive-key';
import { sealJson } from '../crypto/sealed-box';
import type { ZijlijnDB } from '../db/zijlijn-db';
import { createBackupService } from './backup';
import { createConversationsRepo } from './conversations-repo';
import { VaultError } from './errors';
import { dumpDb, FAST_KDF, freshDb, testKeyring } from '../testing/vault';

const T0 = Date.parse('2025-03-03T09:00:00Z');
const PASS = 'back-up van maart';
const clock = { now: () => T0, retentionDays: () => 30 };
let db: ZijlijnDB;

beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.delete());

async function seeded(target = db) {
  const keyring = testKeyring();
  const repo = createConversationsRepo(target, keyring, clock);
  const a = await repo.create({ type: 'wmo', label: 'Mevr. Bakker, trapliftvraag' });
  await repo.save(a.id, [
    { field: 'ratings', key: 'financien', value: 2 },
    {
      field: 'notes',
      key: 'huisvesting',
      value: { own: 'Woont boven', strengths: 'Buurvrouw helpt', wish: '' },
    },
  ]);
  await repo.create({ type: 'vervoer', label: 'Dhr. Yilmaz, scootmobiel' });
  return { keyring, repo, service: createBackupService(target, keyring, { kdf: FAST_KDF, clock }) };
}

/** A backup file with any payload, sealed the way exportBackup does. */
async function fileWith(payload: unknown, passphrase = PASS, extra: Record<string, unknown> = {}) {
  const salt = new Uint8Array(16).fill(3);
  const box = await sealJson(
    await deriveKey(passphrase, salt, FAST_KDF),
    payload,
    'zijlijn-backup/v1',
  );
  return JSON.stringify({
    format: 'zijlijn-backup',
    version: 1,
    kdf: FAST_KDF,
    salt: bytesToBase64(salt),
    box,
    ...extra,
  });
}

const validConversation = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'wmo',
  label: `Gesprek ${id}`,
  createdAt: T0,
  updatedAt: T0,
  expiresAt: T0,
  ...extra,
});

async function rejection(promise: Promise<unknown>): Promise<VaultError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VaultError);
  return error as VaultError;
}

describe('backup', () => {
  it('round-trips every conversation into another browser profile', async () => {
    const { repo, service } = await seeded();
    const text = await service.exportBackup(PASS);
    const other = freshDb();
    const otherKeyring = testKeyring();
    const target = createBackupService(other, otherKeyring, { kdf: FAST_KDF, clock });

    const result = await target.importBackup(text, PASS);
    const expected = await Promise.all((await repo.list()).map((s) => repo.get(s.id)));
    const otherRepo = createConversationsRepo(other, otherKeyring, clock);
    const actual = await Promise.all((await otherRepo.list()).map((s) => otherRepo.get(s.id)));

    expect(result).toEqual({ conversations: 2, practiceSessions: 0, skippedExpired: 0 });
    expect(actual).toEqual(expected);
    await other.delete();
  });

  it('keeps the exported file free of plaintext', async () => {
    const { service } = await seeded();

    const text = await service.exportBackup(PASS);

    expect(text).not.toMatch(/Bakker|Yilmaz|Buurvrouw/);
  });

  it('refuses a short backup passphrase', async () => {
    const { service } = await seeded();

    expect((await rejection(service.exportBackup('kort'))).code).toBe('backup-passphrase');
  });

  it.each<[string, () => Promise<string>, VaultError['code'], RegExp?]>([
    ['text that is not JSON', async () => 'dit is geen back-up', 'backup-unreadable'],
    ['another JSON file', async () => '{"name":"zijlijn"}', 'backup-unreadable'],
    [
      'an unknown version',
      async () => (await fileWith({})).replace('"version":1', '"version":2'),
      'backup-version',
    ],
    [
      'a wrong password',
      () =>
        fileWith({ exportedAt: T0, conversations: [], practiceSessions: [] }, 'ander wachtwoord'),
      'backup-password',
    ],
    ['a payload of the wrong shape', () => fileWith({ hello: 'world' }), 'backup-invalid'],
    [
      'an invalid third conversation',
      () =>
        fileWith({
          exportedAt: T0,
          practiceSessions: [],
          conversations: [
            validConversation('a'),
            validConversation('b'),
            validConversation('c', { ratings: { financien: 7 } }),
          ],
        }),
      'backup-invalid',
      /gesprek 3 ongeldig: ratings\.financien/,
    ],
    [
      'a conversation holding a BSN',
      () =>
        fileWith({
          exportedAt: T0,
          practiceSessions: [],
          conversations: [validConversation('a', { texts: { verslag: 'BSN 123456782' } })],
        }),
      'backup-invalid',
      /gesprek 1 ongeldig: bevat een BSN/,
    ],
    [
      'two conversations with one id',
      () =>
        fileWith({
          exportedAt: T0,
          practiceSessions: [],
          conversations: [validConversation('a'), validConversation('a')],
        }),
      'backup-invalid',
      /gesprek 2 ongeldig: dubbel id/,
    ],
    [
      'a key with a dot',
      () =>
        fileWith({
          exportedAt: T0,
          practiceSessions: [],
          conversations: [validConversation('a', { ratings: { 'a.b': 3 } })],
        }),
      'backup-invalid',
      /sleutel/,
    ],
    [
      'a key-derivation cost beyond the limit',
      () => fileWith({}, PASS, { kdf: { ...FAST_KDF, iterations: 1e9 } }),
      'backup-unreadable',
    ],
  ])('rejects %s with a Dutch reason and changes nothing', async (_, makeFile, code, detail) => {
    const { service } = await seeded();
    const before = await dumpDb(db);

    const error = await rejection(service.importBackup(await makeFile(), PASS));

    expect(error.code).toBe(code);
    if (detail) expect(error.message).toMatch(detail);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('writes nothing when the disk fills up halfway', async () => {
    const { service } = await seeded();
    const text = await service.exportBackup(PASS);
    const other = freshDb();
    const target = createBackupService(other, testKeyring(), { kdf: FAST_KDF, clock });
    vi.spyOn(other.practiceSessions, 'bulkPut').mockRejectedValue(
      new DOMException('vol', 'QuotaExceededError'),
    );

    const error = await rejection(target.importBackup(text, PASS));

    expect(error.code).toBe('quota');
    expect(await other.conversations.count()).toBe(0);
    await other.delete();
  });

  it('leaves the database unchanged whenever an import is rejected (fuzzed)', async () => {
    const { service } = await seeded();
    const exported = await service.exportBackup(PASS);
    let before = await dumpDb(db);
    const mutate = fc.tuple(fc.nat(), fc.string({ minLength: 0, maxLength: 4 }));
    const variants = fc.oneof(
      fc.string(),
      fc.json(),
      mutate.map(([at, insert]) => {
        const i = at % exported.length;
        return exported.slice(0, i) + insert + exported.slice(i + 1);
      }),
      fc.anything().map((payload) => ({ payload })),
      fc.array(fc.anything(), { maxLength: 3 }).map((conversations) => ({
        payload: {
          exportedAt: T0,
          practiceSessions: [],
          conversations: [validConversation('ok'), ...conversations],
        },
      })),
    );

    await fc.assert(
      fc.asyncProperty(variants, async (variant) => {
        const text = typeof variant === 'string' ? variant : await fileWith(variant.payload);
        const accepted = await service.importBackup(text, PASS).then(
          () => true,
          (e: unknown) => {
            if (!(e instanceof VaultError)) throw e;
            return false;
          },
        );
        // An accepted file (e.g. a harmless mutation) is a new baseline.
        if (accepted) before = await dumpDb(db);
        else expect(await dumpDb(db)).toEqual(before);
      }),
      { numRuns: 1_000, seed: 20250303 },
    );
  });
});
