/**
 * Public surface of the vervoerscheck logic for the panel: answers, questions,
 * status proposals, signals and the afweging text. Pure; no React, no storage.
 */
export * from './answers-schema';
export {
  MOBILITY_QUESTIONS,
  type Question,
  type QuestionOption,
  type QuestionKind,
} from './questions';
export { DEFAULT_WALKING_THRESHOLD, type MobilityPack } from './facts';
export { ladder, displayName, localContact } from './ladder';
export { proposeStatuses, STATUSES, type Status, type StatusProposal } from './propose-statuses';
export {
  settleDecisions,
  DecisionSchema,
  type Decision,
  type Considered,
} from './settle-decisions';
export { mobilitySignals, type MobilitySignal } from './signals';
export {
  writeAfweging,
  type AfwegingInput,
  type Conclusion,
  type Referral,
} from './write-afweging';
export {
  CONCLUSION_KEYS,
  conclusionInput,
  grantable,
  grantedOf,
  missingReEvaluation,
  readConclusion,
  type ConclusionPart,
  type RecordedConclusion,
} from './conclusion';
export { checklistFromCheck, mergedChecklist } from './checklist-coverage';
