/**
 * `reflection`: the professional names or mirrors a feeling ("dat klinkt zwaar", "ik
 * merk dat u…", "u maakt zich zorgen…"): gevoelsreflectie, the R of ORBS
 * (domain-anchors §5.1-5.2; seed-002 L1439-1442). Only in statements or declarative
 * checks: "Bent u bang?" is a closed question, and an observation without a feeling
 * ("ik zie dat u een rollator gebruikt") is not a reflection.
 */
import { FEELING } from '../lexicon-nl';
import type { Rule, SentenceContext } from './rule';
import { isDeclarative } from './rule';

const PATTERNS = [
  new RegExp(
    `\\b(?:dat|het|dit) (?:klinkt|lijkt (?:me|mij|erop dat|alsof)) (?:\\p{L}+ ){0,4}?(?:${FEELING}|alsof|of u|of je)\\b`,
    'u',
  ),
  /\bik (?:merk|voel) (?:dat|aan) (?:u|je|jij)\b|, (?:merk|zie|hoor|voel) ik\b/,
  new RegExp(`\\bik (?:zie|hoor|begrijp|snap) (?:\\p{L}+ ){0,6}?${FEELING}\\b`, 'u'),
  /\b(?:u|je|jij) (?:maakt|maak) (?:zich|je) (?:\p{L}+ ){0,2}?zorgen\b/u,
  /\b(?:u|je|jij) (?:voelt|voel) (?:zich|je)\b/,
  new RegExp(`^(?:u|je|jij) (?:\\p{L}+ ){0,4}?${FEELING}\\b`, 'u'),
  /\b(?:het|dat|dit) valt (?:u|je|jou) (?:\p{L}+ )?zwaar\b/u,
  /\bik kan me (?:\p{L}+ ){0,2}?voorstellen\b/u,
  /^(?:wat|hoe) (?:\p{L}+ )?(?:vervelend|naar|rot|verdrietig|moeilijk|lastig|zwaar|heftig|akelig|pijnlijk|spannend|eng|een verdriet|een gedoe)\b/u,
  new RegExp(`\\bdat moet (?:\\p{L}+ )?${FEELING} (?:zijn|geweest|voor)\\b`, 'u'),
  /\b(?:dat|dit|het) raakt (?:u|je)\b/,
  /\bik hoor (?:u|je|jou) zeggen\b/,
];

/** "Je bent vast blij?": a feeling assumed for the inwoner is leading, not a reflection. */
const ASSUMED = /\b(?:vast|zeker|toch|natuurlijk)\b/;

const reflects = (sentence: SentenceContext): boolean =>
  isDeclarative(sentence) &&
  !(sentence.hasQuestionMark && ASSUMED.test(sentence.norm)) &&
  PATTERNS.some((pattern) => pattern.test(sentence.norm));

export const reflection: Rule = ({ sentences }) => sentences.some(reflects);
