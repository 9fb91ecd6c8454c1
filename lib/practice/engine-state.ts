/**
 * The practice engine's state as data: zod schemas so a stored or exported
 * session can be validated, and the types the reducer works on. The state is
 * plain JSON (no Maps, no functions) so it seals and replays as is.
 */
import { z } from 'zod';
import { FLAGS } from '../analyser/types';
import { OPTION_QUALITIES, OUTCOMES, REACTION_KINDS } from './inwoner-reactions';

const Level = z.number().min(0).max(100);

export const AnalysisSchema = z.object({
  text: z.string(),
  question: z.enum(['open', 'closed', 'none']),
  flags: z.array(z.enum(FLAGS)),
});

export const TurnRecordSchema = z.object({
  /** 0-based index of the trainee turn. */
  index: z.number().int().min(0),
  text: z.string(),
  analysis: AnalysisSchema,
  /** Set when the trainee picked a prepared option instead of typing. */
  picked: z.enum(OPTION_QUALITIES).nullable().default(null),
  kind: z.enum(REACTION_KINDS),
  reply: z.string(),
  /** The fact this turn uncovered, if any. */
  revealed: z.string().nullable(),
  /** The inwoner was too stressed to tell anything new. */
  overwhelmed: z.boolean().default(false),
  trustDelta: z.number(),
  stressDelta: z.number(),
  /** Levels after this turn. */
  trust: Level,
  stress: Level,
});
export type TurnRecord = z.infer<typeof TurnRecordSchema>;

export const PracticeStateSchema = z.object({
  scenarioId: z.string().min(1),
  scenarioVersion: z.number().int().min(1),
  seed: z.number().int(),
  /** The PRNG's state (uint32), advanced by every reply choice. */
  rng: z.number().int().min(0).max(0xffffffff),
  /** Last variant index used per reaction kind, to avoid verbatim repeats. */
  lastVariant: z.record(z.string(), z.number().int().min(0)).default({}),
  trust: Level,
  stress: Level,
  startTrust: Level,
  startStress: Level,
  /** Fact ids in the order they came out. */
  uncovered: z.array(z.string()),
  log: z.array(TurnRecordSchema),
  outcome: z.enum(OUTCOMES).nullable(),
  /** The inwoner's closing words once the session ended. */
  ending: z.string().nullable(),
});
export type PracticeState = z.infer<typeof PracticeStateSchema>;
