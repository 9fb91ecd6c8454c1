/**
 * The in-memory shape of one conversation (plaintext; the vault stores it
 * sealed, field by field). Map keys are pack item ids or generated ids and
 * never contain "." (the vault uses them in Dexie key paths).
 */
import { z } from 'zod';

export const CONVERSATION_TYPES = ['wmo', 'vervoer', 'werk', 'vrij'] as const;
export const ConversationTypeSchema = z.enum(CONVERSATION_TYPES);
export type ConversationType = z.infer<typeof ConversationTypeSchema>;

export const PHASES = ['voorbereiden', 'openen', 'verkennen', 'afspraken', 'afronden'] as const;
export const PhaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof PhaseSchema>;

/** Absent = "nog niet besproken". */
export const ChecklistStateSchema = z.enum(['besproken', 'nvt', 'later']);
export type ChecklistState = z.infer<typeof ChecklistStateSchema>;

export const PromptMarkSchema = z.enum(['gesteld', 'niet-nu']);
export type PromptMark = z.infer<typeof PromptMarkSchema>;

/** ZRM-style level: 1 acuut … 5 volledig zelfredzaam. */
export const RatingSchema = z.number().int().min(1).max(5);
export type Rating = z.infer<typeof RatingSchema>;

export const DomainNoteSchema = z.object({
  own: z.string().max(4000).default(''),
  strengths: z.string().max(4000).default(''),
  wish: z.string().max(4000).default(''),
});
export type DomainNote = z.infer<typeof DomainNoteSchema>;

export const AGREEMENT_PARTIES = ['inwoner', 'consulent', 'netwerk', 'organisatie'] as const;

export const HandoverSchema = z.object({
  organisation: z.string().max(200).default(''),
  goal: z.string().max(1000).default(''),
  duration: z.string().max(200).default(''),
  feedback: z.string().max(1000).default(''),
  lead: z.string().max(200).default(''),
  consent: z.boolean().default(false),
});
export type Handover = z.infer<typeof HandoverSchema>;

export const AgreementSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  who: z.enum(AGREEMENT_PARTIES),
  whoName: z.string().max(200).default(''),
  what: z.string().max(2000),
  when: z.string().max(40).default(''),
  done: z.boolean().default(false),
  handover: HandoverSchema.nullable().default(null),
  createdAt: z.number(),
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const ConversationSchema = z.object({
  id: z.string().min(1),
  type: ConversationTypeSchema,
  label: z.string().max(80),
  profiles: z.array(z.string()).default([]),
  phase: PhaseSchema.default('voorbereiden'),
  /** Epoch ms when the talk started (timer); null before Openen. */
  startedAt: z.number().nullable().default(null),
  prep: z.record(z.string(), z.boolean()).default({}),
  checklist: z.record(z.string(), ChecklistStateSchema).default({}),
  signals: z.record(z.string(), z.boolean()).default({}),
  prompts: z.record(z.string(), PromptMarkSchema).default({}),
  ratings: z.record(z.string(), RatingSchema).default({}),
  notes: z.record(z.string(), DomainNoteSchema).default({}),
  agreements: z.record(z.string(), AgreementSchema).default({}),
  /** Answers of the vervoerscheck (lib/mobility owns their meaning). */
  mobility: z.record(z.string(), z.unknown()).default({}),
  /** Professional's decision per mobility alternative. */
  decisions: z
    .record(z.string(), z.object({ status: z.string(), reason: z.string().max(2000) }))
    .default({}),
  /** Texts the professional edited after generation (verslag, brief, afweging). */
  texts: z.record(z.string(), z.string().max(40_000)).default({}),
  /** Keyed hash linking to a host case; the reference itself is never stored. */
  caseHash: z.string().nullable().default(null),
  createdAt: z.number(),
  updatedAt: z.number(),
  expiresAt: z.number(),
});
export type Conversation = z.infer<typeof ConversationSchema>;

/** Fields that hold a map and are stored one entry per sealed field. */
export const MAP_FIELDS = [
  'prep',
  'checklist',
  'signals',
  'prompts',
  'ratings',
  'notes',
  'agreements',
  'mobility',
  'decisions',
  'texts',
] as const;
export type MapField = (typeof MAP_FIELDS)[number];

/** Scalar personal fields stored as one sealed field each. */
export const SCALAR_FIELDS = ['label', 'profiles', 'phase', 'startedAt'] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];

/**
 * One change: a scalar field, or one entry of a map field (`value: undefined`
 * removes the entry). Patches from two panels touching different entries merge.
 */
export type ConversationChange =
  | { [F in ScalarField]: { field: F; value: Conversation[F] } }[ScalarField]
  | {
      [F in MapField]: { field: F; key: string; value: Conversation[F][string] | undefined };
    }[MapField];

export function applyChange(conversation: Conversation, change: ConversationChange): Conversation {
  if ('key' in change) {
    const current = conversation[change.field] as Record<string, unknown>;
    const map = Object.fromEntries(Object.entries(current).filter(([key]) => key !== change.key));
    if (change.value !== undefined) map[change.key] = change.value;
    return { ...conversation, [change.field]: map };
  }
  return { ...conversation, [change.field]: change.value };
}
