/**
 * The recorded conclusion of the afweging, kept among the vervoerscheck
 * answers under reserved `afweging-*` keys (no schema change of the
 * conversation): the conclusion text, the granted alternatives and the agreed
 * herbeoordeling. Only alternatives confirmed as `past` can be granted, and a
 * granted maatwerkvoorziening needs a herbeoordeling (issue 8 §4).
 */
import { z } from 'zod';
import type { Considered } from './settle-decisions';
import type { Conclusion } from './write-afweging';

export const CONCLUSION_KEYS = {
  text: 'afweging-conclusie',
  granted: 'afweging-toegekend',
  reEvaluation: 'afweging-herbeoordeling',
} as const;
export type ConclusionPart = keyof typeof CONCLUSION_KEYS;

export const RecordedConclusionSchema = z.object({
  text: z.string().max(4000).optional(),
  granted: z
    .array(z.string().regex(/^[a-z0-9-]+$/))
    .max(20)
    .optional(),
  /** Free text, e.g. "over 12 maanden, april 2027". */
  reEvaluation: z.string().max(200).optional(),
});
export type RecordedConclusion = z.infer<typeof RecordedConclusionSchema>;

/** Reads the reserved keys of `conversation.mobility`; an invalid part is dropped alone. */
export function readConclusion(stored: Readonly<Record<string, unknown>>): RecordedConclusion {
  const shape = RecordedConclusionSchema.shape;
  const recorded: Record<string, unknown> = {};
  for (const part of Object.keys(CONCLUSION_KEYS) as ConclusionPart[]) {
    const parsed = shape[part].safeParse(stored[CONCLUSION_KEYS[part]]);
    if (parsed.success && parsed.data !== undefined) recorded[part] = parsed.data;
  }
  return recorded as RecordedConclusion;
}

/** The alternatives the professional confirmed as fitting: the only ones that can be granted. */
export const grantable = (considered: readonly Considered[]): Considered[] =>
  considered.filter((c) => c.decision?.status === 'past');

/** Granted ids that are still confirmed as fitting, in ladder order. */
export function grantedOf(
  recorded: RecordedConclusion,
  considered: readonly Considered[],
): Considered[] {
  return grantable(considered).filter((c) => recorded.granted?.includes(c.alternative.id));
}

/** Granted maatwerkvoorzieningen while no herbeoordeling is agreed yet. */
export function missingReEvaluation(
  recorded: RecordedConclusion,
  considered: readonly Considered[],
): Considered[] {
  if (recorded.reEvaluation?.trim()) return [];
  return grantedOf(recorded, considered).filter((c) => c.alternative.rung === 'maatwerk');
}

/** The `conclusion` and `reEvaluation` inputs of writeAfweging. */
export function conclusionInput(
  recorded: RecordedConclusion,
  considered: readonly Considered[],
): { conclusion?: Conclusion; reEvaluation?: string } {
  const granted = grantedOf(recorded, considered).map((c) => c.alternative.id);
  const text = recorded.text?.trim() ?? '';
  return {
    conclusion: text || granted.length ? { text, granted } : undefined,
    reEvaluation: recorded.reEvaluation?.trim() || undefined,
  };
}
