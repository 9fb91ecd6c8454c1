/**
 * Realistic vervoerscheck cases and packs for the mobility tests (test-only
 * fixtures). The default pack is the shipped mobility.json with the 100 m
 * threshold; the Zijlstad pack is a municipal variant.
 */
import { z } from 'zod';
import defaultAlternatives from '../packs/default/mobility.json';
import { MobilityAlternativeSchema } from '../packs/pack-schema';
import type { MobilityAnswers } from './answers-schema';
import type { MobilityPack } from './facts';

const alternatives = z.array(MobilityAlternativeSchema).parse(defaultAlternatives);

export const defaultPack: MobilityPack = {
  mobilityAlternatives: alternatives,
  mobility: { walkingThresholdMeters: 100, source: 'seed-002 L2156-2157' },
};

/** Zijlstad: 200 m threshold, no scootmobielpool, its own buurtbus and a boodschappenbus. */
export const zijlstadPack: MobilityPack = {
  mobility: { walkingThresholdMeters: 200, source: 'Beleidsregels Wmo Zijlstad (test)' },
  mobilityAlternatives: [
    ...alternatives.map((alternative) => {
      if (alternative.id === 'scootmobielpool') return { ...alternative, available: false };
      if (alternative.id === 'buurtbus')
        return { ...alternative, local: { name: 'Buurtbus Zijlstad', contact: '0591 123 456' } };
      return alternative;
    }),
    MobilityAlternativeSchema.parse({
      id: 'boodschappenbus-zijlstad',
      rung: 'voorliggend',
      name: 'Boodschappenbus',
      description: 'Een bus die u op dinsdag naar de markt brengt.',
      local: { name: 'Boodschappenbus De Zijl', contact: 'welzijn@zijlstad.example' },
      source: 'Sociale kaart Zijlstad (test)',
    }),
  ],
};

/** 58, COPD; the physiotherapist advises walking; asks for a scootmobiel. */
export const copd58: MobilityAnswers = {
  destinations: [
    { purpose: 'boodschappen', km: 1, frequency: 'paar-keer-per-week' },
    { purpose: 'activiteiten', km: 3, frequency: 'wekelijks' },
  ],
  walkingMeters: 300,
  walkingWithAid: false,
  cycling: 'nee',
  ov: 'zelfstandig',
  ownCar: false,
  driverInNetwork: true,
  networkHelpers: ['huisgenoot'],
  networkAvailability: 'wekelijks',
  exerciseImportant: true,
  progressive: false,
  fallRisk: false,
  trafficDoubts: ['geen'],
  storageAtHome: true,
  chargingAtHome: true,
  focusOnlyScootmobiel: true,
};

/** 84, walks 50 m with a rollator, nobody around, daily boodschappen. */
export const alone84: MobilityAnswers = {
  destinations: [
    { purpose: 'boodschappen', km: 0.8, frequency: 'dagelijks' },
    { purpose: 'medisch', km: 2, frequency: 'maandelijks' },
    { purpose: 'activiteiten', km: 1.5, frequency: 'wekelijks' },
  ],
  walkingMeters: 50,
  walkingWithAid: true,
  cycling: 'nee',
  ov: 'nee',
  ownCar: false,
  driverInNetwork: false,
  networkHelpers: ['niemand'],
  exerciseImportant: false,
  progressive: true,
  fallRisk: true,
  trafficDoubts: ['geen'],
  storageAtHome: true,
  chargingAtHome: true,
  provisionsUsed: ['rollator'],
};

/** Rides an own driewielfiets; wants to visit a daughter 8 km away. */
export const tricycleDaughter: MobilityAnswers = {
  destinations: [
    { purpose: 'familie-vrienden', km: 8, frequency: 'wekelijks' },
    { purpose: 'boodschappen', km: 1, frequency: 'paar-keer-per-week' },
  ],
  walkingMeters: 150,
  walkingWithAid: true,
  cycling: 'driewieler',
  ov: 'nee',
  ownCar: false,
  driverInNetwork: true,
  networkHelpers: ['familie'],
  networkAvailability: 'af-en-toe',
  exerciseImportant: false,
  fallRisk: false,
  trafficDoubts: ['geen'],
  storageAtHome: true,
  chargingAtHome: true,
  provisionsUsed: ['rollator', 'driewielfiets'],
};

/** Walks 150 m without aid, no bike, no car, nobody to drive: the threshold decides. */
export const walks150: MobilityAnswers = {
  destinations: [
    { purpose: 'boodschappen', km: 0.6, frequency: 'dagelijks' },
    { purpose: 'familie-vrienden', km: 4, frequency: 'wekelijks' },
  ],
  walkingMeters: 150,
  walkingWithAid: false,
  cycling: 'nee',
  ov: 'met-hulp',
  ownCar: false,
  driverInNetwork: false,
  networkHelpers: ['buren'],
  networkAvailability: 'af-en-toe',
  exerciseImportant: false,
  fallRisk: false,
  trafficDoubts: ['geen'],
  storageAtHome: true,
  chargingAtHome: true,
};
