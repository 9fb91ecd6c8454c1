import { describe, expect, it } from 'vitest';
import { isValidSource } from './source-format';

describe('isValidSource', () => {
  it.each([
    'seed-002 L1435-1484',
    'seed-002 L2156',
    'seed-000 L810-814, L2514-2528',
    'domain-anchors §3.3',
    'domain-anchors §5',
    'Wmo 2015 art. 2.3.2 lid 4 sub a',
    'Participatiewet art. 9',
    'CRvB 2016:1741',
    'seed-002 L1482-1483; domain-anchors §3.3',
    'domain-anchors §4.4 C (boodschappenservice)',
    'domain-anchors §4.4 A (e-bike; algemeen gebruikelijk, §1.6)',
    'seed-002 L2248 (welzijnswerk vroegtijdig betrekken), L2348-2366',
  ])('accepts "%s"', (source) => {
    expect(isValidSource(source)).toBe(true);
  });

  it.each([
    '',
    'seed-2 L10',
    'seed-002 regel 10',
    'seed-002 L10-',
    'domain anchors §3.3',
    'domain-anchors 3.3',
    'Wmo art. 2.3.2',
    'wikipedia',
    'seed-002 L1482; ',
    'seed-002 L12abc',
    'PRODUCT §3.4',
    'Wmo 2015 art. ',
  ])('rejects "%s"', (source) => {
    expect(isValidSource(source)).toBe(false);
  });
});
