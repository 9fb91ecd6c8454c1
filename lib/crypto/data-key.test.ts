import { describe, expect, it } from 'vitest';
import { deriveHmacKey, generateDataKey, hmacHex } from './data-key';

describe('deriveHmacKey', () => {
  it('gives a stable hash for one data key and purpose', async () => {
    const raw = generateDataKey();

    const a = await hmacHex(await deriveHmacKey(raw, 'case-ref'), 'ZAAK-2024-0815');
    const b = await hmacHex(await deriveHmacKey(raw, 'case-ref'), 'ZAAK-2024-0815');

    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).toBe(b);
  });

  it.each([
    ['another data key', () => generateDataKey(), 'case-ref'],
    ['another purpose', null, 'other'],
  ])('differs with %s', async (_, otherRaw, info) => {
    const raw = generateDataKey();
    const a = await hmacHex(await deriveHmacKey(raw, 'case-ref'), 'ZAAK-2024-0815');

    const b = await hmacHex(await deriveHmacKey(otherRaw?.() ?? raw, info), 'ZAAK-2024-0815');

    expect(a).not.toBe(b);
  });
});
