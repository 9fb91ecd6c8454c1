/**
 * The verslag for the registration system (PRODUCT §3.3, issue 6): factual
 * bullets per checklist item, leefgebied, afspraak and signal, with a template
 * per conversation type. Invariant: it only restates what the conversation
 * holds; an item without a state is written as "niet besproken", never guessed
 * (a vervoer topic the Vervoerscheck answered counts as besproken).
 * BSNs in free text are redacted before the text leaves this function.
 */
import type { Agreement, Conversation } from '../conversation/model';
import { mergedChecklist } from '../mobility/checklist-coverage';
import type { Checklist, Pack } from '../packs/pack-schema';
import { redactBsn } from '../taalcheck/bsn';
import { afwegingOf } from './afweging-of';
import { dutchDate, LEVEL_NAME, PARTY_TEXT, REPORT_TITLE, STATE_TEXT } from './report-labels';
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

type Block = string[];

const named = (text: string, legalBasis: string) => (legalBasis ? `${text} (${legalBasis})` : text);

function detailedChecklist(conversation: Conversation, list: Checklist): Block {
  return [
    list.name,
    ...list.items.map(
      (item) =>
        `- ${named(item.text, item.legalBasis)}: ${STATE_TEXT[stateOf(conversation, item)]}.`,
    ),
  ];
}

function briefChecklist(conversation: Conversation, list: Checklist): Block {
  const withState = (state: 'besproken' | 'nvt') =>
    list.items.filter((item) => stateOf(conversation, item) === state).map((item) => item.text);
  const discussed = withState('besproken');
  const notApplicable = withState('nvt');
  return [
    list.name,
    ...(discussed.length ? [`- Besproken: ${discussed.join('; ')}.`] : []),
    ...(notApplicable.length ? [`- Niet van toepassing: ${notApplicable.join('; ')}.`] : []),
    ...(discussed.length + notApplicable.length === 0 ? ['- Geen onderwerpen besproken.'] : []),
  ];
}

function lifeDomains(conversation: Conversation, pack: Pack): Block {
  const lines: string[] = [];
  const skipped: string[] = [];
  for (const domain of lifeDomainsInOrder(pack)) {
    const rating = conversation.ratings[domain.id];
    const note = conversation.notes[domain.id];
    const own = oneLine(note?.own ?? '');
    const strengths = oneLine(note?.strengths ?? '');
    const wish = oneLine(note?.wish ?? '');
    if (rating === undefined && !own && !strengths && !wish) {
      skipped.push(domain.name);
      continue;
    }
    lines.push(
      `- ${domain.name}: ${rating === undefined ? 'niet gescoord' : `niveau ${rating}, ${LEVEL_NAME[rating]}`}.`,
      ...(own ? [`  - In eigen woorden: "${own}"`] : []),
      ...(strengths ? [`  - Sterke kanten en netwerk: ${sentence(strengths)}`] : []),
      ...(wish ? [`  - Wens: ${sentence(wish)}`] : []),
    );
  }
  if (lines.length === 0) lines.push('- Geen leefgebieden gescoord of beschreven.');
  else if (skipped.length) lines.push(`- Niet besproken: ${skipped.join(', ')}.`);
  return ['Leefgebieden', ...lines];
}

function agreementLine(agreement: Agreement): string {
  const who = agreement.whoName
    ? `${PARTY_TEXT[agreement.who]} (${oneLine(agreement.whoName)})`
    : PARTY_TEXT[agreement.who];
  const extra = [
    agreement.when && `wanneer: ${oneLine(agreement.when)}`,
    agreement.done && 'gedaan',
  ].filter(Boolean);
  const line = `- ${who}: ${oneLine(agreement.what)}${extra.length ? ` (${extra.join('; ')})` : ''}.`;
  const handover = agreement.handover;
  if (!handover) return line;
  const details = [
    handover.organisation && `organisatie: ${oneLine(handover.organisation)}`,
    handover.goal && `doel: ${oneLine(handover.goal)}`,
    handover.duration && `duur: ${oneLine(handover.duration)}`,
    handover.feedback && `terugkoppeling: ${oneLine(handover.feedback)}`,
    handover.lead && `regie: ${oneLine(handover.lead)}`,
    `toestemming inwoner: ${handover.consent ? 'ja' : 'nog niet gegeven'}`,
  ].filter(Boolean);
  return `${line}\n  - Warme overdracht: ${details.join('; ')}.`;
}

function agreements(conversation: Conversation): Block {
  const list = agreementsOf(conversation);
  return [
    'Afspraken',
    ...(list.length ? list.map(agreementLine) : ['- Geen afspraken vastgelegd.']),
  ];
}

function signals(conversation: Conversation, pack: Pack): Block {
  const observed = pack.signals.filter((signal) => conversation.signals[signal.id]);
  return [
    'Signalen tijdens het gesprek',
    ...(observed.length
      ? observed.map((signal) => `- ${signal.name}${signal.acute ? ' (acuut)' : ''}.`)
      : ['- Geen signalen vastgelegd.']),
  ];
}

/** Later and not discussed: item by item for the detailed lists, one line per state for the rest. */
function openPoints(conversation: Conversation, detailed: Checklist[], brief: Checklist[]): Block {
  const pick = (lists: Checklist[], state: 'later' | 'open') =>
    uniqueItems(lists).filter((item) => stateOf(conversation, item) === state);
  const lines = [
    ...pick(detailed, 'later').map((item) => `- Later bespreken: ${item.text}.`),
    ...pick(detailed, 'open').map((item) => `- Niet besproken: ${item.text}.`),
  ];
  const seen = new Set(uniqueItems(detailed).map((item) => item.id));
  for (const list of brief) {
    for (const state of ['later', 'open'] as const) {
      const items = pick([list], state).filter((item) => !seen.has(item.id));
      if (items.length)
        lines.push(
          `- ${capitalise(STATE_TEXT[state])} (${list.name.toLowerCase()}): ${items.map((item) => item.text).join('; ')}.`,
        );
    }
  }
  return ['Open punten', ...(lines.length ? lines : ['- Geen open punten.'])];
}

export function buildSystemReport(input: Conversation, pack: Pack): string {
  const conversation = { ...input, checklist: mergedChecklist(input, pack) };
  const { detailed, brief } = templateFor(pack, conversation.type);
  const afweging = afwegingOf(conversation, pack);
  const blocks: Block[] = [
    [
      REPORT_TITLE[conversation.type],
      `Gesprek: ${oneLine(conversation.label)}`,
      `Datum: ${dutchDate(conversation.startedAt ?? conversation.createdAt)}`,
    ],
  ];
  // Without a detailed list (a pack that switched them off) the afweging follows the header.
  if (afweging && detailed.length === 0) blocks.push(afweging.professional.split('\n'));
  detailed.forEach((list, i) => {
    blocks.push(detailedChecklist(conversation, list));
    // The afweging follows the vervoersvraag it weighs (first detailed list of `vervoer`).
    if (i === 0 && afweging) blocks.push(afweging.professional.split('\n'));
  });
  blocks.push(lifeDomains(conversation, pack));
  blocks.push(...brief.map((list) => briefChecklist(conversation, list)));
  blocks.push(agreements(conversation), signals(conversation, pack));
  blocks.push(openPoints(conversation, detailed, brief));
  return redactBsn(blocks.map((block) => block.join('\n')).join('\n\n')).text;
}
