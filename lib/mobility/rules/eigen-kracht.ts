/**
 * Rules for the first rung: what the inwoner can do alone (walking aid,
 * fiets, e-bike, driewielfiets, own car, OV). domain-anchors §4.4 A.
 */
import {
  destinationText,
  farthest,
  thresholdText,
  walkText,
  doubtsText,
  type Facts,
} from '../facts';
import { ask, nagaan, past, pastNiet, type Proposal, type Rule } from './rule';

/**
 * Beyond this one-way distance a trip by (tri)cycle is worth checking with the
 * inwoner rather than assumed. [INF] — no source gives a number; a municipal
 * pack cannot change it yet.
 */
export const CYCLE_CHECK_KM = 5;

const ASK_WALK = ask('hoe ver kan de inwoner lopen, met en zonder hulpmiddel?');
const ASK_CYCLE = ask('fietst de inwoner (gewone fiets, driewielfiets, e-bike)?');

const rollator: Rule = (f) => {
  if (f.answers.walkingMeters === undefined) return nagaan(ASK_WALK);
  const walk = `${walkText(f)}, ${thresholdText(f)}`;
  const fall = f.answers.fallRisk
    ? ['Valt weleens: hulpmiddel laten kiezen en eerst oefenen met een ergotherapeut.']
    : [];
  if (f.belowThreshold && f.answers.walkingWithAid)
    return pastNiet(`${walk}: een loophulpmiddel alleen is niet genoeg.`);
  if (f.belowThreshold)
    return nagaan(
      `${walk}: nagaan of de inwoner met een rollator verder komt (eerst oefenen met een ergotherapeut).`,
      ...fall,
    );
  const far = farthest(f);
  const farNote =
    far?.km !== undefined && far.km * 1000 > f.answers.walkingMeters
      ? [`Voor verdere bestemmingen (${destinationText(far)}) is lopen niet genoeg.`]
      : [];
  return past(`${walk}: lopen, zo nodig met rollator, voor korte afstanden.`, ...farNote, ...fall);
};

function tooFar(f: Facts): string[] {
  const far = farthest(f);
  return far?.km !== undefined && far.km > CYCLE_CHECK_KM
    ? [
        `Bestemming ${destinationText(far)}: nagaan of de inwoner die afstand fietst (heen en terug ${far.km * 2} km).`,
      ]
    : [];
}

function unsafeTraffic(f: Facts): string[] {
  return f.doubts?.length
    ? [`Twijfels over ${doubtsText(f)} in het verkeer: rijvaardigheid nagaan.`]
    : [];
}

/** Shared by fiets and e-bike: the inwoner rides (or could ride) on two wheels. */
function twoWheels(f: Facts, own: 'tweewieler' | 'e-bike', label: string): Proposal {
  const { cycling, fallRisk } = f.answers;
  if (cycling === undefined) return nagaan(ASK_CYCLE);
  if (cycling === 'nee' || cycling === 'driewieler') {
    const now = cycling === 'nee' ? 'fietst nu niet' : 'fietst alleen op een driewielfiets';
    if (own === 'e-bike' && cycling === 'nee' && !fallRisk && !f.doubts?.length)
      return nagaan(`Inwoner ${now}: nagaan of fietsen met trapondersteuning lukt (proefrit).`);
    return pastNiet(
      `Inwoner ${now}${fallRisk ? ' en valt weleens' : ''}: ${label} ligt niet voor de hand.`,
    );
  }
  const rides = cycling === 'e-bike' ? 'fietst op een e-bike' : 'fietst op een gewone fiets';
  const caveats = [
    ...tooFar(f),
    ...unsafeTraffic(f),
    ...(fallRisk ? ['Valt weleens: nagaan of fietsen veilig blijft.'] : []),
  ];
  if (own === 'e-bike' && cycling === 'tweewieler')
    return nagaan(
      `Inwoner ${rides}: een e-bike maakt langere ritten lichter; nagaan of de gemeente die algemeen gebruikelijk vindt.`,
      ...caveats,
    );
  return caveats.length ? nagaan(`Inwoner ${rides}.`, ...caveats) : past(`Inwoner ${rides}.`);
}

const fiets: Rule = (f) => twoWheels(f, 'tweewieler', 'een gewone fiets');
const eBike: Rule = (f) => twoWheels(f, 'e-bike', 'een e-bike');

const driewielfiets: Rule = (f) => {
  const { cycling, fallRisk } = f.answers;
  if (cycling === undefined) return nagaan(ASK_CYCLE);
  if (cycling === 'driewieler') {
    const caveats = [...tooFar(f), ...unsafeTraffic(f)];
    return caveats.length
      ? nagaan('Inwoner fietst op een driewielfiets.', ...caveats)
      : past('Inwoner fietst op een driewielfiets.');
  }
  if (f.doubts?.some((d) => d === 'zicht' || d === 'cognitie'))
    return pastNiet(
      `Twijfels over ${doubtsText(f)} in het verkeer: fietsen ligt niet voor de hand.`,
    );
  if (cycling === 'nee')
    return nagaan('Inwoner fietst nu niet: nagaan of fietsen op drie wielen wel lukt (proefrit).');
  return fallRisk
    ? nagaan(
        'Inwoner fietst op twee wielen en valt weleens: een driewielfiets geeft meer evenwicht.',
      )
    : pastNiet('Inwoner fietst op twee wielen: een driewielfiets is niet nodig.');
};

const eigenAuto: Rule = (f) => {
  if (f.answers.ownCar === undefined) return nagaan(ask('rijdt de inwoner zelf auto?'));
  if (!f.answers.ownCar) return pastNiet('Inwoner rijdt zelf geen auto.');
  const doubts = unsafeTraffic(f);
  return doubts.length
    ? nagaan('Inwoner rijdt zelf auto.', ...doubts)
    : past('Inwoner rijdt zelf auto.');
};

const openbaarVervoer: Rule = (f) => {
  const { ov } = f.answers;
  if (ov === undefined)
    return nagaan(ask('reist de inwoner met bus, tram of trein, en zo ja met of zonder hulp?'));
  if (ov === 'nee') return pastNiet('Inwoner reist niet met het openbaar vervoer.');
  const reach = f.belowThreshold
    ? [`${walkText(f)}, ${thresholdText(f)}: nagaan of de halte bereikbaar is.`]
    : [];
  if (ov === 'met-hulp')
    return nagaan(
      'Inwoner reist alleen met hulp met het openbaar vervoer: nagaan wie kan begeleiden en hoe vaak.',
      ...reach,
    );
  return reach.length
    ? nagaan('Inwoner reist zelfstandig met het openbaar vervoer.', ...reach)
    : past('Inwoner reist zelfstandig met het openbaar vervoer.');
};

export const eigenKrachtRules: Record<string, Rule> = {
  rollator,
  fiets,
  'e-bike': eBike,
  driewielfiets,
  'eigen-auto': eigenAuto,
  'openbaar-vervoer': openbaarVervoer,
};
