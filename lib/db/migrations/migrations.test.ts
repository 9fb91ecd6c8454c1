/**
 * Every released schema upgrades to the current one without loss: each
 * fixture is seeded as a raw IndexedDB at its own version, then opened with
 * the current ZijlijnDB and read through the real lock and repo.
 */
import { describe, expect, it } from 'vitest';
import { createConversationsRepo } from '../../vault/conversations-repo';
import { createSessionKeyring } from '../../vault/keyring';
import { createLock } from '../../vault/lock';
import { ZijlijnDB } from '../zijlijn-db';
import { seedRawDb, type SchemaFixture } from './harness';

type FixtureModule = { fixture: SchemaFixture; expectedConversation: Record<string, unknown> };
const modules = import.meta.glob<FixtureModule>('./fixtures/v*.ts', { eager: true });
const fixtures = Object.values(modules).sort((a, b) => a.fixture.version - b.fixture.version);
const currentVersion = new ZijlijnDB('zijlijn-version-probe').verno;

let counter = 0;
const freshName = () => `zijlijn-migration-${Date.now()}-${++counter}`;

describe('schema migrations', () => {
  it('has a fixture for every released version below the current one, and for v1', () => {
    const have = new Set(fixtures.map((m) => m.fixture.version));
    const needed = [1, ...Array.from({ length: currentVersion - 1 }, (_, i) => i + 1)];

    expect(needed.filter((v) => !have.has(v))).toEqual([]);
  });

  it.each(fixtures.map((m) => [m.fixture.version, m] as const))(
    'upgrades v%i to the current schema without losing a record',
    async (_, { fixture, expectedConversation }) => {
      const name = freshName();
      await seedRawDb(name, fixture);
      const db = new ZijlijnDB(name);

      for (const [table, records] of Object.entries(fixture.records)) {
        expect(await db.table(table).count()).toBe(records.length);
      }
      await createLock(db).unlock(fixture.pin);
      const actual = await createConversationsRepo(db, createSessionKeyring()).load(
        expectedConversation.id as string,
      );

      expect(db.verno).toBe(currentVersion);
      expect(actual?.damaged).toEqual([]);
      expect(actual?.conversation).toMatchObject(expectedConversation);
      await db.delete();
    },
  );
});
