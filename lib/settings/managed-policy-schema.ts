/**
 * What a municipality can set through browser policy (storage.managed),
 * described for the browser in public/managed-schema.json. Complex values
 * arrive as JSON text: that is how registry- and plist-based policy tools
 * carry them, and Chrome's schema language cannot describe a whole pack.
 */
import { z } from 'zod';

export const ManagedPolicySchema = z.object({
  /** A content pack (JSON text), layered over the default and imported packs. */
  contentPack: z.string().max(2_000_000).optional(),
  /** Site adapters (JSON text of an array), added to the built-in ones. */
  adapters: z.string().max(500_000).optional(),
  /** Upper bound for the retention period in days (1–365). */
  retentionDaysMax: z.number().int().min(1).max(365).optional(),
  /** Upper bound for the auto-lock delay in minutes (1–240). */
  autoLockMinutesMax: z.number().int().min(1).max(240).optional(),
  /** Sites where Zijlijn may be used (match patterns), shown to the user as pre-approved. */
  allowedSites: z.array(z.string().max(200)).max(200).optional(),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicySchema>;

export const MANAGED_KEYS = Object.keys(ManagedPolicySchema.shape) as (keyof ManagedPolicy)[];

/**
 * Keeps every valid key and reports the invalid ones, so one bad value does
 * not switch off the rest of a municipality's policy.
 */
export function parseManagedPolicy(raw: Record<string, unknown>): {
  policy: ManagedPolicy;
  problems: string[];
} {
  const policy: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const key of MANAGED_KEYS) {
    if (raw[key] === undefined) continue;
    const parsed = ManagedPolicySchema.shape[key].safeParse(raw[key]);
    if (parsed.success) policy[key] = parsed.data;
    else problems.push(`Beleidsinstelling "${key}" is ongeldig en wordt genegeerd.`);
  }
  return { policy: policy as ManagedPolicy, problems };
}
