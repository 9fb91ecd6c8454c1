/**
 * The vervoerscheck tap-questions as data for the UI. Each question id is a key
 * of `MobilityAnswers`; option values are the stored values. Labels are short
 * B1 Dutch, spoken to the professional's screen, not read out verbatim.
 */
import {
  AVAILABILITY,
  CYCLING,
  FREQUENCIES,
  HELPERS,
  OV_USE,
  PROVISIONS,
  PURPOSES,
  TRAFFIC_DOUBTS,
  type AnswerKey,
  type Destination,
} from './answers-schema';

export type QuestionKind = 'choice' | 'multi' | 'number' | 'yes-no';
export type QuestionGroup = 'bestemmingen' | 'lopen' | 'vervoer' | 'netwerk' | 'medisch' | 'thuis';

export interface QuestionOption {
  value: string;
  label: string;
  /** Selecting it clears the others ("geen", "niemand"). */
  exclusive?: boolean;
}

interface BaseQuestion<Id extends string> {
  id: Id;
  label: string;
  kind: QuestionKind;
  options?: QuestionOption[];
  unit?: 'm' | 'km';
  source: string;
}

export type DestinationQuestion = BaseQuestion<Exclude<keyof Destination, 'purpose'>>;

export interface Question extends BaseQuestion<AnswerKey> {
  group: QuestionGroup;
  /** Asked for every selected option (per destination: distance, frequency). */
  perOption?: DestinationQuestion[];
}

const labels = <T extends string>(
  values: readonly T[],
  names: Record<T, string>,
  exclusive: NoInfer<T>[] = [],
) =>
  values.map((value) => ({
    value,
    label: names[value],
    ...(exclusive.includes(value) ? { exclusive: true } : {}),
  }));

const CHECK = 'domain-anchors §4.4 (vraag 1)';

