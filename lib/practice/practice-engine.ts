/**
 * The practice engine: a pure reducer over one conversation with a simulated
 * inwoner. `step` never mutates its input and draws randomness only from the
 * seeded PRNG in the state, so the same seed and turns replay the same talk.
 * A picked option is a typed turn with `picked` set.
 */
import type { UtteranceAnalysis } from '../analyser/types';
import type { PracticeState, TurnRecord } from './engine-state';
import { lastQuestion, mentions, statements } from './match-topic';
import { pickIndex, seedState } from './prng';
import {
  BLOCKS_DISCLOSURE,
  classifyReaction,
  DEFAULT_EFFECTS,
  INVITES_MORE,
  techniquesOf,
  type OptionQuality,
  type Outcome,
  type ReactionKind,
} from './inwoner-reactions';
import type { Fact, Scenario } from './scenario-schema';

export interface PracticeTurn {
  text: string;
  analysis: UtteranceAnalysis;
  picked?: OptionQuality;
}

export type PracticeEvent =
  | { type: 'reaction'; kind: ReactionKind }
  | { type: 'fact-uncovered'; factId: string; text: string }
  | { type: 'fact-guarded'; factId: string }
  | { type: 'overwhelmed' }
  | { type: 'trust'; delta: number; level: number }
  | { type: 'stress'; delta: number; level: number }
  | { type: 'ended'; outcome: Outcome; text: string };

export interface StepResult {
  state: PracticeState;
  reply: string;
  events: PracticeEvent[];
}

const clamp = (n: number) => Math.min(100, Math.max(0, n));

export function startSession(scenario: Scenario, seed: number): PracticeState {
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed,
    rng: seedState(seed),
    lastVariant: {},
    trust: scenario.trust,
    stress: scenario.stress,
    startTrust: scenario.trust,
    startStress: scenario.stress,
    uncovered: [],
    log: [],
    outcome: null,
    ending: null,
  };
}

interface Disclosure {
  kind: ReactionKind;
  /** The kind before fact matching: a guarded answer still earns what the turn did well. */
  asked: ReactionKind;
  fact: Fact | null;
  line: string | null;
  guarded: Fact | null;
  overwhelmed: boolean;
}

/** Decide what the inwoner tells in answer to this turn (no randomness). */
function disclose(state: PracticeState, turn: PracticeTurn, scenario: Scenario): Disclosure {
  const hidden = scenario.facts.filter((f) => !state.uncovered.includes(f.id));
  const adviceTooEarly = state.uncovered.length < scenario.facts.length / 2;
  const summaryFillsIn = hidden.some((f) => mentions(statements(turn.text), f.triggers.keywords));
  const kind = classifyReaction(turn.analysis, { adviceTooEarly, summaryFillsIn });
  const none = { kind, asked: kind, fact: null, line: null, guarded: null, overwhelmed: false };
  if (BLOCKS_DISCLOSURE.has(kind)) return none;
  if (state.stress >= scenario.stressCeiling) return { ...none, overwhelmed: true };

  const heard = kind === 'double' ? lastQuestion(turn.text) : turn.text;
  const techniques = techniquesOf(turn.analysis);
  const topic = hidden.find((f) => mentions(heard, f.triggers.keywords));
  if (topic) {
    const { ask, minTrust } = topic.triggers;
    if (!ask.some((t) => techniques.includes(t))) {
      const short = turn.analysis.question === 'closed' ? (topic.closedReply ?? null) : null;
      return { ...none, line: short };
    }
    if (state.trust < minTrust) {
      return { ...none, kind: 'guarded', guarded: topic, line: topic.guardedReply ?? null };
    }
    return { ...none, fact: topic, line: topic.reveal };
  }
  if (INVITES_MORE.has(kind)) {
    const told = hidden.find((f) => f.triggers.openInvite && state.trust >= f.triggers.minTrust);
    if (told) return { ...none, fact: told, line: told.reveal };
  }
  return none;
}

/** One trainee turn and the inwoner's answer. A finished session is returned unchanged. */
export function step(state: PracticeState, turn: PracticeTurn, scenario: Scenario): StepResult {
  if (state.outcome !== null) return { state, reply: '', events: [] };
  const d = disclose(state, turn, scenario);
  const events: PracticeEvent[] = [{ type: 'reaction', kind: d.kind }];

  let rng = state.rng;
  let lastVariant = state.lastVariant;
  let reply = d.line;
  if (reply === null) {
    const variants = scenario.replies[d.kind];
    const [index, next] = pickIndex(rng, variants.length, state.lastVariant[d.kind]);
    rng = next;
    lastVariant = { ...lastVariant, [d.kind]: index };
    reply = variants[index]!;
  }

  const effectOf = (k: ReactionKind) => scenario.effects[k] ?? DEFAULT_EFFECTS[k];
  const effects = d.kind === d.asked ? [effectOf(d.kind)] : [effectOf(d.asked), effectOf(d.kind)];
  const longStress = turn.analysis.flags.includes('long') ? scenario.longStress : 0;
  const trust = clamp(state.trust + effects.reduce((sum, e) => sum + e.trust, 0));
  const stress = clamp(state.stress + effects.reduce((sum, e) => sum + e.stress, 0) + longStress);
  const uncovered = d.fact ? [...state.uncovered, d.fact.id] : state.uncovered;
  if (d.fact) events.push({ type: 'fact-uncovered', factId: d.fact.id, text: d.fact.text });
  if (d.guarded) events.push({ type: 'fact-guarded', factId: d.guarded.id });
  if (d.overwhelmed) events.push({ type: 'overwhelmed' });
  if (trust !== state.trust)
    events.push({ type: 'trust', delta: trust - state.trust, level: trust });
  if (stress !== state.stress)
    events.push({ type: 'stress', delta: stress - state.stress, level: stress });

  const record: TurnRecord = {
    index: state.log.length,
    text: turn.text,
    analysis: {
      text: turn.analysis.text,
      question: turn.analysis.question,
      flags: [...turn.analysis.flags],
    },
    picked: turn.picked ?? null,
    kind: d.kind,
    reply,
    revealed: d.fact?.id ?? null,
    overwhelmed: d.overwhelmed,
    trustDelta: trust - state.trust,
    stressDelta: stress - state.stress,
    trust,
    stress,
  };
  const next: PracticeState = {
    ...state,
    rng,
    lastVariant,
    trust,
    stress,
    uncovered,
    log: [...state.log, record],
  };

  const outcome: Outcome | null =
    uncovered.length === scenario.facts.length
      ? 'all-facts'
      : trust <= scenario.trustFloor
        ? 'trust-lost'
        : next.log.length >= scenario.maxTurns
          ? 'max-turns'
          : null;
  return outcome ? finish(next, outcome, reply, events, scenario) : { state: next, reply, events };
}

/** The trainee closes the conversation. */
export function endSession(state: PracticeState, scenario: Scenario): StepResult {
  if (state.outcome !== null) return { state, reply: '', events: [] };
  return finish(state, 'trainee-ended', '', [], scenario);
}

function finish(
  state: PracticeState,
  outcome: Outcome,
  reply: string,
  events: PracticeEvent[],
  scenario: Scenario,
): StepResult {
  const text = scenario.endings[outcome];
  return {
    state: { ...state, outcome, ending: text },
    reply,
    events: [...events, { type: 'ended', outcome, text }],
  };
}

export const isFinished = (state: PracticeState): boolean => state.outcome !== null;
