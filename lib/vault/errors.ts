/**
 * Typed vault errors with a plain Dutch message (PRODUCT §6: bad input gets a
 * clear message and changes nothing). `toVaultError` maps IndexedDB and Web
 * Crypto failures so the UI never shows a raw DOMException.
 */
export const VAULT_ERROR_MESSAGES = {
  locked: 'Zijlijn is vergrendeld. Ontgrendel met uw pincode.',
  'not-set-up': 'Er is nog geen pincode ingesteld.',
  'pin-format':
    'Kies een pincode van minstens 6 cijfers, of een wachtwoord van minstens 10 tekens.',
  'pin-mismatch': 'De twee pincodes zijn niet gelijk.',
  'wrong-pin': 'Deze pincode klopt niet.',
  backoff: 'Te vaak een verkeerde pincode. Wacht even en probeer het dan opnieuw.',
  quota: 'Er is geen opslagruimte meer op deze computer. Verwijder oude gesprekken of maak ruimte.',
  unavailable:
    'Zijlijn kan de opslag van de browser niet openen. Gebruikt u een privévenster? Dan werkt opslaan niet.',
  decrypt: 'Een deel van dit gesprek kan niet worden geopend. De rest is wel bruikbaar.',
  bsn: 'Zijlijn bewaart geen BSN. Haal het nummer weg; het staat al in het registratiesysteem.',
  invalid: 'Deze gegevens kloppen niet en zijn niet opgeslagen.',
  'not-found': 'Dit gesprek bestaat niet meer. Misschien is de bewaartermijn verlopen.',
  'backup-unreadable': 'Het bestand is niet leesbaar als Zijlijn-back-up.',
  'backup-password': 'Verkeerd wachtwoord, of het bestand is beschadigd.',
  'backup-version': 'Onbekende versie van de back-up. Werk Zijlijn bij en probeer het opnieuw.',
  'backup-invalid': 'De back-up bevat ongeldige gegevens.',
  'backup-passphrase': 'Kies voor de back-up een wachtwoord van minstens 10 tekens.',
  unknown: 'Er ging iets mis met de opslag. Er is niets half opgeslagen.',
} as const;

export type VaultErrorCode = keyof typeof VAULT_ERROR_MESSAGES;

export class VaultError extends Error {
  override name = 'VaultError';

  constructor(
    readonly code: VaultErrorCode,
    options: { detail?: string; cause?: unknown; retryAt?: number } = {},
  ) {
    super(
      options.detail
        ? `${VAULT_ERROR_MESSAGES[code]} (${options.detail})`
        : VAULT_ERROR_MESSAGES[code],
      { cause: options.cause },
    );
    this.detail = options.detail;
    this.retryAt = options.retryAt;
  }

  /** Extra Dutch detail, e.g. "gesprek 3 ongeldig: label te lang". */
  readonly detail: string | undefined;
  /** For `backoff`: epoch ms when the next try is accepted. */
  readonly retryAt: number | undefined;
}

const QUOTA_NAMES = new Set(['QuotaExceededError']);
const UNAVAILABLE_NAMES = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'InvalidStateError',
  'DatabaseClosedError',
  'UnknownError',
  'SecurityError',
]);

export function toVaultError(error: unknown): VaultError {
  if (error instanceof VaultError) return error;
  const names = errorNames(error);
  if (names.some((n) => QUOTA_NAMES.has(n))) return new VaultError('quota', { cause: error });
  if (names.some((n) => UNAVAILABLE_NAMES.has(n))) {
    return new VaultError('unavailable', { cause: error });
  }
  if (names.includes('OpenError')) return new VaultError('decrypt', { cause: error });
  return new VaultError('unknown', { cause: error });
}

/** Dexie wraps DOMExceptions (`inner`) and abort reasons; look through them. */
function errorNames(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown };
  return [
    ...(typeof e.name === 'string' ? [e.name] : []),
    ...errorNames(e.inner, depth + 1),
    ...errorNames(e.cause, depth + 1),
  ];
}
