/**
 * The pack facts the ranking needs, indexed once per call: Dutch names for the
 * reasons, the checklist items of the conversation type and the acute signals.
 */
import type { ConversationType, Phase } from '../conversation/model';
import type { ChecklistItem, Pack } from '../packs/pack-schema';
import { checklistsForType } from './coverage';

/** Signals that always mean "act first, explain later" (seed-002 L1491-1495). */
export const ACUTE_SIGNALS: readonly string[] = ['acute-dreiging'];

/**
 * Signals under which the inwoner can take in little: prefer short prompts and
 * load-lowering behaviours (seed-002 L1477-1480; domain-anchors §3.3, §3.4).
 */
export const LOW_LOAD_SIGNALS: readonly string[] = [
  'overweldigd',
  'overzicht-kwijt',
  'taalbarriere',
  'vermoeid',
];

export const PHASE_LABELS: Record<Phase, string> = {
  voorbereiden: 'Voorbereiden',
  openen: 'Openen',
  verkennen: 'Verkennen',
  afspraken: 'Afspraken',
  afronden: 'Afronden',
};

export interface RankingLookup {
  /** Items of the checklists of this conversation type. */
  typeItems: ReadonlyMap<string, ChecklistItem>;
  acuteSignals: ReadonlySet<string>;
  signalName(id: string): string;
  profileName(id: string): string;
  domainName(id: string): string;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function buildRankingLookup(pack: Pack, type: ConversationType): RankingLookup {
  const typeItems = new Map<string, ChecklistItem>();
  for (const list of checklistsForType(pack, type)) {
    for (const item of list.items) if (!typeItems.has(item.id)) typeItems.set(item.id, item);
  }
  const names = (items: readonly { id: string; name: string }[]) =>
    new Map(items.map((item) => [item.id, item.name]));
  const signals = names(pack.signals);
  const profiles = names(pack.profiles);
  const domains = names(pack.lifeDomains);
  const acuteSignals = new Set(ACUTE_SIGNALS);
  for (const signal of pack.signals)
    if (signal.acute && !signal.disabled) acuteSignals.add(signal.id);

  return {
    typeItems,
    acuteSignals,
    signalName: (id) => lowerFirst(signals.get(id) ?? id),
    profileName: (id) => lowerFirst(profiles.get(id) ?? id),
    domainName: (id) => domains.get(id) ?? id,
  };
}
