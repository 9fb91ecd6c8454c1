/**
 * What each conversation type reports on: its own checklists item by item (the
 * Wmo-onderzoek in the order of art. 2.3.2 lid 4, as the pack lists it), any
 * other checklist of the type in short form, and the shared helpers both texts
 * use to read a conversation. Nothing here adds content the conversation lacks.
 */
import type {
  Agreement,
  ChecklistState,
  Conversation,
  ConversationType,
} from '../conversation/model';
import type { Checklist, ChecklistItem, Pack } from '../packs/pack-schema';
import { checklistsForType } from '../prompts/coverage';

/** Checklists reported item by item, in this order; the rest of the type's lists follow in short. */
const DETAILED: Record<ConversationType, readonly string[]> = {
  wmo: ['wmo-onderzoek'],
  werk: ['werk-participatie'],
  vervoer: ['vervoer', 'wmo-onderzoek'],
  vrij: [],
};

export interface ReportTemplate {
  detailed: Checklist[];
  brief: Checklist[];
}

export function templateFor(pack: Pack, type: ConversationType): ReportTemplate {
  const lists = checklistsForType(pack, type);
  const order = DETAILED[type];
  const detailed = order.flatMap((id) => lists.filter((list) => list.id === id));
  return { detailed, brief: lists.filter((list) => !order.includes(list.id)) };
}

export type ItemState = ChecklistState | 'open';

export function stateOf(conversation: Conversation, item: ChecklistItem): ItemState {
  return conversation.checklist[item.id] ?? 'open';
}

/** Each item once, over all given lists (a municipal list may reuse an id). */
export function uniqueItems(lists: readonly Checklist[]): ChecklistItem[] {
  const seen = new Set<string>();
  return lists
    .flatMap((list) => list.items)
    .filter((item) => !seen.has(item.id) && Boolean(seen.add(item.id)));
}

export function agreementsOf(conversation: Conversation): Agreement[] {
  return Object.values(conversation.agreements).sort((a, b) => a.createdAt - b.createdAt);
}

/** Free text as one line: notes may hold line breaks that would break a bullet list. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** One line with a capital and a full stop, unless it already ends a sentence. */
export const sentence = (text: string): string => {
  const clean = capitalise(oneLine(text));
  return /[.!?…]["”']?$/.test(clean) ? clean : `${clean}.`;
};

export const lifeDomainsInOrder = (pack: Pack) =>
  pack.lifeDomains.filter((domain) => !domain.disabled).sort((a, b) => a.order - b.order);
