/**
 * Rules for the second rung: the inwoner's own network (lifts, help with
 * boodschappen or on the way). domain-anchors §4.4 B; seed-002 L2247.
 */
import { withoutNone } from '../answers-schema';
import type { Facts } from '../facts';
import { ask, nagaan, past, pastNiet, type Rule } from './rule';

const HELPER_TEXT: Record<string, string> = {
  huisgenoot: 'partner of huisgenoot',
  familie: 'familie',
  buren: 'buren',
  vrienden: 'vrienden',
};

const AVAILABILITY_TEXT: Record<string, string> = {
  dagelijks: 'elke dag',
  wekelijks: 'elke week',
  'af-en-toe': 'af en toe',
};

function whoWhen(f: Facts): string {
  const who = withoutNone(f.answers.networkHelpers)
    ?.map((h) => HELPER_TEXT[h])
    .join(', ');
  const when = f.answers.networkAvailability && AVAILABILITY_TEXT[f.answers.networkAvailability];
  return [who, when].filter(Boolean).join(', ');
}

const NOBODY = 'Er is niemand in het netwerk die kan helpen.';

const liftNetwerk: Rule = (f) => {
  const { driverInNetwork, networkAvailability } = f.answers;
  if (f.hasNetwork === false) return pastNiet(NOBODY);
  if (driverInNetwork === undefined)
    return nagaan(ask('is er iemand in het netwerk die de inwoner kan rijden, en wanneer?'));
  if (!driverInNetwork) return pastNiet('Er is niemand in het netwerk die de inwoner kan rijden.');
  const who = whoWhen(f);
  const driver = `Iemand in het netwerk kan rijden${who ? ` (${who})` : ''}`;
  if (networkAvailability === undefined)
    return nagaan(`${driver}.`, ask('hoe vaak kan die persoon rijden?'));
  if (networkAvailability === 'af-en-toe')
    return nagaan(`${driver}: alleen voor een deel van de ritten, nagaan welke.`);
  return past(`${driver}.`);
};

const hulpNetwerk: Rule = (f) => {
  if (f.hasNetwork === false) return pastNiet(NOBODY);
  const helpers = withoutNone(f.answers.networkHelpers);
  if (!helpers?.length) return nagaan(ask('wie in het netwerk kan helpen, en wanneer?'));
  const who = whoWhen(f);
  const shopping = f.purposes?.has('boodschappen') ? ' met boodschappen of onderweg' : ' onderweg';
  if (f.answers.networkAvailability === undefined || f.answers.networkAvailability === 'af-en-toe')
    return nagaan(`Hulp${shopping} mogelijk (${who}): nagaan hoe vaak.`);
  return past(`Hulp${shopping} mogelijk (${who}).`);
};

export const netwerkRules: Record<string, Rule> = {
  'lift-netwerk': liftNetwerk,
  'hulp-netwerk': hulpNetwerk,
};
