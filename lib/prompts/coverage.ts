/**
 * Brede uitvraag as coverage: which checklist items of a conversation type
 * are still open. A compact count, never a score and never an order to follow
 * (PRODUCT §2.1: "prompts, not forms").
 */
import type { ChecklistState, ConversationType } from '../conversation/model';
import type { Checklist, ChecklistItem, Pack } from '../packs/pack-schema';

export interface Coverage {
  /** Distinct items over the given checklists. */
  total: number;
  discussed: number;
  nvt: number;
  later: number;
  /** Not yet discussed, in checklist order. */
  open: ChecklistItem[];
}

/** The enabled checklists that belong to a conversation type, in pack order. */
export function checklistsForType(pack: Pack, type: ConversationType): Checklist[] {
  return pack.checklists.filter((list) => !list.disabled && list.types.includes(type));
}

export function coverage(
  checklists: readonly Checklist[],
  states: Readonly<Partial<Record<string, ChecklistState>>>,
): Coverage {
  const result: Coverage = { total: 0, discussed: 0, nvt: 0, later: 0, open: [] };
  const seen = new Set<string>();
  for (const item of checklists.flatMap((list) => list.items)) {
    // Two checklists may share an item id (e.g. a municipal list reusing one): count it once.
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    result.total += 1;
    const state = states[item.id];
    if (state === 'besproken') result.discussed += 1;
    else if (state === 'nvt') result.nvt += 1;
    else if (state === 'later') result.later += 1;
    else result.open.push(item);
  }
  return result;
}
