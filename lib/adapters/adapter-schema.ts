/**
 * A site adapter: how Zijlijn recognises screens of a registration system and
 * where its fields are (data; matched by match-adapter.ts without zod).
 * Filled in by the host-integration issue; the pack model already carries it.
 */
import { z } from 'zod';

export const AdapterSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/),
  source: z.string().trim().min(3),
  version: z.number().int().min(1).default(1),
  disabled: z.boolean().optional(),
  name: z.string().min(1),
});
export type Adapter = z.infer<typeof AdapterSchema>;
