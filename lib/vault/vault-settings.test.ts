import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { __resetPolicyCapsForTests } from '../settings/policy-caps';
import {
  autoLockMinutes,
  effectiveAutoLockMinutes,
  effectiveRetentionDays,
  retentionDays,
} from './vault-settings';

describe('settings capped by browser policy', () => {
  beforeEach(() => {
    __resetPolicyCapsForTests();
  });

  it.each([
    ['no policy', 45, {}, 45],
    ['a stricter policy', 45, { retentionDaysMax: 14 }, 14],
    ['a looser policy', 10, { retentionDaysMax: 90 }, 10],
    ['an invalid policy value', 45, { retentionDaysMax: 'veertien' }, 45],
  ])('retention with %s', async (_name, user, managed, expected) => {
    await retentionDays.setValue(user);
    await fakeBrowser.storage.managed.set(managed);

    expect(await effectiveRetentionDays()).toBe(expected);
  });

  it.each([
    ['no policy', 60, {}, 60],
    ['a stricter policy', 60, { autoLockMinutesMax: 10 }, 10],
  ])('auto-lock with %s', async (_name, user, managed, expected) => {
    await autoLockMinutes.setValue(user);
    await fakeBrowser.storage.managed.set(managed);

    expect(await effectiveAutoLockMinutes()).toBe(expected);
  });
});
