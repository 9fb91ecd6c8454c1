import { describe, expect, it } from 'vitest';
import { readMobilityAnswers } from './answers-schema';

describe('readMobilityAnswers', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['nothing asked yet', {}, {}],
    [
      'taps from the check',
      { walkingMeters: 50, walkingWithAid: true, cycling: 'driewieler', trafficDoubts: ['geen'] },
      { walkingMeters: 50, walkingWithAid: true, cycling: 'driewieler', trafficDoubts: ['geen'] },
    ],
    [
      'a destination list',
      { destinations: [{ purpose: 'familie-vrienden', km: 8, frequency: 'wekelijks' }] },
      { destinations: [{ purpose: 'familie-vrienden', km: 8, frequency: 'wekelijks' }] },
    ],
    [
      'a bad entry beside a good one',
      { walkingMeters: -5, ov: 'zelfstandig' },
      { ov: 'zelfstandig' },
    ],
    ['an unknown cycling answer', { cycling: 'bakfiets', ownCar: false }, { ownCar: false }],
    ['an unknown key', { bsn: '123456782', fallRisk: true }, { fallRisk: true }],
  ])('keeps the valid answers: %s', (_name, stored, expected) => {
    const actual = readMobilityAnswers(stored);

    expect(actual).toEqual(expected);
  });
});
