/**
 * A site adapter: how Zijlijn recognises screens of a registration system and
 * where its fields are. Data, validated here in the background and the options
 * page; the content script only matches (match-adapter.ts, `import type`).
 * Field names are a public format (docs/ADMIN.md): add, never rename.
 */
import { z } from 'zod';
import { ConversationTypeSchema } from '../conversation/model';

const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'gebruik kleine letters, cijfers en streepjes');

/** A CSS selector; checked for syntax where a DOM is at hand (options import). */
const CssSelectorSchema = z.string().trim().min(1).max(300);

/** One selector in a fallback list: tried in order, each with why and when it was seen. */
export const SelectorStepSchema = z.strictObject({
  selector: CssSelectorSchema,
  note: z.string().trim().min(3, 'noteer waarom deze selector bestaat').max(300),
  /** The date the selector was seen working, YYYY-MM-DD. */
  seen: z.iso.date('gebruik de vorm JJJJ-MM-DD'),
});
export type SelectorStep = z.infer<typeof SelectorStepSchema>;

const SelectorListSchema = z.array(SelectorStepSchema).min(1).max(10);

/** Holds when `selector` finds an element whose text contains `text` (if given). */
export const MarkerSchema = z.strictObject({
  selector: CssSelectorSchema,
  text: z.string().trim().min(1).max(120).optional(),
});

export const ScreenSchema = z.strictObject({
  id: IdSchema,
  /** Dutch, as the user sees it in the host system. */
  name: z.string().trim().min(1).max(80),
  conversationType: ConversationTypeSchema.optional(),
  /** All must hold for the screen to be recognised. */
  markers: z.array(MarkerSchema).min(1).max(10),
  /** Overrides the adapter's case reference selectors on this screen. */
  caseRef: SelectorListSchema.optional(),
  /** Where the verslag goes on this screen; without it, the last focused field. */
  verslagField: SelectorListSchema.optional(),
});
export type Screen = z.infer<typeof ScreenSchema>;

/**
 * Chrome/Firefox match patterns, e.g. `https://sociaal.gemeente.nl/*`; the
 * scheme is http, https or `*`.
 */
const MatchPatternSchema = z
  .string()
  .max(200)
  .regex(
    /^(\*|https?):\/\/(\*|(\*\.)?[a-z0-9.-]+)(:\d{1,5})?\/.*$/i,
    'gebruik een match-patroon zoals https://sociaal.gemeente.nl/*',
  );

export const AdapterSchema = z.strictObject({
  id: IdSchema,
  source: z.string().trim().min(3, 'bron ontbreekt').max(300),
  version: z.number().int().min(1).default(1),
  /** A later layer (policy, import) can switch off an adapter by id. */
  disabled: z.boolean().optional(),
  name: z.string().trim().min(1).max(120),
  matches: z.array(MatchPatternSchema).min(1).max(50),
  caseRef: SelectorListSchema.optional(),
  screens: z.array(ScreenSchema).min(1).max(50),
});
export type Adapter = z.infer<typeof AdapterSchema>;
