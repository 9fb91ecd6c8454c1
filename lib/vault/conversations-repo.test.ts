import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationChange } from '../conversation/model';
import type { ZijlijnDB } from '../db/zijlijn-db';
import { createConversationsRepo } from './conversations-repo';
import { VaultError } from './errors';
import { createStaticKeyring } from './keyring';
import { freshDb, testKeyring } from '../testing/vault';
import { generateDataKey } from '../crypto/data-key';

const T0 = Date.parse('2025-03-03T09:00:00Z');
const DAY = 86_400_000;
let db: ZijlijnDB;
let now: number;

beforeEach(() => {
  db = freshDb();
  now = T0;
});
afterEach(() => db.delete());

function repo(keyring = testKeyring()) {
  return createConversationsRepo(db, keyring, { now: () => now, retentionDays: () => 30 });
}

describe('createConversationsRepo', () => {
  it('creates a conversation with defaults and a retention deadline', async () => {
    const conversations = repo();

    const created = await conversations.create({ type: 'wmo', label: 'Keukentafel mevr. Jansen' });
    const actual = await conversations.get(created.id);

    expect(actual).toEqual(created);
    expect(actual).toMatchObject({ phase: 'voorbereiden', ratings: {}, expiresAt: T0 + 30 * DAY });
  });

  it.each<[string, ConversationChange[]]>([
    ['a scalar', [{ field: 'phase', value: 'verkennen' }]],
    ['a map entry', [{ field: 'ratings', key: 'financien', value: 2 }]],
    [
      'a note',
      [
        {
          field: 'notes',
          key: 'huisvesting',
          value: { own: 'Trap is zwaar', strengths: '', wish: '' },
        },
      ],
    ],
    [
      'several at once',
      [
        { field: 'signals', key: 'overweldigd', value: true },
        { field: 'checklist', key: 'wmo-hulpvraag', value: 'besproken' },
      ],
    ],
  ])('saves %s', async (_, changes) => {
    const conversations = repo();
    const { id } = await conversations.create({ type: 'wmo', label: 'Gesprek' });
    now += 1_000;

    await conversations.save(id, changes);
    const actual = await conversations.get(id);

    for (const change of changes) {
      const value =
        'key' in change
          ? (actual?.[change.field] as Record<string, unknown>)[change.key]
          : actual?.[change.field];
      expect(value).toEqual(change.value);
    }
    expect(actual?.updatedAt).toBe(T0 + 1_000);
    expect(actual?.expiresAt).toBe(T0 + 1_000 + 30 * DAY);
  });

  it('removes a map entry when the value is undefined', async () => {
    const conversations = repo();
    const { id } = await conversations.create({ type: 'wmo', label: 'Gesprek' });
    await conversations.save(id, [{ field: 'ratings', key: 'financien', value: 2 }]);

    await conversations.save(id, [{ field: 'ratings', key: 'financien', value: undefined }]);

    expect((await conversations.get(id))?.ratings).toEqual({});
  });

  it('keeps two concurrent saves of different fields', async () => {
    const keyring = testKeyring();
    const panelA = repo(keyring);
    const panelB = repo(keyring);
    const { id } = await panelA.create({ type: 'wmo', label: 'Twee vensters' });

    await Promise.all([
      panelA.save(id, [{ field: 'ratings', key: 'financien', value: 2 }]),
      panelB.save(id, [{ field: 'ratings', key: 'huisvesting', value: 4 }]),
      panelB.save(id, [{ field: 'label', value: 'Twee vensters, bijgewerkt' }]),
    ]);

    expect(await panelA.get(id)).toMatchObject({
      label: 'Twee vensters, bijgewerkt',
      ratings: { financien: 2, huisvesting: 4 },
    });
  });

  it.each<[string, ConversationChange, VaultError['code']]>([
    ['an invalid rating', { field: 'ratings', key: 'financien', value: 9 }, 'invalid'],
    ['a key with a dot', { field: 'ratings', key: 'a.b', value: 3 }, 'invalid'],
    ['a label over 80 characters', { field: 'label', value: 'x'.repeat(81) }, 'invalid'],
    ['a BSN in a label', { field: 'label', value: 'Dhr. K, bsn 111222333' }, 'bsn'],
    [
      'a BSN in a note',
      {
        field: 'notes',
        key: 'werk-opleiding',
        value: { own: 'BSN: 123456782', strengths: '', wish: '' },
      },
      'bsn',
    ],
  ])('refuses %s and changes nothing', async (_, change, code) => {
    const conversations = repo();
    const { id } = await conversations.create({ type: 'vrij', label: 'Origineel' });
    const before = await db.conversations.get(id);

    const error = await conversations
      .save(id, [{ field: 'phase', value: 'openen' }, change])
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(VaultError);
    expect((error as VaultError).code).toBe(code);
    expect(await db.conversations.get(id)).toEqual(before);
  });

  it('refuses to create a conversation whose label holds a BSN', async () => {
    const conversations = repo();

    await expect(
      conversations.create({ type: 'wmo', label: 'BSN 111222333' }),
    ).rejects.toMatchObject({ code: 'bsn' });
    expect(await conversations.count()).toBe(0);
  });

  it('reports not-found when saving to a removed conversation', async () => {
    const conversations = repo();
    const { id } = await conversations.create({ type: 'wmo', label: 'Weg' });
    await conversations.remove(id);

    await expect(
      conversations.save(id, [{ field: 'phase', value: 'openen' }]),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('lists newest first, a page at a time', async () => {
    const conversations = repo();
    for (const label of ['Eerste', 'Tweede', 'Derde']) {
      await conversations.create({ type: 'wmo', label });
      now += 1_000;
    }

    const actual = await conversations.list({ limit: 2, offset: 0 });
    const rest = await conversations.list({ limit: 2, offset: 2 });

    expect(actual.map((s) => s.label)).toEqual(['Derde', 'Tweede']);
    expect(rest.map((s) => s.label)).toEqual(['Eerste']);
    expect(await conversations.count()).toBe(3);
  });

  it('opens the rest of a conversation when one field is damaged', async () => {
    const conversations = repo();
    const { id } = await conversations.create({ type: 'wmo', label: 'Deels kapot' });
    await conversations.save(id, [{ field: 'ratings', key: 'financien', value: 2 }]);
    const row = (await db.conversations.get(id))!;
    await db.conversations.update(id, {
      'fields.label': { ...row.fields.label!, ct: row.fields['ratings/financien']!.ct },
    });

    const actual = await conversations.load(id);
    const [summary] = await conversations.list();

    expect(actual?.damaged).toEqual(['label']);
    expect(actual?.conversation.ratings).toEqual({ financien: 2 });
    expect(summary?.damaged).toBe(true);
  });

  it('cannot open anything with another data key', async () => {
    const { id } = await repo().create({ type: 'wmo', label: 'Geheim' });

    const actual = await repo(createStaticKeyring(generateDataKey())).load(id);

    expect(actual?.conversation.label).toBe('');
    expect(actual?.damaged).toContain('label');
  });

  it('links a case by keyed hash and finds it again', async () => {
    const conversations = repo();
    const { id } = await conversations.create({ type: 'wmo', label: 'Met zaak' });
    const hash = await conversations.hashCaseRef('ZAAK-2025-0042');

    await conversations.setCaseHash(id, hash);
    const found = await conversations.findByCaseHash(
      await conversations.hashCaseRef(' zaak-2025-0042 '),
    );

    expect(found.map((s) => s.id)).toEqual([id]);
    expect(JSON.stringify(await db.conversations.get(id))).not.toContain('0042');
  });
});
