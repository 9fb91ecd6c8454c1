/**
 * Finds Dutch passive constructions (lijdende vorm, domain-anchors §5.5 rule 3):
 * a form of worden/zijn with a voltooid deelwoord in the same clause, also split
 * ("wordt door de gemeente besproken") or reversed ("besproken zal worden").
 * A hit spans from the first to the last word of the construction.
 */
import { isPastParticiple, takesZijnInPerfect } from './past-participle';

export interface PassiveHit {
  offset: number;
  length: number;
  text: string;
}

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden', 'geworden']);
const ZIJN = new Set(['ben', 'bent', 'is', 'zijn', 'was', 'waren', 'geweest']);
const HEBBEN = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden']);
const MODALS = new Set(
  'zal zult zullen zou zouden kan kunt kunnen kon konden moet moeten moest moesten mag mogen mocht mochten'.split(
    ' ',
  ),
);
/** Words that open a new clause or an infinitive: the participle cannot lie beyond them. */
const CLAUSE_BREAKS = new Set(
  'en maar of want dus omdat dat die als wanneer terwijl toen zodat nadat voordat doordat hoewel waardoor waarin waarna wat wie welke zodra totdat te'.split(
    ' ',
  ),
);
/** Before these, "zijn" and "was" are a possessive or a noun ("met zijn zoon", "de was"). */
const NOUN_CONTEXT = new Set(
  'de het een uw haar mijn zijn jouw onze hun met van aan voor bij naar op in uit over door om tegen zonder na tot via vanwege'.split(
    ' ',
  ),
);
const MAX_GAP = 8;

interface Token {
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[.!?;:,()"“”…\n]/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const start = match.index;
    const isWord = /[\p{L}\p{N}]/u.test(match[0]);
    tokens.push({ lower: match[0].toLowerCase(), start, end: start + match[0].length, isWord });
  }
  return tokens;
}

const isAuxiliary = (word: string): boolean => WORDEN.has(word) || ZIJN.has(word);
const isBreak = (token: Token): boolean => !token.isWord || CLAUSE_BREAKS.has(token.lower);

function fitsAuxiliary(participle: Token, auxiliary: Token): boolean {
  if (!isPastParticiple(participle.lower)) return false;
  return !(ZIJN.has(auxiliary.lower) && takesZijnInPerfect(participle.lower));
}

/** Index of the participle after the auxiliary at `i`, if any. */
function participleAfter(tokens: Token[], i: number): number | undefined {
  for (let j = i + 1; j < tokens.length && j <= i + MAX_GAP; j++) {
    const token = tokens[j]!;
    if (isBreak(token) || isAuxiliary(token.lower) || HEBBEN.has(token.lower)) return undefined;
    if (fitsAuxiliary(token, tokens[i]!)) return j;
  }
  return undefined;
}

/** Index of a participle right before the auxiliary ("ontvangen is", "beoordeeld zal worden"). */
function participleBefore(tokens: Token[], i: number, floor: number): number | undefined {
  const previous = i - 1;
  const beforeModal = MODALS.has(tokens[previous]?.lower ?? '') ? previous - 1 : previous;
  if (beforeModal < floor) return undefined;
  const candidate = tokens[beforeModal];
  return candidate?.isWord && fitsAuxiliary(candidate, tokens[i]!) ? beforeModal : undefined;
}

function hitOf(text: string, from: Token, to: Token): PassiveHit {
  return { offset: from.start, length: to.end - from.start, text: text.slice(from.start, to.end) };
}

export function findPassives(text: string): PassiveHit[] {
  const tokens = tokenize(text);
  const hits: PassiveHit[] = [];
  let clauseHasHebben = false;
  let floor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isBreak(token)) clauseHasHebben = false;
    if (HEBBEN.has(token.lower)) clauseHasHebben = true;
    if (!isAuxiliary(token.lower)) continue;
    const isZijn = ZIJN.has(token.lower);
    const previous = tokens[i - 1];
    const ambiguous = token.lower === 'zijn' || token.lower === 'was';
    if (ambiguous && previous?.isWord && NOUN_CONTEXT.has(previous.lower)) continue;
    if (isZijn && clauseHasHebben) continue;
    const after = participleAfter(tokens, i);
    if (after !== undefined) {
      const modal = previous && MODALS.has(previous.lower) && i - 1 >= floor ? previous : token;
      hits.push(hitOf(text, modal, tokens[after]!));
      i = after;
      floor = after + 1;
      continue;
    }
    const before = participleBefore(tokens, i, floor);
    if (before !== undefined) {
      hits.push(hitOf(text, tokens[before]!, token));
      floor = i + 1;
    }
  }
  return hits;
}
