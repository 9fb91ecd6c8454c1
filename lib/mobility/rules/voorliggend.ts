/**
 * Rules for the third rung: algemene, collectieve en voorliggende
 * voorzieningen. domain-anchors §4.4 C; seed-002 L2205-2207, L2247-2248.
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
import { ask, nagaan, past, pastNiet, type Rule } from './rule';

/**
 * Regional reach of collectief vervoer: Wmo taxi use is usually capped at 5
 * zones, Valys covers 5+ (domain-anchors §4.4 C). 25 km is an [INF] reading.
 */
export const REGION_KM = 25;

const ASK_TRIPS = ask('waar wil de inwoner naartoe, hoe ver en hoe vaak?');
const ASK_WALK = ask('hoe ver kan de inwoner lopen?');

const within = (f: Facts) =>
  f.maxKm === undefined ? '' : ` (tot ${f.maxKm.toString().replace('.', ',')} km)`;

const regiotaxi: Rule = (f) => {
  const hasPass = f.answers.provisionsUsed?.includes('regiotaxi-pas');
  const passNote = hasPass ? ['Inwoner heeft al een regiotaxi-pas.'] : [];
  if (!f.destinations) return hasPass ? past(...passNote, ASK_TRIPS) : nagaan(ASK_TRIPS);
  if (f.maxKm !== undefined && f.destinations.every((d) => d.km !== undefined && d.km > REGION_KM))
    return pastNiet(
      `Alle bestemmingen liggen buiten de regio (${destinationsText(f.destinations)}).`,
    );
  const frequent = f.frequentTrips
    ? [
        `Ritten ${destinationsText(f.destinations.filter((d) => d.frequency === 'dagelijks' || d.frequency === 'paar-keer-per-week'))}: nagaan of kosten en wachttijd passen.`,
      ]
    : [];
  return past(
    ...passNote,
    `Haalt thuis op; bestemmingen binnen de regio${within(f)}.`,
    ...frequent,
  );
};

const valys: Rule = (f) => {
  if (!f.destinations || f.maxKm === undefined) return nagaan(ASK_TRIPS);
  const far = farthest(f)!;
  if (f.maxKm > REGION_KM) return past(`Bestemming buiten de regio: ${destinationText(far)}.`);
  return pastNiet(`Alle bestemmingen liggen binnen de regio${within(f)}.`);
};

const buurtbus: Rule = (f) => {
  if (f.answers.walkingMeters === undefined) return nagaan(ASK_WALK);
  if (f.belowThreshold)
    return pastNiet(
      `${walkText(f)}, ${thresholdText(f)}: een halte is waarschijnlijk niet bereikbaar (afstand tot halte nagaan).`,
    );
  if (f.answers.ov === 'nee')
    return nagaan(
      `${walkText(f)}. Inwoner reist niet met het openbaar vervoer: nagaan waarom, en of instappen in een kleine bus wel lukt.`,
    );
  return past(
    `${walkText(f)}, ${thresholdText(f)}: halte waarschijnlijk bereikbaar; route en tijden nagaan.`,
  );
};

const vrijwilligersvervoer: Rule = (f) => {
  if (!f.destinations) return nagaan(ASK_TRIPS);
  const occasional = f.destinations.filter(
    (d) => d.frequency && !['dagelijks', 'paar-keer-per-week'].includes(d.frequency),
  );
  if (occasional.length)
    return past(`Geschikt voor ritten die niet elke dag zijn: ${destinationsText(occasional)}.`);
  if (f.frequentTrips)
    return nagaan(
      'Vrijwilligersvervoer is bedoeld voor af en toe; alle ritten zijn vaker dan eens per week.',
    );
  return nagaan(ask('hoe vaak gaat de inwoner naar elke bestemming?'));
};

