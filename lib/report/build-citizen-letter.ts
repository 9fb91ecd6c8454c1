/**
 * The letter for the inwoner: the written weergave of the talk in B1 Dutch
 * (PRODUCT §3.3, domain-anchors §5.5): what to do first, what they told us, what
 * we agreed, what happens next and by when, how to react, and free
 * cliëntondersteuning. The professional's free text passes through the pack's
 * jargon list (B1 alternatives); the inwoner's own words stay as they said them.
 * Sensitive checklist items are never named. BSNs are redacted.
 */
import type { Agreement, Conversation } from '../conversation/model';
import type { Pack } from '../packs/pack-schema';
import { redactBsn } from '../taalcheck/bsn';
import { createJargonMatcher, type JargonMatcher } from '../taalcheck/find-jargon';
import { replaceJargon } from '../taalcheck/replace-jargon';
import { afwegingOf } from './afweging-of';
import { LETTER, TOLD_ELSEWHERE, TOPIC_OF_DOMAIN, TOPIC_OF_ITEM, whoInLetter } from './b1-phrases';
import { dutchDate } from './report-labels';
import {
  agreementsOf,
  capitalise,
  lifeDomainsInOrder,
  oneLine,
  sentence,
  stateOf,
  templateFor,
  uniqueItems,
} from './template';

export interface LetterOptions {
  /** When the letter is written (epoch ms); default: the conversation's last change. */
  date?: number;
  /** Days the inwoner has to react. Default 14: a municipal choice, set it per gemeente. */
  respondWithinDays?: number;
  /** Phone number, e-mail or desk where the inwoner can react. */
  contact?: string;
  signature?: string;
  /** A matcher compiled once from `pack.jargon`, for callers that build letters often. */
  jargon?: JargonMatcher;
}

const DAY = 24 * 60 * 60 * 1000;
const DEFAULT_RESPOND_DAYS = 14;

type Block = string[];

/** Replaces every jargon hit by its B1 alternative, last hit first so offsets stay valid. */
function plain(text: string, jargon: JargonMatcher): string {
  return jargon(text)
    .sort((a, b) => b.offset - a.offset)
    .reduce((result, hit) => replaceJargon(result, hit), oneLine(text));
}

function told(conversation: Conversation, pack: Pack, jargon: JargonMatcher): Block {
  const lines: string[] = [];
  for (const domain of lifeDomainsInOrder(pack)) {
    const note = conversation.notes[domain.id];
    const topic = TOPIC_OF_DOMAIN[domain.id] ?? domain.name.toLowerCase();
    const own = oneLine(note?.own ?? '');
    const strengths = oneLine(note?.strengths ?? '');
    const wish = oneLine(note?.wish ?? '');
    if (own) lines.push(`- ${LETTER.toldAbout(topic, own)}`);
    if (strengths) lines.push(`- ${LETTER.goesWell(sentence(plain(strengths, jargon)))}`);
    if (wish) lines.push(`- ${LETTER.wish(sentence(plain(wish, jargon)))}`);
  }
  return lines.length ? [LETTER.toldHeading, ...lines] : [];
}

function talkedAbout(conversation: Conversation, pack: Pack): Block {
  const { detailed, brief } = templateFor(pack, conversation.type);
  const topics = new Set<string>();
  for (const item of uniqueItems([...detailed, ...brief])) {
    if (item.sensitive || TOLD_ELSEWHERE.has(item.id)) continue;
    if (stateOf(conversation, item) !== 'besproken') continue;
    const topic =
      TOPIC_OF_ITEM[item.id] ?? (item.lifeDomain ? TOPIC_OF_DOMAIN[item.lifeDomain] : undefined);
    if (topic) topics.add(topic);
  }
  return topics.size ? [LETTER.talkedAbout, ...[...topics].map((topic) => `- ${topic}`)] : [];
}

