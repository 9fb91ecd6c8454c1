/**
 * Rules for the last rung: individual maatwerkvoorzieningen. They look back at
 * the earlier rungs, because maatwerk comes only when those do not suffice
 * (domain-anchors §1.5, §4.1; seed-002 L2193-2195).
 */
import {
  destinationsText,
  destinationText,
  farthest,
  thresholdText,
  walkText,
  doubtsText,
  type Facts,
} from '../facts';
import { CYCLE_CHECK_KM } from './eigen-kracht';
import { ask, nagaan, past, pastNiet, type RuleContext, type Rule } from './rule';

const ASK_WALK = ask('hoe ver kan de inwoner lopen, met en zonder hulpmiddel?');

// Earlier solutions that take over the trips a scootmobiel would serve.
const COVERS_ALL_TRIPS = [
  'fiets',
  'e-bike',
  'driewielfiets',
  'eigen-auto',
  'openbaar-vervoer',
  'scootmobielpool',
];
// Collectief vervoer has the primaat (CRvB 19-10-2011), but suits less-than-weekly trips better than daily ones.
const COVERS_OCCASIONAL_TRIPS = ['regiotaxi', 'buurtbus', 'vrijwilligersvervoer'];

const ANTI_REVALIDATION =
  'Bewegen is medisch belangrijk: een scootmobiel kan anti-revaliderend werken (CRvB 2016:1741); eerst een beweegroute.';

function coveringEarlier(f: Facts, { earlier }: RuleContext): string[] {
  const covering = [...earlier].filter(([id, { status }]) => {
    if (status !== 'past') return false;
    if (COVERS_ALL_TRIPS.includes(id)) return true;
    if (id === 'lift-netwerk') return f.answers.networkAvailability === 'dagelijks';
    return COVERS_OCCASIONAL_TRIPS.includes(id) && !f.frequentTrips;
  });
  return covering.map(([, { name }]) => name);
}

function missingAnswers(f: Facts): string[] {
  const a = f.answers;
  const missing: [unknown, string][] = [
    [f.destinations, 'bestemmingen'],
    [a.cycling, 'fietsen'],
    [a.ownCar, 'eigen auto'],
    [f.hasNetwork === false ? false : a.driverInNetwork, 'netwerk'],
    [a.exerciseImportant, 'of bewegen medisch belangrijk is'],
    [a.trafficDoubts, 'veiligheid in het verkeer'],
    [a.storageAtHome ?? a.chargingAtHome, 'stalling en opladen'],
  ];
  return missing.filter(([value]) => value === undefined).map(([, text]) => text);
}

const scootmobiel: Rule = (f, context) => {
  if (f.answers.walkingMeters === undefined) return nagaan(ASK_WALK);
  const walk = `${walkText(f)}, ${thresholdText(f)}.`;
  const { exerciseImportant, cycling, storageAtHome, chargingAtHome, progressive } = f.answers;
  if (!f.belowThreshold) return pastNiet(walk, ...(exerciseImportant ? [ANTI_REVALIDATION] : []));
  const checks: string[] = [];
  if (exerciseImportant) checks.push(ANTI_REVALIDATION);
  const missing = missingAnswers(f);
  if (missing.length) checks.push(ask(missing.join(', ')));
  const covering = coveringEarlier(f, context);
  if (covering.length)
    checks.push(
      `Eerder op de ladder past waarschijnlijk: ${covering.join(', ')}; nagaan of dat de ritten dekt.`,
    );
  else if (cycling && cycling !== 'nee')
    checks.push('Inwoner fietst nog: nagaan welke ritten daarmee lukken.');
  if (f.doubts?.length)
    checks.push(
      `Twijfels over ${doubtsText(f)} in het verkeer: rijvaardigheid nagaan (proefrit, ergotherapeut).`,
    );
  if (storageAtHome === false || chargingAtHome === false)
    checks.push(
      'Thuis geen stalling of oplaadpunt: nagaan of dat veilig te regelen is (brandveiligheid).',
    );
  if (checks.length) return nagaan(walk, ...checks);
  return past(
    walk,
    ...(f.hasNetwork === false ? ['Er is niemand in het netwerk die kan helpen.'] : []),
    ...(f.frequentTrips && f.destinations
      ? [
          `Ritten: ${destinationsText(f.destinations)}; collectief vervoer dekt vaste, korte ritten minder goed.`,
        ]
      : []),
    ...(storageAtHome && chargingAtHome ? ['Stalling en opladen thuis zijn geregeld.'] : []),
    ...(progressive ? ['Aandoening wordt erger: een moment voor herbeoordeling afspreken.'] : []),
  );
};

const elektrischeRolstoel: Rule = (f) => {
  if (f.answers.walkingMeters === undefined) return nagaan(ASK_WALK);
  const walk = `${walkText(f)}, ${thresholdText(f)}`;
  if (!f.belowThreshold) return pastNiet(`${walk}.`);
  const has = f.answers.provisionsUsed?.includes('rolstoel')
    ? ['Inwoner gebruikt al een rolstoel.']
    : [];
  return nagaan(
    `${walk}: nagaan (met een ergotherapeut) of ook binnen een rolstoel nodig is, of overstappen op een scootmobiel lukt.`,
    ...has,
  );
};

const aangepasteFiets: Rule = (f) => {
  const { cycling, fallRisk, exerciseImportant } = f.answers;
  if (cycling === undefined)
    return nagaan(ask('fietst de inwoner (gewone fiets, driewielfiets, e-bike)?'));
  if (cycling === 'driewieler') {
    const far = farthest(f);
    if (far?.km !== undefined && far.km > CYCLE_CHECK_KM)
      return nagaan(
        `Inwoner fietst op een driewielfiets; bestemming ${destinationText(far)}: nagaan of trapondersteuning nodig is.`,
      );
    return pastNiet('Inwoner fietst al op een eigen driewielfiets, die de ritten dekt.');
  }
  if (f.doubts?.some((d) => d === 'zicht' || d === 'cognitie'))
    return pastNiet(
      `Twijfels over ${doubtsText(f)} in het verkeer: fietsen ligt niet voor de hand.`,
    );
  if (cycling === 'nee')
    return nagaan(
      `Inwoner fietst nu niet: nagaan of een aangepaste fiets of driewielfiets lukt (proefrit)${exerciseImportant ? '; houdt de inwoner in beweging' : ''}.`,
    );
  return fallRisk
    ? nagaan('Inwoner fietst op twee wielen en valt weleens: nagaan of drie wielen nodig zijn.')
    : pastNiet('Inwoner fietst zelf op twee wielen.');
};

const vervoerskostenvergoeding: Rule = (f, { earlier }) => {
  if (!f.destinations) return nagaan(ask('waar wil de inwoner naartoe, hoe ver en hoe vaak?'));
  const taxi = earlier.get('regiotaxi');
  if (taxi?.status === 'past')
    return pastNiet(`${taxi.name} past waarschijnlijk; een vergoeding is dan niet nodig.`);
  if (f.answers.ownCar || f.answers.driverInNetwork)
    return nagaan(
      'Inwoner of iemand in het netwerk rijdt auto: nagaan of een vergoeding voor die ritten passend is.',
    );
  return nagaan(
    `Collectief vervoer past niet of is nog niet bekeken: nagaan of een vergoeding voor taxi past (${destinationsText(f.destinations)}).`,
  );
};

export const maatwerkRules: Record<string, Rule> = {
  scootmobiel,
  'elektrische-rolstoel': elektrischeRolstoel,
  'aangepaste-fiets': aangepasteFiets,
  vervoerskostenvergoeding,
};
