/**
 * The single registry of messages between extension contexts. The receiver
 * validates every request with the schema here; types come from z.infer.
 * Content scripts may only `import type` from this file (it bundles zod).
 */
import { z } from 'zod';
import { AdapterSchema } from '../adapters/adapter-schema';
import type { SenderKind } from './classify-sender';

/** Ids only: a content script never sends page text (no case reference) to the background. */
export const HostAnnouncedSchema = z.strictObject({
  origin: z.string().max(200),
  screen: z.string().max(80).nullable(),
  adapterId: z.string().max(80).nullable(),
});

export const HostSummarySchema = z.object({
  tabId: z.number().int(),
  origin: z.string(),
  screen: z.string().nullable(),
  adapterId: z.string().nullable(),
  at: z.number(),
});
export type HostSummary = z.infer<typeof HostSummarySchema>;

export const AdapterStatusSchema = z.object({
  adapters: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      origin: z.enum(['builtin', 'policy', 'import']),
      screens: z.number().int(),
    }),
  ),
  problems: z.array(z.string()),
});
export type AdapterStatus = z.infer<typeof AdapterStatusSchema>;

/** Changes a closing panel hands over so the background can finish sealing and writing them. */
export const SaveChangesSchema = z.strictObject({
  conversationId: z.string().min(1).max(80),
  changes: z
    .array(
      z.strictObject({
        field: z.string().max(40),
        key: z.string().max(120).optional(),
        value: z.unknown(),
      }),
    )
    .min(1)
    .max(500),
});

export const protocol = {
  'host/announced': {
    request: HostAnnouncedSchema,
    response: z.object({ recorded: z.boolean() }),
    from: ['content'],
  },
  'host/status': {
    request: z.object({}).strict(),
    response: z.object({ hosts: z.array(HostSummarySchema) }),
    from: ['panel', 'options'],
  },
  /** The content script asks for the adapters in force, validated here first. */
  'host/adapters': {
    request: z.object({}).strict(),
    response: z.object({ adapters: z.array(AdapterSchema) }),
    from: ['content'],
  },
  'vault/save-changes': {
    request: SaveChangesSchema,
    response: z.object({ saved: z.number().int() }),
    from: ['panel'],
  },
  'adapters/status': {
    request: z.object({}).strict(),
    response: AdapterStatusSchema,
    from: ['panel', 'options'],
  },
} as const satisfies Record<
  string,
  { request: z.ZodType; response: z.ZodType; from: readonly SenderKind[] }
>;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.infer<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<Protocol[T]['response']>;

/** What travels over runtime messaging. */
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  data: RequestOf<T>;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: string };
