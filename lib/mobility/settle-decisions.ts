/**
 * Joins each proposal with the professional's decision (conversation.decisions):
 * a confirmed or overridden decision always wins over the proposal; a decision
 * with an unknown status or for an alternative not on the ladder is ignored.
 */
import { z } from 'zod';
import type { MobilityAlternative } from '../packs/pack-schema';
import type { MobilityAnswers } from './answers-schema';
import type { MobilityPack } from './facts';
import { ladder } from './ladder';
import { proposeStatuses, STATUSES, type Status, type StatusProposal } from './propose-statuses';

export const DecisionSchema = z.object({ status: z.enum(STATUSES), reason: z.string() });
export type Decision = z.infer<typeof DecisionSchema>;

export interface Considered {
  alternative: MobilityAlternative;
  proposal: StatusProposal;
  /** Present once the professional confirmed or overrode the proposal. */
  decision?: Decision;
  status: Status;
}

export function settleDecisions(
  answers: MobilityAnswers,
  decisions: Readonly<Record<string, unknown>>,
  pack: MobilityPack,
): Considered[] {
  const proposals = proposeStatuses(answers, pack);
  return ladder(pack).map((alternative, index) => {
    const proposal = proposals[index]!;
    const parsed = DecisionSchema.safeParse(decisions[alternative.id]);
    const decision = parsed.success ? parsed.data : undefined;
    return { alternative, proposal, decision, status: decision?.status ?? proposal.status };
  });
}
