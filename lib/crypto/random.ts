/** Cryptographically strong random bytes from Web Crypto (never Math.random). */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}
