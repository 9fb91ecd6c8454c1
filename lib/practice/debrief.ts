/**
 * The debrief after a practice session: facts uncovered and missed, the
 * technique profile, the trust/stress curve, the best and the weakest moment,
 * and the three reflection questions. Pure; reads only the state and scenario.
 */
import { FLAGS, type Flag } from '../analyser/types';
import { KIND_TEXTS, missedTip, OVERWHELMED_TEXT, REFLECTION_QUESTIONS } from './debrief-texts';
import type { PracticeState, TurnRecord } from './engine-state';
import { REACTION_KINDS, type Outcome, type ReactionKind } from './inwoner-reactions';
import type { Scenario } from './scenario-schema';

export interface Moment {
  /** 0-based turn index. */
  index: number;
  text: string;
  reason: string;
}

export interface Debrief {
  scenarioId: string;
  outcome: Outcome | null;
  turns: number;
  uncovered: { id: string; text: string; turn: number }[];
  missed: { id: string; text: string; tip: string }[];
  profile: {
    questions: { open: number; closed: number; none: number };
    flags: Record<Flag, number>;
    kinds: Record<ReactionKind, number>;
    /** Open questions as a share of all questions, 0–1 (0 when no questions). */
    openShare: number;
  };
  /** Levels before the first turn (turn 0) and after each turn. */
  curve: { turn: number; trust: number; stress: number }[];
  best: Moment | null;
  weakest: Moment | null;
  reflectionQuestions: typeof REFLECTION_QUESTIONS;
}

/**
 * How much a turn helped: trust gained, stress lowered, and above all a fact
 * told. Asking too early (guarded) or into overwhelm counts against it.
 */
export function turnScore(t: TurnRecord): number {
  const penalty = (t.kind === 'guarded' ? 5 : 0) + (t.overwhelmed ? 5 : 0);
  return t.trustDelta - t.stressDelta / 2 + (t.revealed ? 10 : 0) - penalty;
}

function moment(t: TurnRecord, scenario: Scenario, positive: boolean): Moment {
  const base = t.overwhelmed ? OVERWHELMED_TEXT : KIND_TEXTS[t.kind];
  const fact = scenario.facts.find((f) => f.id === t.revealed);
  const reason = positive
    ? `${base.label}: ${base.effect}${fact ? ` Daardoor kwam naar voren: ${fact.text}` : ''}`
    : `${base.label}: ${base.effect} Tip: ${base.tip}`;
  return { index: t.index, text: t.text, reason };
}

/** First turn with the extreme score; ties go to the earliest turn. */
function extreme(log: TurnRecord[], better: (a: number, b: number) => boolean): TurnRecord | null {
  let pick: TurnRecord | null = null;
  for (const t of log) if (!pick || better(turnScore(t), turnScore(pick))) pick = t;
  return pick;
}

export function buildDebrief(state: PracticeState, scenario: Scenario): Debrief {
  const { log } = state;
  const count = <K extends string>(keys: readonly K[], of: (t: TurnRecord) => K[]) => {
    const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
    for (const t of log) for (const k of of(t)) out[k] += 1;
    return out;
  };
  const questions = count(['open', 'closed', 'none'] as const, (t) => [t.analysis.question]);
  const asked = questions.open + questions.closed;

  const best = extreme(log, (a, b) => a > b);
  const weakest = extreme(log, (a, b) => a < b);

  return {
    scenarioId: scenario.id,
    outcome: state.outcome,
    turns: log.length,
    uncovered: state.uncovered.map((id) => ({
      id,
      text: scenario.facts.find((f) => f.id === id)?.text ?? id,
      turn: log.findIndex((t) => t.revealed === id),
    })),
    missed: scenario.facts
      .filter((f) => !state.uncovered.includes(f.id))
      .map((f) => ({
        id: f.id,
        text: f.text,
        tip: f.tip ?? missedTip(f.triggers.keywords, f.triggers.ask, f.triggers.minTrust),
      })),
    profile: {
      questions,
      flags: count(FLAGS, (t) => t.analysis.flags),
      kinds: count(REACTION_KINDS, (t) => [t.kind]),
      openShare: asked === 0 ? 0 : questions.open / asked,
    },
    curve: [
      { turn: 0, trust: state.startTrust, stress: state.startStress },
      ...log.map((t) => ({ turn: t.index + 1, trust: t.trust, stress: t.stress })),
    ],
    best: best && turnScore(best) > 0 ? moment(best, scenario, true) : null,
    weakest: weakest && turnScore(weakest) < 0 ? moment(weakest, scenario, false) : null,
    reflectionQuestions: REFLECTION_QUESTIONS,
  };
}
