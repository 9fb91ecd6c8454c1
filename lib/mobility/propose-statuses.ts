/**
 * Proposes a status per locally available alternative, in ladder order, with
 * Dutch reasons that quote the answers. Unknown answers give "nagaan" and say
 * what to ask. The professional confirms or overrides every proposal.
 */
import type { MobilityAnswers } from './answers-schema';
import { deriveFacts, type MobilityPack } from './facts';
import { displayName, ladder, localContact } from './ladder';
import { localProvision, RULES } from './rules';
import type { Status } from './rules/rule';

export type { Status } from './rules/rule';
export { STATUSES } from './rules/rule';

export interface StatusProposal {
  alternativeId: string;
  status: Status;
  reasons: string[];
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function proposeStatuses(answers: MobilityAnswers, pack: MobilityPack): StatusProposal[] {
  const facts = deriveFacts(answers, pack);
  const earlier = new Map<string, { status: Status; name: string }>();
  return ladder(pack).map((alternative) => {
    const rule = RULES[alternative.id] ?? localProvision;
    const { status, reasons } = rule(facts, { alternative, earlier });
    earlier.set(alternative.id, { status, name: displayName(alternative) });
    const contact = localContact(alternative);
    const all = contact ? [...reasons, `Contact: ${contact}.`] : reasons;
    return { alternativeId: alternative.id, status, reasons: all.map(capitalize) };
  });
}
