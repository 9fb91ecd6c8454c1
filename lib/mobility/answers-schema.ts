/**
 * The vervoerscheck answers as stored in `conversation.mobility` (key → value).
 * Every answer is optional: absent means "nog niet gevraagd", never "nee".
 * Keys are camelCase and never contain "." (the vault uses them in key paths).
 * The `afweging-*` keys are reserved for the recorded conclusion (conclusion.ts);
 * readMobilityAnswers leaves them out, readConclusion validates them.
 */
import { z } from 'zod';

// Purposes: PRODUCT §3.4, issue 8; social participation goals: domain-anchors §1.6.
export const PURPOSES = [
  'boodschappen',
  'familie-vrienden',
  'activiteiten',
  'medisch',
  'werk-vrijwilligerswerk',
] as const;
export type Purpose = (typeof PURPOSES)[number];

export const FREQUENCIES = [
  'dagelijks',
  'paar-keer-per-week',
  'wekelijks',
  'maandelijks',
  'soms',
] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const CYCLING = ['nee', 'tweewieler', 'driewieler', 'e-bike'] as const;
export const OV_USE = ['zelfstandig', 'met-hulp', 'nee'] as const;
export const HELPERS = ['huisgenoot', 'familie', 'buren', 'vrienden', 'niemand'] as const;
export const AVAILABILITY = ['dagelijks', 'wekelijks', 'af-en-toe', 'niet'] as const;
export const TRAFFIC_DOUBTS = ['zicht', 'cognitie', 'reactie', 'geen'] as const;
export type TrafficDoubt = (typeof TRAFFIC_DOUBTS)[number];
export const PROVISIONS = [
  'rollator',
  'wandelstok',
  'rolstoel',
  'driewielfiets',
  'regiotaxi-pas',
  'valys-pas',
  'boodschappendienst',
  'geen',
] as const;

export const DestinationSchema = z.object({
  purpose: z.enum(PURPOSES),
  /** One way, in km. */
  km: z.number().min(0).max(500).optional(),
  frequency: z.enum(FREQUENCIES).optional(),
});
export type Destination = z.infer<typeof DestinationSchema>;

export const MobilityAnswersSchema = z.object({
  destinations: z.array(DestinationSchema).max(20).optional(),
  walkingMeters: z.number().int().min(0).max(20_000).optional(),
  walkingWithAid: z.boolean().optional(),
  cycling: z.enum(CYCLING).optional(),
  ov: z.enum(OV_USE).optional(),
  ownCar: z.boolean().optional(),
  driverInNetwork: z.boolean().optional(),
  networkHelpers: z.array(z.enum(HELPERS)).optional(),
  networkAvailability: z.enum(AVAILABILITY).optional(),
  // Anti-revaliderend risico: seed-002 L2185-2189, CRvB 2016:1741.
  exerciseImportant: z.boolean().optional(),
  progressive: z.boolean().optional(),
  fallRisk: z.boolean().optional(),
  trafficDoubts: z.array(z.enum(TRAFFIC_DOUBTS)).optional(),
  storageAtHome: z.boolean().optional(),
  chargingAtHome: z.boolean().optional(),
  provisionsUsed: z.array(z.enum(PROVISIONS)).optional(),
  // Seed-002 L2270-2271: many inwoners arrive focused on the scootmobiel only.
  focusOnlyScootmobiel: z.boolean().optional(),
});
export type MobilityAnswers = z.infer<typeof MobilityAnswersSchema>;
export type AnswerKey = keyof MobilityAnswers;

export const ANSWER_KEYS = Object.keys(MobilityAnswersSchema.shape) as AnswerKey[];

/**
 * Reads `conversation.mobility`, keeping every valid answer and dropping the
 * invalid or unknown ones, so one bad entry never hides the rest.
 */
export function readMobilityAnswers(stored: Record<string, unknown>): MobilityAnswers {
  const shape = MobilityAnswersSchema.shape;
  const answers: Record<string, unknown> = {};
  for (const key of ANSWER_KEYS) {
    if (!(key in stored)) continue;
    const parsed = shape[key].safeParse(stored[key]);
    if (parsed.success && parsed.data !== undefined) answers[key] = parsed.data;
  }
  return answers as MobilityAnswers;
}

/** Multi-answers where an explicit "geen"/"niemand" means "asked, none". */
export const withoutNone = <T extends string>(values: readonly T[] | undefined): T[] | undefined =>
  values?.filter((value) => value !== 'geen' && value !== 'niemand');
