/**
 * The scootmobiel afweging of a `vervoer` conversation, written by
 * lib/mobility from the vervoerscheck answers, the confirmed decisions, the
 * recorded conclusion (granted alternatives, herbeoordeling) and the warm
 * handovers among the afspraken. Other conversation types have none.
 */
import type { Conversation } from '../conversation/model';
import { readMobilityAnswers } from '../mobility/answers-schema';
import { conclusionInput, readConclusion } from '../mobility/conclusion';
import { settleDecisions } from '../mobility/settle-decisions';
import { writeAfweging, type Referral } from '../mobility/write-afweging';
import type { Pack } from '../packs/pack-schema';
import { agreementsOf } from './template';

export function referralsOf(conversation: Conversation): Referral[] {
  return agreementsOf(conversation).flatMap(({ handover, whoName, what }) =>
    handover
      ? [
          {
            ...handover,
            organisation: handover.organisation || whoName || 'andere organisatie',
            goal: handover.goal || what,
          },
        ]
      : [],
  );
}

export function afwegingOf(
  conversation: Conversation,
  pack: Pack,
): { professional: string; inwoner: string } | null {
  if (conversation.type !== 'vervoer') return null;
  const answers = readMobilityAnswers(conversation.mobility);
  const considered = settleDecisions(answers, conversation.decisions, pack);
  return writeAfweging({
    answers,
    decisions: conversation.decisions,
    pack,
    referrals: referralsOf(conversation),
    ...conclusionInput(readConclusion(conversation.mobility), considered),
  });
}
