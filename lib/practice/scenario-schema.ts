/**
 * A simulated inwoner for practice mode (data; the engine is code).
 * Filled in by the practice issue; the pack model already carries it.
 */
import { z } from 'zod';

export const ScenarioSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/),
  source: z.string().trim().min(3),
  version: z.number().int().min(1).default(1),
  disabled: z.boolean().optional(),
  title: z.string().min(1),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
