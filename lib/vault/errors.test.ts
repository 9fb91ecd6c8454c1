import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { OpenError } from '../crypto/sealed-box';
import { toVaultError, VaultError } from './errors';

describe('toVaultError', () => {
  it.each<[string, unknown, VaultError['code']]>([
    ['a full disk', new DOMException('vol', 'QuotaExceededError'), 'quota'],
    [
      'a full disk inside a Dexie abort',
      new Dexie.AbortError('afgebroken', new DOMException('vol', 'QuotaExceededError')),
      'quota',
    ],
    ['a browser without IndexedDB', new Dexie.MissingAPIError('geen IndexedDB'), 'unavailable'],
    ['a database that will not open', new Dexie.OpenFailedError('kapot'), 'unavailable'],
    ['a box that will not open', new OpenError('tag'), 'decrypt'],
    ['anything else', new Error('raar'), 'unknown'],
  ])('maps %s to %s', (_, error, code) => {
    const actual = toVaultError(error);

    expect(actual.code).toBe(code);
    expect(actual.message).not.toMatch(/DOMException|Dexie|undefined/);
  });

  it('keeps a VaultError as it is, with its Dutch detail', () => {
    const error = new VaultError('backup-invalid', { detail: 'gesprek 3 ongeldig: label' });

    expect(toVaultError(error)).toBe(error);
    expect(error.message).toBe('De back-up bevat ongeldige gegevens. (gesprek 3 ongeldig: label)');
  });
});
