/**
 * "What was asked": the vervoerscheck answers as short, checkable lines for the
 * verslag, the topics not yet asked, and the inwoner's situation in B1.
 * Unknown answers are never written as "nee".
 */
import { withoutNone, type MobilityAnswers, type Purpose } from './answers-schema';
import {
  DOUBT_TEXT,
  destinationsText,
  FREQUENCY_TEXT,
  km,
  listText,
  thresholdText,
  type Facts,
} from './facts';

const yesNo = (value: boolean | undefined) =>
  value === undefined ? undefined : value ? 'ja' : 'nee';

const CYCLING_TEXT = {
  nee: 'nee',
  tweewieler: 'gewone fiets',
  driewieler: 'driewielfiets',
  'e-bike': 'e-bike',
};
const OV_TEXT = { zelfstandig: 'zelfstandig', 'met-hulp': 'alleen met hulp', nee: 'nee' };
const HELPER_TEXT = {
  huisgenoot: 'partner of huisgenoot',
  familie: 'familie',
  buren: 'buren',
  vrienden: 'vrienden',
  niemand: 'niemand',
};
const AVAILABILITY_TEXT = {
  dagelijks: 'elke dag',
  wekelijks: 'elke week',
  'af-en-toe': 'af en toe',
  niet: 'niet',
};

/** Pairs of label and value; a line is written only when something in it is known. */
function line(label: string, parts: [string, string | undefined][]): string | undefined {
  const known = parts.filter(([, value]) => value !== undefined);
  if (!known.length) return undefined;
  return `${label}: ${known.map(([name, value]) => (name ? `${name} ${value}` : value)).join('; ')}.`;
}

export function describeAnswers(f: Facts): string[] {
  const a = f.answers;
  const helpers = a.networkHelpers?.map((h) => HELPER_TEXT[h]).join(', ');
  const doubts =
    a.trafficDoubts &&
    (withoutNone(a.trafficDoubts)!.length
      ? listText(f.doubts!.map((d) => DOUBT_TEXT[d]))
      : 'geen twijfels');
  const provisions = a.provisionsUsed && (withoutNone(a.provisionsUsed)!.join(', ') || 'niets');
  const lines = [
    line('Bestemmingen', [['', f.destinations && destinationsText(f.destinations)]]),
    a.walkingMeters === undefined
      ? undefined
      : `Loopafstand: ${a.walkingMeters} m${a.walkingWithAid === undefined ? '' : a.walkingWithAid ? ' met hulpmiddel' : ' zonder hulpmiddel'}, ${thresholdText(f)}.`,
    line('Vervoer', [
      ['fietsen:', a.cycling && CYCLING_TEXT[a.cycling]],
      ['openbaar vervoer:', a.ov && OV_TEXT[a.ov]],
      ['rijdt zelf auto:', yesNo(a.ownCar)],
    ]),
    line('Netwerk', [
      ['iemand die kan rijden:', yesNo(a.driverInNetwork)],
      ['wie kan helpen:', helpers],
      ['wanneer:', a.networkAvailability && AVAILABILITY_TEXT[a.networkAvailability]],
    ]),
    line('Medisch', [
      ['bewegen medisch belangrijk:', yesNo(a.exerciseImportant)],
      ['aandoening wordt erger:', yesNo(a.progressive)],
      ['valt weleens:', yesNo(a.fallRisk)],
    ]),
    line('Veiligheid in het verkeer', [['', doubts]]),
    line('Thuis', [
      ['stalling:', yesNo(a.storageAtHome)],
      ['opladen:', yesNo(a.chargingAtHome)],
    ]),
    line('Al in gebruik', [['', provisions]]),
    line('Inwoner richt zich alleen op een scootmobiel', [['', yesNo(a.focusOnlyScootmobiel)]]),
  ];
  return lines.filter((l): l is string => l !== undefined);
}

const TOPICS: [keyof MobilityAnswers, string][] = [
  ['destinations', 'bestemmingen'],
  ['walkingMeters', 'loopafstand'],
  ['cycling', 'fietsen'],
  ['ov', 'openbaar vervoer'],
  ['ownCar', 'eigen auto'],
  ['driverInNetwork', 'netwerk'],
  ['exerciseImportant', 'of bewegen medisch belangrijk is'],
  ['progressive', 'verloop van de aandoening'],
  ['trafficDoubts', 'veiligheid in het verkeer'],
  ['storageAtHome', 'stalling en opladen'],
];

export const unaskedTopics = (answers: MobilityAnswers): string[] =>
  TOPICS.filter(([key]) => answers[key] === undefined).map(([, text]) => text);

const PURPOSE_B1: Record<Purpose, string> = {
  boodschappen: 'de winkel',
  'familie-vrienden': 'familie of vrienden',
  activiteiten: 'activiteiten of een club',
  medisch: 'de huisarts of het ziekenhuis',
  'werk-vrijwilligerswerk': 'uw werk of vrijwilligerswerk',
};

/** The inwoner's situation in B1: short sentences, "u". */
export function describeSituationB1(f: Facts): string[] {
  const sentences: string[] = [];
  if (f.destinations) {
    const places = f.destinations.map((d) => {
      const parts = [
        d.km === undefined ? '' : km(d.km).replace('km', 'kilometer'),
        d.frequency ? FREQUENCY_TEXT[d.frequency] : '',
      ];
      const extra = parts.filter(Boolean).join(', ');
      return `${PURPOSE_B1[d.purpose]}${extra ? ` (${extra})` : ''}`;
    });
    sentences.push(`U wilt graag naar ${listText(places)}.`);
  }
  const { walkingMeters, walkingWithAid } = f.answers;
  if (walkingMeters !== undefined)
    sentences.push(
      `U kunt ongeveer ${walkingMeters} meter lopen${walkingWithAid ? ', met een rollator of stok' : ''}.`,
    );
  if (f.answers.exerciseImportant)
    sentences.push('Bewegen is goed voor uw gezondheid. Dat zegt ook uw arts of fysiotherapeut.');
  return sentences;
}
