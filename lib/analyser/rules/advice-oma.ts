/**
 * `advice`: oordelen, meningen en adviezen (OMA, domain-anchors §5.1): "u moet…",
 * "als ik u was…", "het is beter als u…", "ik vind dat u…", "dat is niet slim".
 * Affirmations ("dat heeft u goed gedaan") are not flagged; a suggestion in question
 * form is `leading` instead. "u moet" counts everywhere, except inside a clause
 * ("het gevoel dat u moet verhuizen").
 */
import type { Rule, SentenceContext } from './rule';

const MUST =
  /(?<!\b(?:dat|wat|of|als|wanneer|waarom|hoe|wie|die|zodat|omdat|waar) )\b(?:u|je|jij|jullie) (?:moet|moeten)\b/;
/** Statements only: in a question these are leading, not advice. */
const IN_STATEMENT = [
  /\bmoet (?:u|je|jij) (?:echt|eerst|gewoon|maar|toch|eens|beter)\b/,
  /\bals ik (?:u|jou|jij) (?:was|zou zijn)\b/,
  /\bin (?:uw|jouw|je) (?:plaats|schoenen)\b/,
  /\bhet is (?:\p{L}+ )?(?:beter|verstandig|verstandiger|slim|slimmer|handig|handiger|raadzaam|wijs|wijzer) (?:als|om|dat)\b/u,
  /\bhet is (?:\p{L}+ )?(?:belangrijk|nodig|noodzakelijk) dat (?:u|je|jij)\b/u,
  /\bhet lijkt (?:me|mij) (?:\p{L}+ )?(?:beter|verstandig|verstandiger|slim|slimmer|handig|handiger|een goed idee|goed) (?:als|om|dat)\b/u,
  /\bik vind dat (?:u|je|jij|jullie)\b/,
  /\bik vind het (?:\p{L}+ )?(?:niet (?:goed|slim|verstandig|handig)|onverstandig|raar|vreemd|dom|jammer|zonde|onzin) (?:dat|om)\b/u,
  /\bik (?:raad|adviseer) (?:u|je|jou|jullie)\b/,
  /\bik zou (?:u |je |jou )?(?:aanraden|adviseren)\b/,
  /\bmijn (?:advies|tip|raad)\b/,
  /\bik zou (?:\p{L}+ ){0,3}?(?:maar|gewoon|echt|zeker)\b/u,
  /\b(?:u|je|jij) (?:kunt|kan|kun) (?:\p{L}+ )?(?:beter|het beste|het best)\b/u,
  /\b(?:u|je) doet er goed aan\b/,
  /\b(?:u|je|jij) zou\b[^,.]*\bmoeten\b/,
  /\b(?:dat|dit|het) had (?:u|je|jij|jullie) (?:\p{L}+ ){0,3}?moeten\b/u,
  /\b(?:dat|dit|het) is (?:\p{L}+ ){0,2}?(?:niet (?:zo )?(?:slim|verstandig|handig|netjes)|onverstandig|dom|onzin|overdreven|uw eigen schuld|je eigen schuld)\b/u,
  /\b(?:dat|het) valt (?:\p{L}+ )?mee\b/u,
  /\b(?:is|zijn) (?:\p{L}+ ){0,2}?(?:de beste|een goede|geen goede|geen) (?:oplossing|keuze|optie|idee)\b/u,
  /^probeer\b/,
  /^(?:zoek|vraag|regel|stop|begin|bel|neem|ga|doe) (?:\p{L}+ )?(?:eens|gewoon|toch)\b/u,
];

function advises(sentence: SentenceContext): boolean {
  if (MUST.test(sentence.norm)) return true;
  return (
    sentence.question === 'none' && IN_STATEMENT.some((pattern) => pattern.test(sentence.norm))
  );
}

export const adviceOma: Rule = ({ sentences }) => sentences.some(advises);
