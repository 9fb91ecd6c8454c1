/**
 * Coverage of the `vervoer` checklist from the vervoerscheck: a topic the
 * check already answered counts as besproken, so the verslag and the Gesprek
 * coverage do not call it "niet besproken". Explicit marks of the
 * professional always win (also "nvt" and "later"). Pure.
 */
import type { ChecklistState, Conversation } from '../conversation/model';
import { readMobilityAnswers, type MobilityAnswers } from './answers-schema';
import type { MobilityPack } from './facts';
import { settleDecisions } from './settle-decisions';

type Rule = (a: MobilityAnswers, decidedRungs: ReadonlySet<string>) => boolean;

const known = (value: unknown) =>
  value !== undefined && (!Array.isArray(value) || value.length > 0);

/** Item id (lib/packs/default/checklists.json, list `vervoer`) → when the check covers it. */
const RULES: Record<string, Rule> = {
  'vervoer-bestemmingen': (a) => known(a.destinations),
  'vervoer-afstand-frequentie': (a) =>
    a.destinations?.some((d) => d.km !== undefined && d.frequency !== undefined) === true,
  'vervoer-loopafstand': (a) => known(a.walkingMeters),
  'vervoer-fiets': (a) => known(a.cycling),
  'vervoer-ov-auto': (a) => known(a.ov) && (known(a.ownCar) || known(a.driverInNetwork)),
  'vervoer-netwerk': (a) => known(a.networkHelpers),
  // Weighing a neighbourhood provision on the ladder is discussing it.
  'vervoer-voorzieningen': (_a, rungs) => rungs.has('voorliggend'),
  'vervoer-medisch': (a) => known(a.progressive),
  'vervoer-bewegen': (a) => known(a.exerciseImportant),
  'vervoer-verkeersveiligheid': (a) => known(a.trafficDoubts),
  'vervoer-stalling': (a) => known(a.storageAtHome) && known(a.chargingAtHome),
};

/** Checklist items the vervoerscheck answers and decisions cover. */
export function checklistFromCheck(
  answers: MobilityAnswers,
  decisions: Readonly<Record<string, unknown>>,
  pack: MobilityPack,
): Record<string, ChecklistState> {
  const rungs = new Set(
    settleDecisions(answers, decisions, pack)
      .filter((c) => c.decision)
      .map((c) => c.alternative.rung),
  );
  const states: Record<string, ChecklistState> = {};
  for (const [id, covered] of Object.entries(RULES)) {
    if (covered(answers, rungs)) states[id] = 'besproken';
  }
  return states;
}

/** `conversation.checklist` with the check's coverage beneath it; only for `vervoer`. */
export function mergedChecklist(
  conversation: Pick<Conversation, 'type' | 'checklist' | 'mobility' | 'decisions'>,
  pack: MobilityPack,
): Record<string, ChecklistState> {
  if (conversation.type !== 'vervoer') return conversation.checklist;
  const derived = checklistFromCheck(
    readMobilityAnswers(conversation.mobility),
    conversation.decisions,
    pack,
  );
  return { ...derived, ...conversation.checklist };
}
