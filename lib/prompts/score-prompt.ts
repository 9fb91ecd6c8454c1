/**
 * One prompt against one context: hidden (`null`) or a score with reasons.
 * Hard rules hide a prompt; everything else only moves it up or down, and
 * every move that matters leaves a short Dutch reason for the panel.
 */
import type { ConversationType, Phase } from '../conversation/model';
import type { Prompt } from '../packs/pack-schema';
import type { PromptContext, RankedPrompt } from './prompt-context';
import { LOW_LOAD_SIGNALS, PHASE_LABELS, type RankingLookup } from './ranking-lookup';

/** "Na vertrouwen": never before there is a relationship (PRODUCT §2.4; seed-000 L2487-2491). */
const EARLY_PHASES: readonly Phase[] = ['voorbereiden', 'openen'];

export const WEIGHTS = {
  /** Per priority point (1…5). */
  priority: 10,
  /** Act-first behaviour under an acute signal: always on top (seed-002 L1491-1495). */
  actFirst: 200,
  signal: 40,
  extraSignal: 5,
  lowLoadShort: 20,
  lowLoadBehaviour: 15,
  lowLoadLong: -25,
  uncovered: 15,
  ratingLow: 15,
  ratingAcute: 20,
  profile: 15,
  phase: 5,
  type: 5,
} as const;

const TYPE_REASONS: Record<ConversationType, string> = {
  wmo: 'hoort bij het Wmo-onderzoek',
  vervoer: 'hoort bij de vervoersvraag',
  werk: 'hoort bij werk en participatie',
  vrij: 'hoort bij dit gesprek',
};

function isVisible(
  prompt: Prompt,
  context: PromptContext,
  lookup: RankingLookup,
  observed: ReadonlySet<string>,
): boolean {
  if (prompt.disabled || context.marks[prompt.id]) return false;
  if (prompt.phases.length > 0 && !prompt.phases.includes(context.phase)) return false;
  if (prompt.types.length > 0 && !prompt.types.includes(context.type)) return false;
  if (prompt.profiles.length > 0 && !prompt.profiles.some((id) => context.profiles.includes(id)))
    return false;
  // A prompt that lists signals answers those signals: it waits until one is observed.
  if (prompt.signals.length > 0 && !prompt.signals.some((id) => observed.has(id))) return false;
  if (prompt.avoidSignals.some((id) => observed.has(id))) return false;
  // Discussed, n.v.t. or parked for later: the professional has dealt with the topic.
  if (prompt.covers !== undefined && context.checklist[prompt.covers] !== undefined) return false;
  const coversSensitive =
    prompt.covers !== undefined && lookup.typeItems.get(prompt.covers)?.sensitive === true;
  return !((prompt.sensitive || coversSensitive) && EARLY_PHASES.includes(context.phase));
}

export function scorePrompt(
  prompt: Prompt,
  context: PromptContext,
  lookup: RankingLookup,
  observed: ReadonlySet<string>,
): RankedPrompt | null {
  if (!isVisible(prompt, context, lookup, observed)) return null;
  let score = prompt.priority * WEIGHTS.priority;
  const reasons: string[] = [];

  const matched = prompt.signals.filter((id) => observed.has(id));
  const acute = matched.filter((id) => lookup.acuteSignals.has(id));
  if (acute.length > 0 && prompt.kind === 'behaviour') {
    score += WEIGHTS.actFirst;
    reasons.push(`${lookup.signalName(acute[0]!)}: eerst handelen, uitleg later`);
  }
  if (matched.length > 0) {
    score += WEIGHTS.signal + (matched.length - 1) * WEIGHTS.extraSignal;
    const named = matched.filter((id) => !(prompt.kind === 'behaviour' && acute.includes(id)));
    if (named.length > 0)
      reasons.push(`past bij signaal ${named.map((id) => lookup.signalName(id)).join(', ')}`);
  }

  const lowLoad = LOW_LOAD_SIGNALS.filter((id) => observed.has(id));
  if (lowLoad.length > 0) {
    const unnamed = lowLoad
      .filter((id) => !matched.includes(id))
      .map((id) => lookup.signalName(id));
    if (prompt.short) {
      score += WEIGHTS.lowLoadShort;
      if (unnamed.length > 0) reasons.push(`signaal ${unnamed.join(', ')}: kort en concreet`);
    } else {
      score += WEIGHTS.lowLoadLong;
    }
    if (prompt.kind === 'behaviour') score += WEIGHTS.lowLoadBehaviour;
  }

  const item = prompt.covers === undefined ? undefined : lookup.typeItems.get(prompt.covers);
  if (item) {
    score += WEIGHTS.uncovered;
    reasons.push(`nog niet besproken: ${item.text}`);
  }

  const rating = prompt.lifeDomain === undefined ? undefined : context.ratings[prompt.lifeDomain];
  if (prompt.lifeDomain !== undefined && rating !== undefined && rating <= 2) {
    score += rating === 1 ? WEIGHTS.ratingAcute : WEIGHTS.ratingLow;
    reasons.push(`leefgebied ${lookup.domainName(prompt.lifeDomain)} scoort laag`);
  }

  const profiles = prompt.profiles.filter((id) => context.profiles.includes(id));
  if (profiles.length > 0) {
    score += WEIGHTS.profile;
    reasons.push(`past bij profiel ${profiles.map((id) => lookup.profileName(id)).join(', ')}`);
  }
  if (prompt.phases.length > 0) {
    score += WEIGHTS.phase;
    reasons.push(`past bij fase ${PHASE_LABELS[context.phase]}`);
  }
  if (prompt.types.length > 0) {
    score += WEIGHTS.type;
    reasons.push(TYPE_REASONS[context.type]);
  }
  if (reasons.length === 0)
    reasons.push(
      prompt.kind === 'question' ? 'past in elk gesprek' : 'goede gewoonte in elk gesprek',
    );
  return { prompt, score, reasons };
}
