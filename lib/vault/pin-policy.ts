/**
 * What counts as an acceptable unlock secret: a PIN of at least 6 digits or a
 * passphrase of at least 10 characters (issue 3). Pure.
 */
export const MIN_PIN_DIGITS = 6;
export const MIN_PASSPHRASE_CHARS = 10;

export function isAcceptableSecret(secret: string): boolean {
  if (new RegExp(`^\\d{${MIN_PIN_DIGITS},}$`).test(secret)) return true;
  return [...secret].length >= MIN_PASSPHRASE_CHARS && secret.trim() === secret;
}
