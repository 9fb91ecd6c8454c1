/**
 * How the vervoerscheck questions and signals are grouped on screen. The
 * questions themselves are data in lib/mobility; this file only orders them.
 * Every question lands in exactly one group (layout.test.ts guards that).
 */
import { MOBILITY_QUESTIONS, type AnswerKey, type Question } from '../../lib/mobility';

export const GROUPS = [
  'waar',
  'lopen',
  'vervoer',
  'netwerk',
  'medisch',
  'veiligheid',
  'thuis',
] as const;
export type Group = (typeof GROUPS)[number];

const QUESTION_GROUP: Record<AnswerKey, Group> = {
  destinations: 'waar',
  focusOnlyScootmobiel: 'waar',
  walkingMeters: 'lopen',
  walkingWithAid: 'lopen',
  cycling: 'lopen',
  ov: 'vervoer',
  ownCar: 'vervoer',
  driverInNetwork: 'netwerk',
  networkHelpers: 'netwerk',
  networkAvailability: 'netwerk',
  exerciseImportant: 'medisch',
  progressive: 'medisch',
  fallRisk: 'medisch',
  trafficDoubts: 'veiligheid',
  storageAtHome: 'thuis',
  chargingAtHome: 'thuis',
  provisionsUsed: 'thuis',
};

/** Signals show beside the questions they arise from; unknown ids go to the first group. */
export const SIGNAL_GROUP: Readonly<Record<string, Group>> = {
  'breder-gesprek': 'waar',
  'loopafstand-onbekend': 'lopen',
  'loopafstand-onder-grens': 'lopen',
  'loopafstand-boven-grens': 'lopen',
  'bewegen-medisch-belangrijk': 'medisch',
  valrisico: 'medisch',
  progressief: 'medisch',
  rijvaardigheid: 'veiligheid',
  'stalling-opladen': 'thuis',
};

export const signalGroup = (signalId: string): Group => SIGNAL_GROUP[signalId] ?? 'waar';

export function questionsByGroup(
  questions: readonly Question[] = MOBILITY_QUESTIONS,
): [Group, Question[]][] {
  return GROUPS.map((group) => [group, questions.filter((q) => QUESTION_GROUP[q.id] === group)]);
}
