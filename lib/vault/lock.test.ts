import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ZijlijnDB } from '../db/zijlijn-db';
import { VaultError } from './errors';
import { createSessionKeyring } from './keyring';
import { createLock } from './lock';
import { __resetTouchForTests, readSessionKey } from './session-key';
import { FAST_KDF, freshDb } from '../testing/vault';

let db: ZijlijnDB;
afterEach(async () => {
  __resetTouchForTests();
  vi.useRealTimers();
  await db.delete();
});

function setup() {
  db = freshDb();
  return createLock(db, { kdf: FAST_KDF });
}

async function failWith(promise: Promise<unknown>): Promise<VaultError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VaultError);
  return error as VaultError;
}

describe('createLock', () => {
  it('starts not set up, and setting a PIN unlocks', async () => {
    const lock = setup();
    expect(await lock.isSetUp()).toBe(false);

    await lock.setUp('482913');

    expect(await lock.isSetUp()).toBe(true);
    expect(await readSessionKey()).toHaveLength(32);
  });

  it.each(['12345', 'kort', ''])('refuses %j as a PIN', async (pin) => {
    const lock = setup();

    expect((await failWith(lock.setUp(pin))).code).toBe('pin-format');
    expect(await lock.isSetUp()).toBe(false);
  });

  it('locks and unlocks with the same data key', async () => {
    const lock = setup();
    await lock.setUp('482913');
    const before = await readSessionKey();

    await lock.lock();
    expect(await readSessionKey()).toBeNull();
    await lock.unlock('482913');

    expect(await readSessionKey()).toEqual(before);
  });

  it('refuses a wrong PIN and stays locked', async () => {
    const lock = setup();
    await lock.setUp('482913');
    await lock.lock();

    expect((await failWith(lock.unlock('000000'))).code).toBe('wrong-pin');
    expect(await readSessionKey()).toBeNull();
  });

  it('changes the PIN without changing the data key', async () => {
    const lock = setup();
    await lock.setUp('482913');
    const before = await readSessionKey();
    await lock.changePin('482913', 'nieuwe wachtzin');
    await lock.lock();

    expect((await failWith(lock.unlock('482913'))).code).toBe('wrong-pin');
    await lock.unlock('nieuwe wachtzin');

    expect(await readSessionKey()).toEqual(before);
  });

  it('does not change the PIN when the current one is wrong', async () => {
    const lock = setup();
    await lock.setUp('482913');

    expect((await failWith(lock.changePin('111111', '222222'))).code).toBe('wrong-pin');
    await lock.lock();

    await expect(lock.unlock('482913')).resolves.toBeUndefined();
  });

  it('waits 30 s after five wrong tries, then accepts the right PIN', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-03T09:00:00Z'));
    const lock = setup();
    await lock.setUp('482913');
    await lock.lock();
    for (let i = 0; i < 4; i++) await failWith(lock.unlock('000000'));

    const fifth = await failWith(lock.unlock('000000'));
    const blocked = await failWith(lock.unlock('482913'));
    vi.setSystemTime(Date.now() + 30_001);
    await lock.unlock('482913');

    expect(fifth.retryAt).toBe(Date.parse('2025-03-03T09:00:30Z'));
    expect(blocked.code).toBe('backoff');
    expect(await readSessionKey()).not.toBeNull();
  });

  it('doubles the wait after each further wrong try', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-03T09:00:00Z'));
    const lock = setup();
    await lock.setUp('482913');
    await lock.lock();
    for (let i = 0; i < 5; i++) await failWith(lock.unlock('000000'));
    vi.setSystemTime(Date.now() + 30_001);

    const sixth = await failWith(lock.unlock('000000'));

    expect(sixth.retryAt! - Date.now()).toBe(60_000);
  });
});

describe('auto-lock', () => {
  it('locks after the configured minutes of inactivity', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-03T09:00:00Z'));
    const lock = setup();
    await lock.setUp('482913');
    const keyring = createSessionKeyring();

    vi.setSystemTime(Date.now() + 14 * 60_000);
    await expect(keyring.dataKey()).resolves.toBeDefined();
    vi.setSystemTime(Date.now() + 15 * 60_000 + 1);

    expect((await failWith(keyring.dataKey())).code).toBe('locked');
  });
});
