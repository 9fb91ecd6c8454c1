import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';
import { generateDataKey, importDataKey } from './data-key';
import { deriveKey } from './derive-key';
import { open, OpenError, openJson, seal, sealJson, type SealedBox } from './sealed-box';

const FAST = { name: 'PBKDF2', hash: 'SHA-256', iterations: 1_000 } as const;
const text = (s: string) => new TextEncoder().encode(s);
const salt = new Uint8Array(16).fill(7);

describe('seal/open', () => {
  it.each([
    ['a label', 'Mevrouw De Vries, Wmo-melding huishoudelijke hulp'],
    ['an empty string', ''],
    ['accents and emoji', 'Oma zegt: "één keer per week" 🙂'],
  ])('round-trips %s', async (_, plaintext) => {
    const key = await importDataKey(generateDataKey());

    const actual = new TextDecoder().decode(await open(key, await seal(key, text(plaintext))));

    expect(actual).toBe(plaintext);
  });

  it('uses a fresh IV for every seal', async () => {
    const key = await importDataKey(generateDataKey());

    const a = await seal(key, text('zelfde'));
    const b = await seal(key, text('zelfde'));

    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
  });

  it('describes itself', async () => {
    const key = await importDataKey(generateDataKey());

    const box = await seal(key, text('x'));

    expect(box).toMatchObject({ v: 1, alg: 'A256GCM' });
    expect(base64ToBytes(box.iv)).toHaveLength(12);
  });

  it('fails with another key', async () => {
    const box = await seal(await importDataKey(generateDataKey()), text('geheim'));
    const other = await importDataKey(generateDataKey());

    await expect(open(other, box)).rejects.toBeInstanceOf(OpenError);
  });

  it.each<[string, (box: SealedBox) => SealedBox]>([
    ['a flipped ciphertext byte', (b) => ({ ...b, ct: flipFirstByte(b.ct) })],
    ['a flipped IV byte', (b) => ({ ...b, iv: flipFirstByte(b.iv) })],
    ['a truncated ciphertext', (b) => ({ ...b, ct: bytesToBase64(base64ToBytes(b.ct).slice(4)) })],
    ['a non-base64 IV', (b) => ({ ...b, iv: '!!!' })],
    ['an unknown version', (b) => ({ ...b, v: 2 as 1 })],
  ])('fails on %s', async (_, tamper) => {
    const key = await importDataKey(generateDataKey());
    const box = await seal(key, text('Schulden bij de energieleverancier'));

    await expect(open(key, tamper(box))).rejects.toBeInstanceOf(OpenError);
  });

  it('binds the box to its additional data', async () => {
    const key = await importDataKey(generateDataKey());
    const box = await sealJson(key, 'notitie', 'conv-1|label');

    await expect(openJson(key, box, 'conv-1|label')).resolves.toBe('notitie');
    await expect(openJson(key, box, 'conv-2|label')).rejects.toBeInstanceOf(OpenError);
  });
});

describe('deriveKey', () => {
  it('derives the same key from the same PIN and salt', async () => {
    const box = await seal(await deriveKey('482913', salt, FAST), text('ok'));

    const actual = await open(await deriveKey('482913', salt, FAST), box);

    expect(new TextDecoder().decode(actual)).toBe('ok');
  });

  it.each([
    ['another PIN', '482914', salt],
    ['another salt', '482913', new Uint8Array(16).fill(8)],
  ])('derives a different key from %s', async (_, pin, otherSalt) => {
    const box = await seal(await deriveKey('482913', salt, FAST), text('ok'));

    await expect(open(await deriveKey(pin, otherSalt, FAST), box)).rejects.toBeInstanceOf(
      OpenError,
    );
  });
});

function flipFirstByte(b64: string): string {
  const bytes = base64ToBytes(b64);
  bytes[0] = bytes[0]! ^ 0xff;
  return bytesToBase64(bytes);
}
