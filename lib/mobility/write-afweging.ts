/**
 * Writes the afweging of a vervoersvraag for the verslag and the beschikking:
 * what was asked, every alternative considered with its status and reason
 * (confirmed decisions win; unconfirmed proposals say so), the conclusion,
 * warm referrals and the herbeoordeling of a granted maatwerkvoorziening.
 */
import type { Handover } from '../conversation/model';
import { RUNGS } from '../packs/pack-schema';
import { writeInwonerAfweging } from './afweging-inwoner';
import type { MobilityAnswers } from './answers-schema';
import { describeAnswers, unaskedTopics } from './describe-answers';
import { deriveFacts, listText, type MobilityPack } from './facts';
import { displayName, localContact } from './ladder';
import type { Status } from './propose-statuses';
import { settleDecisions, type Considered } from './settle-decisions';

export interface Referral extends Partial<Handover> {
  organisation: string;
  goal: string;
  contact?: string;
}

export interface Conclusion {
  text: string;
  /** Alternative ids that were granted or agreed on. */
  granted?: readonly string[];
}

export interface AfwegingInput {
  answers: MobilityAnswers;
  /** `conversation.decisions`: alternative id → { status, reason }. */
  decisions: Readonly<Record<string, unknown>>;
  pack: MobilityPack;
  conclusion?: Conclusion;
  referrals?: readonly Referral[];
  /** The agreed moment to look again, e.g. "april 2026". */
  reEvaluation?: string;
}

const RUNG_TITLE: Record<(typeof RUNGS)[number], string> = {
  'eigen-kracht': 'Eigen kracht',
  netwerk: 'Netwerk',
  voorliggend: 'Algemene en voorliggende voorzieningen',
  maatwerk: 'Maatwerkvoorzieningen',
};
const DECIDED: Record<Status, string> = {
  past: 'past',
  nagaan: 'nog nagaan',
  'past-niet': 'past niet',
};
const PROPOSED: Record<Status, string> = {
  past: 'past waarschijnlijk',
  nagaan: 'nog nagaan',
  'past-niet': 'past waarschijnlijk niet',
};

function consideredLine({ alternative, proposal, decision, status }: Considered): string {
  const name = displayName(alternative);
  if (!decision)
    return `- ${name}: ${PROPOSED[status]} (voorstel, nog niet bevestigd). Onderbouwing: ${proposal.reasons.join(' ')}`;
  const contact = localContact(alternative);
  const contactText = contact ? ` Contact: ${contact}.` : '';
  if (decision.status !== proposal.status)
    return `- ${name}: ${DECIDED[status]} (vastgesteld, afwijkend van het voorstel "${PROPOSED[proposal.status]}"). Reden: ${decision.reason.trim() || 'niet ingevuld.'}${contactText}`;
  return `- ${name}: ${DECIDED[status]} (vastgesteld). Reden: ${decision.reason.trim() || proposal.reasons.join(' ')}${contact && !decision.reason.trim() ? '' : contactText}`;
}

function referralLine(r: Referral): string {
  const parts = [
    `doel: ${r.goal}`,
    r.duration && `duur: ${r.duration}`,
    r.feedback && `terugkoppeling: ${r.feedback}`,
    r.lead && `regie: ${r.lead}`,
    `toestemming inwoner: ${r.consent ? 'ja' : 'nog vragen'}`,
  ];
  return `- ${r.organisation}${r.contact ? ` (${r.contact})` : ''}: ${parts.filter(Boolean).join('; ')}.`;
}

export function writeAfweging(input: AfwegingInput): { professional: string; inwoner: string } {
  const { answers, pack, conclusion, referrals = [], reEvaluation } = input;
  const facts = deriveFacts(answers, pack);
  const considered = settleDecisions(answers, input.decisions, pack);
  const granted = considered.filter((c) => conclusion?.granted?.includes(c.alternative.id));
  const grantedMaatwerk = granted.filter((c) => c.alternative.rung === 'maatwerk');
  const open = considered.filter((c) => !c.decision).length;
  const unasked = unaskedTopics(answers);

  const sections: string[][] = [
    ['Afweging vervoersvraag'],
    [
      'Wat is gevraagd en besproken',
      ...describeAnswers(facts).map((l) => `- ${l}`),
      ...(unasked.length ? [`- Nog niet gevraagd: ${listText(unasked)}.`] : []),
      `- Gemeentelijke grens loopafstand: ${facts.threshold} m (bron: ${pack.mobility?.source ?? 'standaard, seed-002 L2156-2157'}).`,
    ],
    ['Overwogen oplossingen, van eigen kracht naar maatwerk'],
  ];
  for (const rung of RUNGS) {
    const items = considered.filter((c) => c.alternative.rung === rung);
    if (items.length) sections.push([RUNG_TITLE[rung], ...items.map(consideredLine)]);
  }
  sections.push([
    'Conclusie',
    conclusion?.text.trim() || 'Nog geen conclusie vastgelegd.',
    ...(granted.length
      ? [`Toegekend of afgesproken: ${listText(granted.map((c) => displayName(c.alternative)))}.`]
      : []),
    ...(open ? [`${open} van de ${considered.length} oplossingen zijn nog niet bevestigd.`] : []),
  ]);
  const fitsElsewhere = considered.some(
    (c) => c.alternative.rung === 'voorliggend' && c.status === 'past',
  );
  sections.push([
    'Verwijzingen (warme overdracht)',
    ...(referrals.length
      ? referrals.map(referralLine)
      : [
          fitsElsewhere
            ? 'Geen verwijzing vastgelegd; een advies alleen is geen warme overdracht.'
            : 'Geen verwijzingen.',
        ]),
  ]);
  if (grantedMaatwerk.length) {
    sections.push([
      'Herbeoordeling',
      `${listText(grantedMaatwerk.map((c) => displayName(c.alternative)))}: ${reEvaluation?.trim() ? `herbeoordeling ${reEvaluation.trim()}` : 'moment van herbeoordeling nog niet afgesproken'}.`,
      ...(answers.progressive
        ? ['De aandoening wordt erger: eerder opnieuw kijken als de situatie verandert.']
        : []),
    ]);
  }

  return {
    professional: sections.map((s) => s.join('\n')).join('\n\n'),
    inwoner: writeInwonerAfweging({ facts, considered, granted, referrals, reEvaluation }),
  };
}
