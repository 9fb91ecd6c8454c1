/**
 * Facts derived once from the answers and the pack (threshold, distances,
 * frequencies) plus the Dutch phrases every rule uses to cite an answer, so a
 * reason always quotes the same words and numbers the professional tapped.
 */
import type { MobilityAlternative, MobilitySettings } from '../packs/pack-schema';
import {
  withoutNone,
  type Destination,
  type Frequency,
  type MobilityAnswers,
  type Purpose,
  type TrafficDoubt,
} from './answers-schema';

/** Default when the pack has no setting: seed-002 L2156-2157 (100 m in some gemeenten, 200 m in others). */
export const DEFAULT_WALKING_THRESHOLD = 100;

export interface MobilityPack {
  mobilityAlternatives: readonly MobilityAlternative[];
  mobility?: MobilitySettings;
}

export interface Facts {
  answers: MobilityAnswers;
  threshold: number;
  /** Known and at or under the municipal threshold ("zeer beperkte loopafstand"). */
  belowThreshold: boolean | undefined;
  destinations: Destination[] | undefined;
  purposes: Set<Purpose> | undefined;
  maxKm: number | undefined;
  /** A destination visited every day or a few times a week. */
  frequentTrips: boolean;
  doubts: Exclude<TrafficDoubt, 'geen'>[] | undefined;
  /** false when the inwoner said nobody can help. */
  hasNetwork: boolean | undefined;
}

const FREQUENT: readonly Frequency[] = ['dagelijks', 'paar-keer-per-week'];

export function deriveFacts(answers: MobilityAnswers, pack: MobilityPack): Facts {
  const threshold = pack.mobility?.walkingThresholdMeters ?? DEFAULT_WALKING_THRESHOLD;
  const destinations = answers.destinations?.length ? answers.destinations : undefined;
  const kms = (destinations ?? []).flatMap((d) => (d.km === undefined ? [] : [d.km]));
  const helpers = withoutNone(answers.networkHelpers);
  const hasNetwork =
    answers.networkAvailability === 'niet' || helpers?.length === 0
      ? false
      : helpers?.length || answers.driverInNetwork
        ? true
        : undefined;
  return {
    answers,
    threshold,
    belowThreshold:
      answers.walkingMeters === undefined ? undefined : answers.walkingMeters <= threshold,
    destinations,
    purposes: destinations && new Set(destinations.map((d) => d.purpose)),
    maxKm: kms.length ? Math.max(...kms) : undefined,
    frequentTrips: (destinations ?? []).some((d) => d.frequency && FREQUENT.includes(d.frequency)),
    doubts: withoutNone(answers.trafficDoubts) as Facts['doubts'],
    hasNetwork,
  };
}

export const PURPOSE_TEXT: Record<Purpose, string> = {
  boodschappen: 'boodschappen',
  'familie-vrienden': 'familie of vrienden',
  activiteiten: 'activiteiten',
  medisch: 'medische afspraken',
  'werk-vrijwilligerswerk': 'werk of vrijwilligerswerk',
};

export const FREQUENCY_TEXT: Record<Frequency, string> = {
  dagelijks: 'elke dag',
  'paar-keer-per-week': 'een paar keer per week',
  wekelijks: 'eens per week',
  maandelijks: 'eens per maand',
  soms: 'soms',
};

export const DOUBT_TEXT: Record<TrafficDoubt, string> = {
  zicht: 'zien',
  cognitie: 'overzicht en geheugen',
  reactie: 'reactievermogen',
  geen: 'geen',
};

export const km = (value: number) => `${String(value).replace('.', ',')} km`;

/** "loopafstand 50 m met hulpmiddel" */
export function walkText(f: Facts): string {
  const { walkingMeters, walkingWithAid } = f.answers;
  const aid =
    walkingWithAid === undefined ? '' : walkingWithAid ? ' met hulpmiddel' : ' zonder hulpmiddel';
  return `loopafstand ${walkingMeters ?? '?'} m${aid}`;
}

/** "onder de gemeentelijke grens van 100 m" */
export function thresholdText(f: Facts): string {
  const side =
    f.answers.walkingMeters === f.threshold ? 'gelijk aan' : f.belowThreshold ? 'onder' : 'boven';
  return `${side} de gemeentelijke grens van ${f.threshold} m`;
}

/** "familie of vrienden 8 km (eens per week)" */
export function destinationText(d: Destination): string {
  const distance = d.km === undefined ? '' : ` ${km(d.km)}`;
  const often = d.frequency ? ` (${FREQUENCY_TEXT[d.frequency]})` : '';
  return `${PURPOSE_TEXT[d.purpose]}${distance}${often}`;
}

export const destinationsText = (list: readonly Destination[]) =>
  list.map(destinationText).join(', ');

export const farthest = (f: Facts): Destination | undefined =>
  f.destinations?.reduce<Destination | undefined>(
    (best, d) => (d.km !== undefined && (best?.km === undefined || d.km > best.km) ? d : best),
    undefined,
  );

/** "a, b en c" */
export function listText(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

export const doubtsText = (f: Facts) => listText((f.doubts ?? []).map((d) => DOUBT_TEXT[d]));
