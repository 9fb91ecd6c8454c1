/**
 * A simulated inwoner for practice mode: pack data, validated here; the
 * engine (practice-engine.ts) is code. Every reply list must hold at least one
 * variant for every reaction kind, so the engine never lacks a line to say.
 */
import { z } from 'zod';
import { OPTION_QUALITIES, OUTCOMES, REACTION_KINDS, TECHNIQUES } from './inwoner-reactions';

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'gebruik kleine letters, cijfers en streepjes');
const Level = z.number().int().min(0).max(100);
const Line = z.string().trim().min(2);

export const PersonaSchema = z.object({
  name: z.string().min(1),
  age: z.number().int().min(12).max(110),
  /** One line: who sits at the table and why. */
  situation: Line,
  /** A few sentences the trainee reads before starting. */
  background: Line,
});
export type Persona = z.infer<typeof PersonaSchema>;

export const TriggerSchema = z.object({
  /** Word starts (lower case) that tie a turn to this topic: "schuld" matches "schulden". */
  keywords: z.array(z.string().trim().min(2)).min(1),
  /** Any of these techniques in the turn can uncover the fact. */
  ask: z.array(z.enum(TECHNIQUES)).min(1).default(['open', 'reflection']),
  /** Below this trust the inwoner evades the topic. */
  minTrust: Level.default(0),
  /** Also told after a topic-free open question or reflection ("vertel eens…"). */
  openInvite: z.boolean().default(false),
});
export type Trigger = z.infer<typeof TriggerSchema>;

export const FactSchema = z.object({
  id: Id,
  /** The fact as the debrief states it. */
  text: Line,
  /** What the inwoner says when this comes out. */
  reveal: Line,
  /** Short answer to a closed question on the topic, when `ask` lacks "closed". */
  closedReply: Line.optional(),
  /** Evasive answer when trust is still too low (falls back to replies.guarded). */
  guardedReply: Line.optional(),
  /** Tip for the debrief when the fact was missed. */
  tip: Line.optional(),
  triggers: TriggerSchema,
  source: z.string().trim().min(3).optional(),
});
export type Fact = z.infer<typeof FactSchema>;

const replyShape = Object.fromEntries(
  REACTION_KINDS.map((kind) => [kind, z.array(Line).min(1)]),
) as Record<(typeof REACTION_KINDS)[number], z.ZodArray<typeof Line>>;
export const RepliesSchema = z.object(replyShape);
export type Replies = z.infer<typeof RepliesSchema>;

/** Per-scenario change of the default trust/stress effect of a reaction kind. */
export const EffectSchema = z.object({
  trust: z.number().int().min(-50).max(50),
  stress: z.number().int().min(-50).max(50),
});
export type Effect = z.infer<typeof EffectSchema>;

export const OptionStageSchema = z.object({
  id: Id,
  /** The fact this stage works towards; null = the opening stage. */
  fact: Id.nullable(),
  ...(Object.fromEntries(OPTION_QUALITIES.map((q) => [q, Line])) as Record<
    (typeof OPTION_QUALITIES)[number],
    typeof Line
  >),
});
export type OptionStage = z.infer<typeof OptionStageSchema>;

export const ScenarioSchema = z
  .object({
    id: Id,
    source: z.string().trim().min(3),
    version: z.number().int().min(1).default(1),
    disabled: z.boolean().optional(),
    en: z.record(z.string(), z.string()).optional(),
    title: z.string().min(1),
    /** One line for the scenario list. */
    summary: Line,
    /** Inwoner profile ids (pack profiles), e.g. "statushouder". */
    profiles: z.array(Id).default([]),
    level: z.enum(['beginner', 'gevorderd']).default('beginner'),
    persona: PersonaSchema,
    opening: Line,
    trust: Level,
    stress: Level,
    /** At or below this trust the inwoner ends the conversation. */
    trustFloor: Level.default(10),
    /** At or above this stress nothing new is told (overweldigd). */
    stressCeiling: Level.default(85),
    /** Extra stress from a sentence over 20 words (seed-002 L1477-1480); higher for a language barrier. */
    longStress: z.number().int().min(0).max(30).default(4),
    maxTurns: z.number().int().min(3).max(60).default(20),
    facts: z.array(FactSchema).min(2),
    replies: RepliesSchema,
    effects: z.partialRecord(z.enum(REACTION_KINDS), EffectSchema).default({}),
    endings: z.object(
      Object.fromEntries(OUTCOMES.map((o) => [o, Line])) as Record<
        (typeof OUTCOMES)[number],
        typeof Line
      >,
    ),
    options: z.array(OptionStageSchema).default([]),
  })
  .superRefine((s, ctx) => {
    const ids = new Set(s.facts.map((f) => f.id));
    if (ids.size !== s.facts.length)
      ctx.addIssue({ code: 'custom', message: 'dubbele feit-id', path: ['facts'] });
    s.options.forEach((o, i) => {
      if (o.fact !== null && !ids.has(o.fact))
        ctx.addIssue({
          code: 'custom',
          message: `onbekend feit "${o.fact}"`,
          path: ['options', i, 'fact'],
        });
    });
  });
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