export const MOBILITY_QUESTIONS: readonly Question[] = [
  {
    id: 'destinations',
    group: 'bestemmingen',
    label: 'Waar wil de inwoner naartoe?',
    kind: 'multi',
    options: labels(PURPOSES, {
      boodschappen: 'Boodschappen',
      'familie-vrienden': 'Familie of vrienden',
      activiteiten: 'Activiteiten, club, kerk',
      medisch: 'Huisarts, ziekenhuis, fysio',
      'werk-vrijwilligerswerk': 'Werk of vrijwilligerswerk',
    }),
    perOption: [
      {
        id: 'km',
        label: 'Hoe ver is het (km, enkele reis)?',
        kind: 'number',
        unit: 'km',
        source: CHECK,
      },
      {
        id: 'frequency',
        label: 'Hoe vaak?',
        kind: 'choice',
        options: labels(FREQUENCIES, {
          dagelijks: 'Elke dag',
          'paar-keer-per-week': 'Paar keer per week',
          wekelijks: 'Eens per week',
          maandelijks: 'Eens per maand',
          soms: 'Soms',
        }),
        source: 'domain-anchors §4.2 (ritlijst: bestemming, frequentie, km)',
      },
    ],
    source: 'domain-anchors §4.2 (ritlijst); domain-anchors §4.4 (vraag 1)',
  },
  {
    id: 'walkingMeters',
    group: 'lopen',
    label: 'Hoe ver kan de inwoner lopen (meter)?',
    kind: 'number',
    unit: 'm',
    source: 'seed-002 L2156-2157; domain-anchors §4.4 (vraag 3)',
  },
  {
    id: 'walkingWithAid',
    group: 'lopen',
    label: 'Is dat met een hulpmiddel (rollator, stok)?',
    kind: 'yes-no',
    source: 'domain-anchors §4.4 A (loophulpmiddel)',
  },
  {
    id: 'cycling',
    group: 'vervoer',
    label: 'Kan de inwoner fietsen?',
    kind: 'choice',
    options: labels(CYCLING, {
      nee: 'Nee',
      tweewieler: 'Gewone fiets',
      driewieler: 'Driewielfiets',
      'e-bike': 'Elektrische fiets',
    }),
    source: 'seed-002 L2145-2146, L2268; domain-anchors §4.4 (vraag 4)',
  },
  {
    id: 'ov',
    group: 'vervoer',
    label: 'Reist de inwoner met bus, tram of trein?',
    kind: 'choice',
    options: labels(OV_USE, { zelfstandig: 'Ja, zelf', 'met-hulp': 'Alleen met hulp', nee: 'Nee' }),
    source: 'domain-anchors §4.4 A (OV als het toegankelijk is)',
  },
  {
    id: 'ownCar',
    group: 'vervoer',
    label: 'Rijdt de inwoner zelf auto?',
    kind: 'yes-no',
    source: 'domain-anchors §4.4 A',
  },
  {
    id: 'driverInNetwork',
    group: 'netwerk',
    label: 'Is er iemand die de inwoner kan rijden?',
    kind: 'yes-no',
    source: 'domain-anchors §4.4 B; seed-002 L2247',
  },
  {
    id: 'networkHelpers',
    group: 'netwerk',
    label: 'Wie kan helpen?',
    kind: 'multi',
    options: labels(
      HELPERS,
      {
        huisgenoot: 'Partner of huisgenoot',
        familie: 'Familie',
        buren: 'Buren',
        vrienden: 'Vrienden',
        niemand: 'Niemand',
      },
      ['niemand'],
    ),
    source: 'seed-002 L2247 (netwerk van de aanvrager); domain-anchors §4.4 (vraag 5)',
  },
  {
    id: 'networkAvailability',
    group: 'netwerk',
    label: 'Wanneer kunnen zij helpen?',
    kind: 'choice',
    options: labels(AVAILABILITY, {
      dagelijks: 'Elke dag',
      wekelijks: 'Elke week',
      'af-en-toe': 'Af en toe',
      niet: 'Niet',
    }),
    source: 'domain-anchors §4.4 (vraag 5)',
  },
  {
    id: 'exerciseImportant',
    group: 'medisch',
    label: 'Is bewegen medisch belangrijk (advies arts of fysio)?',
    kind: 'yes-no',
    source: 'seed-002 L2185-2189, L2218-2220 (CRvB 2016:1741)',
  },
  {
    id: 'progressive',
    group: 'medisch',
    label: 'Wordt de aandoening erger?',
    kind: 'yes-no',
    source: 'domain-anchors §4.1 (passendheid opnieuw bekijken als de situatie verandert)',
  },
  {
    id: 'fallRisk',
    group: 'medisch',
    label: 'Valt de inwoner weleens?',
    kind: 'yes-no',
    source: 'domain-anchors §4.4 A (eerst veilig oefenen met het hulpmiddel)',
  },
  {
    id: 'trafficDoubts',
    group: 'medisch',
    label: 'Twijfels over veilig in het verkeer?',
    kind: 'multi',
    options: labels(
      TRAFFIC_DOUBTS,
      { zicht: 'Zien', cognitie: 'Overzicht, geheugen', reactie: 'Reactie', geen: 'Geen twijfels' },
      ['geen'],
    ),
    source: 'domain-anchors §4.3 (rijvaardigheid)',
  },
  {
    id: 'storageAtHome',
    group: 'thuis',
    label: 'Is er thuis een veilige stalling?',
    kind: 'yes-no',
    source: 'domain-anchors §4.3 (stalling, brandveiligheid); domain-anchors §4.4 (vraag 7)',
  },
  {
    id: 'chargingAtHome',
    group: 'thuis',
    label: 'Kan hij daar opladen?',
    kind: 'yes-no',
    source: 'domain-anchors §4.4 (vraag 7)',
  },
  {
    id: 'provisionsUsed',
    group: 'thuis',
    label: 'Wat gebruikt de inwoner al?',
    kind: 'multi',
    options: labels(
      PROVISIONS,
      {
        rollator: 'Rollator',
        wandelstok: 'Stok',
        rolstoel: 'Rolstoel',
        driewielfiets: 'Driewielfiets',
        'regiotaxi-pas': 'Regiotaxi-pas',
        'valys-pas': 'Valys-pas',
        boodschappendienst: 'Boodschappendienst',
        geen: 'Niets',
      },
      ['geen'],
    ),
    source: 'domain-anchors §4.4 (vraag 2)',
  },
  {
    id: 'focusOnlyScootmobiel',
    group: 'bestemmingen',
    label: 'Gaat het de inwoner alleen om een scootmobiel?',
    kind: 'yes-no',
    source: 'seed-002 L2270-2271',
  },
];
