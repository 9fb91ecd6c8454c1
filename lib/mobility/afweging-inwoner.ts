/**
 * The afweging for the inwoner in B1 Dutch: short sentences, "u", plain words
 * instead of Wmo terms. Only confirmed decisions are told as outcomes;
 * unconfirmed proposals are not presented as a decision.
 */
import type { MobilityAlternative } from '../packs/pack-schema';
import { describeSituationB1 } from './describe-answers';
import type { Facts } from './facts';
import { localContact } from './ladder';
import type { Status } from './propose-statuses';
import type { Considered } from './settle-decisions';
import type { Referral } from './write-afweging';
import { splitSentences } from '../taalcheck/split-sentences';

interface InwonerInput {
  facts: Facts;
  considered: readonly Considered[];
  granted: readonly Considered[];
  referrals: readonly Referral[];
  reEvaluation?: string;
}

const GROUPS: [Status, string][] = [
  ['past', 'Dit past bij u:'],
  ['past-niet', 'Dit past niet goed bij u:'],
  ['nagaan', 'Dit zoeken we nog uit:'],
];

/** The first sentence of the pack's plain description, plus the local name and contact. */
function plainName(alternative: MobilityAlternative): string {
  // The first sentence, without cutting at abbreviations such as "bijv.".
  const first = (
    splitSentences(alternative.description)[0]?.text ?? alternative.description
  ).replace(/\.$/, '');
  const contact = localContact(alternative);
  return contact ? `${first} (${contact})` : first;
}

export function writeInwonerAfweging({
  facts,
  considered,
  granted,
  referrals,
  reEvaluation,
}: InwonerInput): string {
  const sections: string[][] = [['Uw vraag over vervoer', ...describeSituationB1(facts)]];
  sections.push([
    'We hebben samen gekeken wat er kan. Eerst naar wat u zelf kunt. Dan naar de mensen om u heen. Dan naar hulp in de buurt. En als laatste naar hulp die de gemeente speciaal voor u regelt.',
  ]);
  const decided = considered.filter((c) => c.decision && !granted.includes(c));
  for (const [status, title] of GROUPS) {
    const items = decided.filter((c) => c.status === status);
    if (items.length) sections.push([title, ...items.map((c) => `- ${plainName(c.alternative)}.`)]);
  }
  if (considered.some((c) => !c.decision))
    sections.push([
      decided.length || granted.length
        ? 'Over de andere mogelijkheden praten we nog.'
        : 'Over de mogelijkheden praten we nog.',
    ]);

  const agreed: string[] = [
    ...granted.map((c) => `- ${plainName(c.alternative)}.`),
    ...referrals.map((r) =>
      r.consent
        ? `- ${r.organisation} neemt contact met u op. Zij helpen u met: ${r.goal}.`
        : `- Als u het goed vindt, vragen wij ${r.organisation} om contact met u op te nemen. Zij helpen u met: ${r.goal}.`,
    ),
  ];
  if (agreed.length) sections.push(['Wat we hebben afgesproken:', ...agreed]);
  if (granted.some((c) => c.alternative.rung === 'maatwerk')) {
    sections.push([
      reEvaluation?.trim()
        ? `We kijken samen of dit nog goed bij u past. Dat doen we: ${reEvaluation.trim()}.`
        : 'We spreken nog af wanneer we samen kijken of dit nog goed bij u past.',
    ]);
  }
  sections.push(['Klopt er iets niet? Of heeft u een vraag? Laat het ons weten.']);
  return sections.map((s) => s.join('\n')).join('\n\n');
}
