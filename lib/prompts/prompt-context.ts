/**
 * What the prompts engine reads from a conversation and what it returns.
 * The context is plain data, so ranking stays pure and reruns on every tap.
 */
import type {
  ChecklistState,
  Conversation,
  ConversationType,
  Phase,
  PromptMark,
} from '../conversation/model';
import type { Prompt } from '../packs/pack-schema';

export interface PromptContext {
  phase: Phase;
  type: ConversationType;
  /** Inwoner profile ids (e.g. `ouder`, `statushouder`). */
  profiles: readonly string[];
  /** Observed stress signal ids. */
  signals: readonly string[];
  /** Checklist item id → state; an absent id is "nog niet besproken". */
  checklist: Readonly<Partial<Record<string, ChecklistState>>>;
  /** Life domain id → level 1 (acuut) … 5 (volledig zelfredzaam). */
  ratings: Readonly<Partial<Record<string, number>>>;
  /** Prompt id → mark; marked prompts make room for the next one. */
  marks: Readonly<Partial<Record<string, PromptMark>>>;
}

export interface RankedPrompt {
  prompt: Prompt;
  score: number;
  /** Short Dutch reasons the panel can show ("waarom deze suggestie?"). */
  reasons: string[];
}

/** The context of a stored conversation (signals are kept as a toggle map). */
export function promptContextOf(conversation: Conversation): PromptContext {
  return {
    phase: conversation.phase,
    type: conversation.type,
    profiles: conversation.profiles,
    signals: Object.keys(conversation.signals).filter((id) => conversation.signals[id]),
    checklist: conversation.checklist,
    ratings: conversation.ratings,
    marks: conversation.prompts,
  };
}
