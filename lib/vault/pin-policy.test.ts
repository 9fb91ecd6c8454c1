import { describe, expect, it } from 'vitest';
import { isAcceptableSecret } from './pin-policy';

describe('isAcceptableSecret', () => {
  it.each([
    ['a 6-digit PIN', '482913'],
    ['an 8-digit PIN', '48291375'],
    ['a passphrase of 10 characters', 'keukentafel'],
    ['a passphrase with spaces inside', 'rustig aan doen'],
  ])('accepts %s', (_, secret) => {
    expect(isAcceptableSecret(secret)).toBe(true);
  });

  it.each([
    ['an empty string', ''],
    ['a 5-digit PIN', '48291'],
    ['a short passphrase', 'wmo2025!'],
    ['digits with a space', '482 913'],
    ['a passphrase with a trailing space', 'keukentafel '],
  ])('rejects %s', (_, secret) => {
    expect(isAcceptableSecret(secret)).toBe(false);
  });
});
