/**
 * Open, closed or no question, per sentence and for a whole turn (issue 9 item 1;
 * domain-anchors §5.1: a vraagwoord or an invitation to tell is open, a verb first or a
 * choice is closed). Invariant: a sentence is classified by its first decisive segment,
 * so a lead-in ("Als u terugkijkt, …", "Mevrouw Bakker, …") never decides the type.
 */
import { sentenceBody, type Segment } from '../tokenize-nl';
import { FINITE_VERB, NOT_A_VERB, PREPOSITION, QUESTION_WORD, SUBJECT } from '../lexicon-nl';
import type { QuestionType } from '../types';
import type { Rule } from './rule';

const INVITATION = new RegExp(
  '^(?:vertel\\b|vertelt u (?:eens|maar|gerust)\\b|beschrijf\\b|schets\\b|leg (?:\\p{L}+ ){0,2}uit\\b' +
    '|neem (?:me|mij|ons) (?:\\p{L}+ )?mee\\b' +
    '|(?:kunt|kun|kan|wilt|wil|zou|zoudt) (?:u|je|jij)(?: \\p{L}+){0,5}? (?:vertellen|uitleggen|beschrijven|toelichten|schetsen|laten zien|meenemen)\\b' +
    '|ik (?:ben|was) (?:\\p{L}+ ){0,3}benieuwd\\b|ik (?:hoor|wil|zou) (?:\\p{L}+ ){0,3}?(?:weten|horen)\\b' +
    '|ik hoor (?:het )?graag\\b|ik vraag me af\\b)',
  'u',
);
/** "Kunt u vertellen óf…", "ik ben benieuwd óf…": the invitation asks a yes/no question. */
const WHETHER =
  /\b(?:vertellen|uitleggen|benieuwd|weten|horen|vraag me af)(?: (?:me|mij|eens|even))? of\b/;
const WH = new RegExp(`^(?:${PREPOSITION} )?${QUESTION_WORD}\\b`);
/** "Wat u zegt, …", "Hoe het gaat": a vraagwoord heading a relative clause, not a question. */
const WH_RELATIVE = new RegExp(
  `^(?:${PREPOSITION} )?${QUESTION_WORD} (?:u|ik|we|wij|je|jij|het|ze|zij|hij|jullie|de|mijn|uw|jouw)\\b`,
);
/** "Wat fijn!", "Hoe vervelend.": exclamations (only when there is no question mark). */
const EXCLAMATIVE =
  /^(?:wat|hoe) (?:een|fijn|goed|mooi|leuk|naar|rot|vervelend|jammer|knap|lastig|moeilijk|zwaar|erg|bijzonder|heftig|spannend|verdrietig|prachtig|lief|sterk|vreselijk|gezellig|heerlijk|akelig|pijnlijk|zonde|raar|vreemd|gek|fantastisch|geweldig|slim|dapper|fijn)\b/;
/** A second question inside one sentence: vraagwoord + verb, or a bare vraagwoord. */
const WH_DIRECT = new RegExp(
  `^(?:${PREPOSITION} )?(?:${QUESTION_WORD} ${FINITE_VERB}\\b|(?:hoe|welke?|hoeveel|wat voor) \\p{L}+ ${FINITE_VERB}\\b|(?:hoe \\p{L}+|${QUESTION_WORD})(?: (?:dan|nog|precies|eigenlijk|niet|zo|allemaal|wel))*$)`,
  'u',
);
const VERB_START = new RegExp(`^${FINITE_VERB}\\b`);
const SECOND_IS_SUBJECT = new RegExp(`^(\\p{L}+) ${SUBJECT}\\b`, 'u');
/** Without a question mark only these verbs make a question ("heeft u een auto"), not "gaat u zitten". */
const QUESTION_AUX = new RegExp(
  `^(?:heeft|hebt|heb|bent|ben|is|zijn|kunt|kun|kan|wilt|wil|zou|mag|moet|weet|vindt|vind|woont|werkt|krijgt|lukt|klopt|speelt|gebruikt|kent|ken|slaapt|hoeft) ${SUBJECT}\\b`,
);
const POLITE_IMPERATIVE = /\b(?:gerust|maar|even)\b/;
/** "En verder?", "Zoals?": a bare prompt to go on is an open question. */
const GO_ON = /^(?:verder|nog (?:iets|meer)|toen|zoals|bijvoorbeeld|en toen)$/;
/** "Vertel, hoe ging het?": a bare "vertel (eens)" only leads in to the question after it. */
const BARE_LEAD_IN = /^(?:vertel|vertelt u)(?: (?:eens|maar|gerust|me|mij|ons))*$/;

export type SegmentForm = 'invitation' | 'wh' | 'wh-relative' | 'verb-first' | 'other';

export function segmentForm(text: string): SegmentForm {
  if (INVITATION.test(text)) return 'invitation';
  if (WH.test(text)) return WH_RELATIVE.test(text) ? 'wh-relative' : 'wh';
  if (isVerbFirst(text)) return 'verb-first';
  return 'other';
}

export function isVerbFirst(text: string): boolean {
  if (VERB_START.test(text)) return true;
  const first = SECOND_IS_SUBJECT.exec(text)?.[1];
  return first !== undefined && !NOT_A_VERB.has(first) && !WH.test(first);
}

/** A segment that is a question on its own, as a follow-up inside one sentence. */
export function isDirectQuestion(segment: Segment): boolean {
  if (WH_DIRECT.test(segment.text)) return true;
  return segment.joinedBy !== 'of' && isVerbFirst(segment.text);
}

export interface SentenceQuestion {
  question: QuestionType;
  /** Index of the segment that decided the type, -1 when none did. */
  head: number;
}

export function classifySentence(norm: string, segments: Segment[]): SentenceQuestion {
  const hasMark = norm.includes('?');
  const body = sentenceBody(norm);
  for (let i = 0; i < segments.length; i++) {
    const text = segments[i]!.text;
    const form = hasMark && GO_ON.test(text) ? 'wh' : segmentForm(text);
    if (form === 'invitation') {
      if (BARE_LEAD_IN.test(text) && i < segments.length - 1) continue;
      return { question: WHETHER.test(body) ? 'closed' : 'open', head: i };
    }
    if (form === 'wh') {
      // Without a question mark only an opening vraagwoord asks ("hoe gaat het met u");
      // later ones head indirect clauses ("…kijken we wat u nodig heeft").
      if (!hasMark && (i > 0 || EXCLAMATIVE.test(text))) continue;
      return { question: 'open', head: i };
    }
    if (form === 'verb-first') {
      if (hasMark) return { question: 'closed', head: i };
      const asks = QUESTION_AUX.test(text) && !body.includes(',') && !POLITE_IMPERATIVE.test(body);
      return { question: asks ? 'closed' : 'none', head: i };
    }
  }
  return { question: hasMark ? 'closed' : 'none', head: -1 };
}

/** The turn's type is the type of its first question. */
export const classifyQuestion: Rule<QuestionType> = (context) =>
  context.questions[0]?.question ?? 'none';
