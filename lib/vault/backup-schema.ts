/**
 * The backup file format, validated with zod before anything is written.
 * Outer envelope (plaintext JSON): `{ format, version, kdf, salt, box }`; the
 * box opens (with a passphrase-derived key) to the payload below.
 */
import { z } from 'zod';

export const BACKUP_FORMAT = 'zijlijn-backup';
export const BACKUP_VERSION = 1;
/** Guards against a file that asks for hours of key derivation. */
export const MAX_BACKUP_ITERATIONS = 5_000_000;
export const MAX_BACKUP_CHARS = 200_000_000;

export const SealedBoxSchema = z.strictObject({
  v: z.literal(1),
  alg: z.literal('A256GCM'),
  iv: z.string().max(64),
  ct: z.string(),
});

export const KdfParamsSchema = z.strictObject({
  name: z.literal('PBKDF2'),
  hash: z.literal('SHA-256'),
  iterations: z.number().int().min(1).max(MAX_BACKUP_ITERATIONS),
});

export const BackupEnvelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  kdf: KdfParamsSchema,
  salt: z.string().max(64),
  box: SealedBoxSchema,
});
export type BackupEnvelope = z.infer<typeof BackupEnvelopeSchema>;

export const PracticeSessionBackupSchema = z.strictObject({
  id: z.string().min(1).max(200),
  createdAt: z.number(),
  updatedAt: z.number(),
  expiresAt: z.number(),
  value: z.unknown(),
});

/** Items are checked one by one afterwards so errors can name "gesprek 3". */
export const BackupPayloadSchema = z.strictObject({
  exportedAt: z.number(),
  conversations: z.array(z.unknown()),
  practiceSessions: z.array(z.unknown()),
});
export type BackupPayload = z.infer<typeof BackupPayloadSchema>;
