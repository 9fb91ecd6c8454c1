/**
 * The content model: every piece of domain knowledge is a pack item with a
 * stable id and a source. A pack may be partial (a municipal override); parse
 * packs with `parsePack` (load-packs.ts), layer them with `resolvePacks`
 * (merge-packs.ts). Field names are a public format: add, never rename.
 */
import { z } from 'zod';
import { ConversationTypeSchema, PhaseSchema } from '../conversation/model';
import { AdapterSchema } from '../adapters/adapter-schema';
import { ScenarioSchema } from '../practice/scenario-schema';

/** Lower-case ids; also used as Dexie key-path segments, so never a ".". */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'gebruik kleine letters, cijfers en streepjes');

/** Where the content comes from: a seed line range, a law article or a public reference. */
export const SourceSchema = z.string().trim().min(3, 'bron ontbreekt').max(300);

/** Optional English texts, keyed by the Dutch field they translate. */
const EnSchema = z.record(z.string(), z.string()).optional();

const item = <T extends z.ZodRawShape>(shape: T) =>
  z.object({
    id: IdSchema,
    source: SourceSchema,
    version: z.number().int().min(1).default(1),
    /** A municipal pack can switch off a default item by id. */
    disabled: z.boolean().optional(),
    en: EnSchema,
    ...shape,
  });

export const LifeDomainSchema = item({
  name: z.string().min(1),
  description: z.string().min(1),
  /** Five level descriptions, index 0 = level 1 (acuut) … index 4 = level 5 (volledig zelfredzaam). */
  levels: z.array(z.string().min(1)).length(5),
  order: z.number().int(),
});
export type LifeDomain = z.infer<typeof LifeDomainSchema>;

export const HealthDimensionSchema = item({
  name: z.string().min(1),
  description: z.string().min(1),
  lifeDomains: z.array(IdSchema).min(1),
});
export type HealthDimension = z.infer<typeof HealthDimensionSchema>;

export const ChecklistItemSchema = z.object({
  id: IdSchema,
  text: z.string().min(1),
  /** Short explanation or example question. */
  hint: z.string().default(''),
  category: z.string().min(1),
  legalBasis: z.string().default(''),
  /** "Na vertrouwen": raise only once there is a relationship. */
  sensitive: z.boolean().default(false),
  lifeDomain: IdSchema.optional(),
  source: SourceSchema,
  en: EnSchema,
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const ChecklistSchema = item({
  name: z.string().min(1),
  types: z.array(ConversationTypeSchema).min(1),
  items: z.array(ChecklistItemSchema).min(1),
});
export type Checklist = z.infer<typeof ChecklistSchema>;

export const PromptSchema = item({
  text: z.string().min(1),
  kind: z.enum(['question', 'behaviour']),
  /** Empty = every phase / type / profile. */
  phases: z.array(PhaseSchema).default([]),
  types: z.array(ConversationTypeSchema).default([]),
  profiles: z.array(IdSchema).default([]),
  /** Shown (boosted) when any of these signals is observed. */
  signals: z.array(IdSchema).default([]),
  /** Hidden while any of these signals is observed (e.g. long questions under overwhelm). */
  avoidSignals: z.array(IdSchema).default([]),
  lifeDomain: IdSchema.optional(),
  /** Checklist item this prompt helps to cover. */
  covers: IdSchema.optional(),
  sensitive: z.boolean().default(false),
  /** Short and concrete: suits a stressed inwoner. */
  short: z.boolean().default(false),
  /** 1 (nice to have) … 5 (do this first). */
  priority: z.number().int().min(1).max(5).default(3),
  why: z.string().min(1),
});
export type Prompt = z.infer<typeof PromptSchema>;

export const StressSignalSchema = item({
  name: z.string().min(1),
  /** What the professional observes. */
  observe: z.string().min(1),
  /** How the panel and the professional adapt. */
  adapt: z.string().min(1),
  acute: z.boolean().default(false),
});
export type StressSignal = z.infer<typeof StressSignalSchema>;

export const ProfileSchema = item({
  name: z.string().min(1),
  description: z.string().min(1),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const JargonEntrySchema = item({
  term: z.string().min(2),
  /** Other spellings and inflections beyond the regular plural/compound forms. */
  variants: z.array(z.string().min(2)).default([]),
  /** The B1 alternative, written to replace the term in a sentence. */
  b1: z.string().min(1),
  explanation: z.string().default(''),
});
export type JargonEntry = z.infer<typeof JargonEntrySchema>;

export const DebtSignalSchema = item({
  text: z.string().min(1),
  category: z.string().min(1),
});
export type DebtSignal = z.infer<typeof DebtSignalSchema>;

export const PrepItemSchema = item({
  text: z.string().min(1),
  hint: z.string().default(''),
});
export type PrepItem = z.infer<typeof PrepItemSchema>;

export const RUNGS = ['eigen-kracht', 'netwerk', 'voorliggend', 'maatwerk'] as const;

export const MobilityAlternativeSchema = item({
  name: z.string().min(1),
  rung: z.enum(RUNGS),
  description: z.string().min(1),
  /** Local name and contact details (municipal packs). */
  local: z.object({ name: z.string(), contact: z.string().default('') }).optional(),
  /** Available in this municipality (a pack can say false). */
  available: z.boolean().default(true),
});
export type MobilityAlternative = z.infer<typeof MobilityAlternativeSchema>;

export const MobilitySettingsSchema = z.object({
  /** Loopafstand below which a vervoersprobleem is assumed (default 100 m; some 200 m). */
  walkingThresholdMeters: z.number().int().min(10).max(2000),
  source: SourceSchema,
});
export type MobilitySettings = z.infer<typeof MobilitySettingsSchema>;

/** Collections merged per id (order = order of the pack file). */
const COLLECTION_NAMES = [
  'lifeDomains',
  'healthDimensions',
  'checklists',
  'prompts',
  'signals',
  'profiles',
  'jargon',
  'debtSignals',
  'prepItems',
  'mobilityAlternatives',
  'scenarios',
  'adapters',
] as const;

export const PackSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  version: z.string().min(1),
  lifeDomains: z.array(LifeDomainSchema).default([]),
  healthDimensions: z.array(HealthDimensionSchema).default([]),
  checklists: z.array(ChecklistSchema).default([]),
  prompts: z.array(PromptSchema).default([]),
  signals: z.array(StressSignalSchema).default([]),
  profiles: z.array(ProfileSchema).default([]),
  jargon: z.array(JargonEntrySchema).default([]),
  debtSignals: z.array(DebtSignalSchema).default([]),
  prepItems: z.array(PrepItemSchema).default([]),
  mobilityAlternatives: z.array(MobilityAlternativeSchema).default([]),
  mobility: MobilitySettingsSchema.optional(),
  scenarios: z.array(ScenarioSchema).default([]),
  adapters: z.array(AdapterSchema).default([]),
  /**
   * Ids this pack switches off in earlier layers, per collection. `parsePack`
   * fills it from stub items `{ "id": "…", "disabled": true }`.
   */
  removals: z.partialRecord(z.enum(COLLECTION_NAMES), z.array(IdSchema)).optional(),
});
export type Pack = z.infer<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;

/** Collections merged per id. */
export const COLLECTIONS = COLLECTION_NAMES satisfies readonly (keyof Pack)[];
export type Collection = (typeof COLLECTIONS)[number];
