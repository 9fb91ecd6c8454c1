/**
 * A stored practice session: the engine state plus what the UI adds (mode,
 * times, the trainee's answers to the reflection questions). The vault's
 * generic sealed store validates with this schema when it opens a record, so
 * the shape only grows with defaults; no personal data of a real inwoner lives here.
 */
import { z } from 'zod';
import { PracticeStateSchema } from './engine-state';
import { startSession } from './practice-engine';
import type { Scenario } from './scenario-schema';

export const PracticeModeSchema = z.enum(['typed', 'options']);
export type PracticeMode = z.infer<typeof PracticeModeSchema>;

const Answer = z.string().max(4000).default('');

/** The trainee's answers to "Wat werkte wel? Wat werkte niet? Hoe kan het beter?". */
export const ReflectionAnswersSchema = z.object({
  worked: Answer,
  didNotWork: Answer,
  better: Answer,
});
export type ReflectionAnswers = z.infer<typeof ReflectionAnswersSchema>;

export const PracticeSessionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,80}$/),
  scenarioId: z.string().min(1),
  scenarioVersion: z.number().int().min(1),
  /** Kept so the list still reads well if the pack later drops the scenario. */
  scenarioTitle: z.string().min(1),
  mode: PracticeModeSchema.default('typed'),
  startedAt: z.number(),
  endedAt: z.number().nullable().default(null),
  state: PracticeStateSchema,
  reflection: ReflectionAnswersSchema.default({ worked: '', didNotWork: '', better: '' }),
});
export type PracticeSession = z.infer<typeof PracticeSessionSchema>;

export function newPracticeSession(
  scenario: Scenario,
  init: { id: string; seed: number; mode: PracticeMode; now: number },
): PracticeSession {
  return {
    id: init.id,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    scenarioTitle: scenario.title,
    mode: init.mode,
    startedAt: init.now,
    endedAt: null,
    state: startSession(scenario, init.seed),
    reflection: { worked: '', didNotWork: '', better: '' },
  };
}