const scootmobielpool: Rule = (f) => {
  if (f.answers.walkingMeters === undefined) return nagaan(ASK_WALK);
  const reasons: string[] = [];
  if (f.answers.storageAtHome === false || f.answers.chargingAtHome === false)
    reasons.push('Thuis geen stalling of oplaadpunt: een pool lost dat op.');
  const checks: string[] = [];
  if (f.belowThreshold)
    checks.push(`${walkText(f)}, ${thresholdText(f)}: nagaan of de pool dichtbij genoeg is.`);
  if (f.doubts?.length)
    checks.push(`Twijfels over ${doubtsText(f)}: de pool vraagt meestal eerst een rijtest.`);
  if (f.answers.trafficDoubts === undefined)
    checks.push(ask('twijfels over zien, overzicht of reactie in het verkeer?'));
  if (f.answers.exerciseImportant)
    checks.push(
      'Bewegen is medisch belangrijk: ook een deelscootmobiel vervangt lopen (CRvB 2016:1741).',
    );
  if (f.frequentTrips)
    checks.push(
      'Ritten een paar keer per week of vaker: nagaan of er dan een scootmobiel vrij is.',
    );
  if (checks.length) return nagaan(...reasons, ...checks);
  return past(...reasons, `${walkText(f)}: de pool is bereikbaar.`);
};

const boodschappendienst: Rule = (f) => {
  if (!f.purposes) return nagaan(ASK_TRIPS);
  if (!f.purposes.has('boodschappen'))
    return pastNiet('Boodschappen zijn niet genoemd als bestemming.');
  const trip = destinationText(f.destinations!.find((d) => d.purpose === 'boodschappen')!);
  if (f.answers.exerciseImportant)
    return nagaan(
      `Bestemming ${trip}: bezorgen kan, maar bewegen is medisch belangrijk; zelf naar de winkel gaan kan juist helpen.`,
    );
  return past(
    `Bestemming ${trip}: boodschappen kunnen bezorgd worden; dat lost niet het contact onderweg op.`,
  );
};

const ontmoetingsplek: Rule = (f) => {
  const social =
    f.destinations?.filter(
      (d) => d.purpose === 'activiteiten' || d.purpose === 'familie-vrienden',
    ) ?? [];
  const lonely =
    f.hasNetwork === false ? ['Weinig netwerk: een plek dichtbij geeft ook contact.'] : [];
  if (!social.length)
    return nagaan('Nagaan of de inwoner contact of activiteiten mist.', ...lonely);
  return nagaan(
    `Genoemd: ${destinationsText(social)}. Nagaan of een plek dichtbij een deel van die ritten vervangt.`,
    ...lonely,
  );
};

const beweegaanbod: Rule = (f) => {
  const { exerciseImportant, progressive } = f.answers;
  const prog = progressive
    ? ['Aandoening wordt erger: met fysiotherapeut of ergotherapeut afstemmen wat haalbaar is.']
    : [];
  if (exerciseImportant === undefined)
    return nagaan(
      ask('is bewegen medisch belangrijk (advies van arts of fysiotherapeut)?'),
      ...prog,
    );
  if (exerciseImportant)
    return past(
      'Bewegen is medisch belangrijk: warm verwijzen naar beweegaanbod of fysiotherapie; een scootmobiel kan anti-revaliderend werken (CRvB 2016:1741).',
      ...prog,
    );
  return nagaan(
    'Bewegen is niet als medisch belangrijk genoemd; een beweegaanbod kan wel de vitaliteit helpen (vitaliteitsgesprek).',
    ...prog,
  );
};

const welzijnswerk: Rule = (f) => {
  if (f.hasNetwork === false)
    return past(
      'Er is niemand in het netwerk die kan helpen: welzijnswerk kan contacten en vervoer in de buurt helpen regelen.',
    );
  if (f.answers.focusOnlyScootmobiel)
    return past(
      'Inwoner richt zich alleen op een scootmobiel: welzijnswerk vroeg betrekken voor het bredere gesprek.',
    );
  return nagaan(
    'Nagaan of welzijnswerk kan helpen met activiteiten, contact of vervoer in de buurt.',
  );
};

export const voorliggendRules: Record<string, Rule> = {
  regiotaxi,
  valys,
  buurtbus,
  vrijwilligersvervoer,
  scootmobielpool,
  boodschappendienst,
  ontmoetingsplek,
  beweegaanbod,
  welzijnswerk,
};