function handoverLines(agreement: Agreement, jargon: JargonMatcher): string[] {
  const handover = agreement.handover!;
  const organisation = oneLine(handover.organisation || agreement.whoName) || 'Een organisatie';
  const goal = sentence(plain(handover.goal || agreement.what, jargon));
  const first = handover.consent
    ? LETTER.handover(organisation, goal)
    : LETTER.handoverAsk(organisation, goal);
  const duration = oneLine(handover.duration);
  return [
    `- ${first}`,
    ...(duration ? [`  ${LETTER.handoverDuration(sentence(plain(duration, jargon)))}`] : []),
  ];
}

function agreed(
  list: Agreement[],
  jargon: JargonMatcher,
  { handoversTold, afterAfweging }: { handoversTold: boolean; afterAfweging: boolean },
): Block {
  const lines = list.flatMap((agreement) => {
    if (agreement.handover) return handoversTold ? [] : handoverLines(agreement, jargon);
    const line = `- ${plain(whoInLetter(agreement), jargon)}: ${sentence(plain(agreement.what, jargon))}`;
    return [agreement.done ? `${line} ${LETTER.done}` : line];
  });
  if (afterAfweging) return lines.length ? [LETTER.agreedMoreHeading, ...lines] : [];
  return [
    LETTER.agreedHeading,
    ...(lines.length ? [LETTER.agreedIntro, ...lines] : [LETTER.noAgreements]),
  ];
}

function next(conversation: Conversation, list: Agreement[], jargon: JargonMatcher): Block {
  const dated = list.filter((agreement) => agreement.when.trim() && !agreement.done);
  const lines = dated.map((agreement) => {
    const when = plain(agreement.when, jargon);
    const who = whoInLetter(agreement);
    return `- ${capitalise(when)}: ${sentence(`${plain(agreement.what, jargon)} (${who === 'U' || who === 'Wij' ? who.toLowerCase() : who})`)}`;
  });
  const wmo = conversation.type === 'wmo' || conversation.type === 'vervoer';
  return [
    LETTER.nextHeading,
    ...(lines.length ? lines : [LETTER.noDates]),
    ...(wmo ? ['', ...LETTER.wmoTerms] : []),
  ];
}

export function buildCitizenLetter(
  conversation: Conversation,
  pack: Pack,
  options: LetterOptions = {},
): string {
  const jargon = options.jargon ?? createJargonMatcher(pack.jargon);
  const written = options.date ?? conversation.updatedAt;
  const reactBy = dutchDate(written + (options.respondWithinDays ?? DEFAULT_RESPOND_DAYS) * DAY);
  const list = agreementsOf(conversation);
  const afweging = afwegingOf(conversation, pack);
  // The afweging ends with its own "Klopt er iets niet?"; this letter says that once, below.
  const afwegingBlocks = (afweging?.inwoner.split('\n\n') ?? [])
    .filter((paragraph) => !paragraph.startsWith('Klopt er iets niet?'))
    .map((paragraph) => paragraph.split('\n'));

  const blocks: Block[] = [
    [LETTER.title],
    [LETTER.salutation],
    [
      LETTER.intro(dutchDate(conversation.startedAt ?? conversation.createdAt)),
      LETTER.checkFirst(reactBy),
    ],
    told(conversation, pack, jargon),
    talkedAbout(conversation, pack),
    ...afwegingBlocks,
    agreed(list, jargon, {
      handoversTold: afweging !== null,
      afterAfweging: afwegingBlocks.some(([first]) => first?.startsWith(LETTER.agreedHeading)),
    }),
    next(conversation, list, jargon),
    [
      LETTER.wrongHeading,
      LETTER.wrong,
      options.contact?.trim() ? LETTER.contact(oneLine(options.contact)) : LETTER.contactUs,
      ...LETTER.wrongBy(reactBy),
    ],
    [LETTER.supportHeading, ...LETTER.support],
    [LETTER.closing, oneLine(options.signature ?? '') || LETTER.signature],
  ];
  const text = blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join('\n'))
    .join('\n\n');
  return redactBsn(text).text;
}
