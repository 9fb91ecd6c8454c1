/**
 * How the simulated inwoner reads a trainee turn: one reaction kind per turn,
 * chosen from the analyser's output, and its default effect on trust and
 * stress. The priority order is the invariant: what hurts most wins.
 */
import type { UtteranceAnalysis } from '../analyser/types';

export const REACTION_KINDS = [
  'open',
  'closed',
  'leading',
  'jargon',
  'reflection',
  'summary',
  'correction',
  'advice',
  'why',
  'double',
  'guarded',
  'neutral',
] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

/** What a turn can use to uncover a fact (a summary confirms; see `invitesMore`). */
export const TECHNIQUES = ['open', 'closed', 'reflection'] as const;
export type Technique = (typeof TECHNIQUES)[number];

export const OUTCOMES = ['all-facts', 'trust-lost', 'max-turns', 'trainee-ended'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OPTION_QUALITIES = ['good', 'soso', 'poor'] as const;
export type OptionQuality = (typeof OPTION_QUALITIES)[number];

/**
 * Default effects. Reflection and summary build trust most (ORBS, domain-anchors §5.2);
 * advice too early, leading questions and jargon cost most (OMA, §5.1; jargon and
 * switching language level: seed-002 L1459-1462).
 */
export const DEFAULT_EFFECTS: Record<ReactionKind, { trust: number; stress: number }> = {
  open: { trust: 4, stress: -2 },
  closed: { trust: 0, stress: 0 },
  leading: { trust: -8, stress: 3 },
  jargon: { trust: -4, stress: 10 },
  reflection: { trust: 8, stress: -6 },
  summary: { trust: 6, stress: -4 },
  correction: { trust: -3, stress: 2 },
  advice: { trust: -10, stress: 6 },
  why: { trust: -5, stress: 4 },
  double: { trust: -1, stress: 4 },
  guarded: { trust: 0, stress: 2 },
  neutral: { trust: 0, stress: 0 },
};

export interface ReactionContext {
  /** True while fewer than half of the facts are known: advice now is premature. */
  adviceTooEarly: boolean;
  /** The summary names a topic the inwoner has not told yet (invullen voor de ander). */
  summaryFillsIn: boolean;
}

/** The one reaction kind for a turn, before fact matching (which may turn it into `guarded`). */
export function classifyReaction(analysis: UtteranceAnalysis, ctx: ReactionContext): ReactionKind {
  const has = (flag: UtteranceAnalysis['flags'][number]) => analysis.flags.includes(flag);
  if (has('advice') && ctx.adviceTooEarly) return 'advice';
  if (has('jargon')) return 'jargon';
  if (has('leading')) return 'leading';
  if (has('why')) return 'why';
  if (has('double')) return 'double';
  if (has('summary')) return ctx.summaryFillsIn ? 'correction' : 'summary';
  if (has('reflection')) return 'reflection';
  if (analysis.question === 'open') return 'open';
  if (analysis.question === 'closed') return 'closed';
  return 'neutral';
}

/** Kinds after which the inwoner tells nothing new, whatever the topic. */
export const BLOCKS_DISCLOSURE: ReadonlySet<ReactionKind> = new Set([
  'advice',
  'jargon',
  'leading',
  'why',
  'correction',
]);

/** The techniques a turn brings, for matching against a fact's `ask`. */
export function techniquesOf(analysis: UtteranceAnalysis): Technique[] {
  const out: Technique[] = [];
  if (analysis.question === 'open') out.push('open');
  if (analysis.question === 'closed') out.push('closed');
  if (analysis.flags.includes('reflection')) out.push('reflection');
  return out;
}

/** Kinds after which the inwoner, unasked, tells the next `openInvite` fact. */
export const INVITES_MORE: ReadonlySet<ReactionKind> = new Set(['open', 'reflection', 'summary']);
