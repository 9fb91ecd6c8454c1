/** lib/crypto: pure Web Crypto helpers. Only lib/vault calls seal/open. */
export * from './base64';
export * from './data-key';
export * from './derive-key';
export * from './random';
export * from './sealed-box';
