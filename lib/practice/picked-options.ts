/**
 * Picked-options mode for beginners: three prepared trainee utterances
 * (good / so-so / poor) for where the conversation stands. Reading options
 * never advances the PRNG; the order is shuffled from the seed and turn count
 * so "good" is not always first, yet stays stable on re-render.
 */
import type { PracticeState } from './engine-state';
import { shuffled } from './prng';
import { OPTION_QUALITIES, type OptionQuality } from './inwoner-reactions';
import type { OptionStage, Scenario } from './scenario-schema';

export interface PracticeOption {
  quality: OptionQuality;
  text: string;
}

/**
 * The stage to offer: the opening stage on the first turn, then the first
 * stage whose fact is still hidden. Null when nothing fits (or the session ended).
 */
export function currentStage(state: PracticeState, scenario: Scenario): OptionStage | null {
  if (state.outcome !== null) return null;
  const opening = scenario.options.find((o) => o.fact === null);
  if (state.log.length === 0 && opening) return opening;
  return scenario.options.find((o) => o.fact !== null && !state.uncovered.includes(o.fact)) ?? null;
}

export function optionsFor(state: PracticeState, scenario: Scenario): PracticeOption[] {
  const stage = currentStage(state, scenario);
  if (!stage) return [];
  const options = OPTION_QUALITIES.map((quality) => ({ quality, text: stage[quality] }));
  return shuffled(options, (state.seed ^ Math.imul(state.log.length + 1, 0x9e3779b1)) >>> 0);
}
