/**
 * The prompts engine: from phase, type, profiles, observed signals, open
 * checklist items and low ratings, the pack's prompts ranked best first.
 * Pure and cheap: the panel reruns it on every tap. Ties break on priority,
 * then id, so the same context always gives the same list.
 */
import type { Pack } from '../packs/pack-schema';
import type { PromptContext, RankedPrompt } from './prompt-context';
import { buildRankingLookup } from './ranking-lookup';
import { scorePrompt } from './score-prompt';

/** At most three prompts at once keeps the panel calm (PRODUCT §2.7). */
export const DEFAULT_PROMPT_LIMIT = 3;

/** The lookup depends only on the pack and the type; ranking reruns on every tap. */
const lookups = new WeakMap<
  Pack,
  Map<PromptContext['type'], ReturnType<typeof buildRankingLookup>>
>();
function lookupFor(pack: Pack, type: PromptContext['type']) {
  let byType = lookups.get(pack);
  if (!byType) lookups.set(pack, (byType = new Map()));
  let lookup = byType.get(type);
  if (!lookup) byType.set(type, (lookup = buildRankingLookup(pack, type)));
  return lookup;
}

export function rankPrompts(
  context: PromptContext,
  pack: Pack,
  limit = DEFAULT_PROMPT_LIMIT,
): RankedPrompt[] {
  const lookup = lookupFor(pack, context.type);
  const observed = new Set(context.signals);
  const ranked: RankedPrompt[] = [];
  for (const prompt of pack.prompts) {
    const result = scorePrompt(prompt, context, lookup, observed);
    if (result) ranked.push(result);
  }
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      b.prompt.priority - a.prompt.priority ||
      (a.prompt.id < b.prompt.id ? -1 : a.prompt.id > b.prompt.id ? 1 : 0),
  );
  return ranked.slice(0, Math.max(0, limit));
}
