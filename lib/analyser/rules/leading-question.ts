/**
 * `leading`: a suggestieve vraag that carries its own answer ("…, toch?", "vindt u ook
 * niet dat…", "is het niet beter…", "u heeft toch wel…"). Answering it confirms a hidden
 * judgement (domain-anchors §5.1, vraagzin.nl). Suggested actions in question form
 * ("heeft u er al aan gedacht om…") count here, not as advice.
 */
import type { Rule, SentenceContext } from './rule';
import { isDeclarative } from './rule';

/** A statement with "toch" that asks for agreement: "u heeft toch…", "uw dochter helpt toch…". */
export const TOCH_CLAUSE =
  /^(?:u|je|jij|jullie|het|dat|dit|er|die|ze|hij|zij|(?:uw|je|jouw|de) \p{L}+) (?:\p{L}+ ){1,2}?toch\b/u;

/** Patterns that lead wherever they stand. */
const ANYWHERE = [
  /, ?(?:toch|of niet|nietwaar|hè|he|hé)[?.!]*$/,
  /, ?(?:niet|ja|of wel)\?+$/,
  /^toch\?/,
  /\b(?:neem ik aan|ga ik ervan uit|mag ik aannemen|denk ik|hoop ik) ?\?/,
  /\b(?:vindt|vind|denkt|denk) (?:u|je|jij) (?:het )?(?:ook )?niet\b/,
  /\b(?:is|zou|wordt|lijkt|was) (?:het|dat) (?:u |je )?(?:\p{L}+ )?niet (?:beter|fijner|fijn|handiger|handig|verstandiger|verstandig|slimmer|makkelijker|prettiger|een idee|zo)\b/u,
  /\b(?:bent u|ben je|u bent|je bent) het (?:toch |wel |niet )*met (?:me|mij) eens\b/,
  /\b(?:heeft|hebt|heb) (?:u|je|jij) (?:er )?(?:al )?(?:eens |weleens |wel eens |ooit )?(?:aan )?gedacht (?:om|aan)\b/,
  /\b(?:wilt|wil) (?:u|je|jij) (?:toch )?niet (?:liever|ook|eens)\b/,
];
/** Patterns that lead only in a question: "toch wel", "niet gewoon". */
const IN_QUESTION = [/\btoch (?:wel|ook)\b/, /\bniet gewoon\b/];
/** An assumption said as a question: "Dat heeft u zeker al geprobeerd?" */
const ASSUMED = /\b(?:zeker|vast|natuurlijk|uiteraard)\b/;

function leads(sentence: SentenceContext): boolean {
  const { norm } = sentence;
  if (ANYWHERE.some((pattern) => pattern.test(norm))) return true;
  if (sentence.segments.some((segment) => TOCH_CLAUSE.test(segment.text))) return true;
  if (sentence.question === 'none') return false;
  if (IN_QUESTION.some((pattern) => pattern.test(norm))) return true;
  return isDeclarative(sentence) && ASSUMED.test(norm);
}

export const leadingQuestion: Rule = ({ sentences }) => sentences.some(leads);
