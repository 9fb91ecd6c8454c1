import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import defaultAlternatives from '../../packs/default/mobility.json';
import { MobilityAlternativeSchema, RUNGS } from '../../packs/pack-schema';
import { RULES } from '.';

const alternatives = z.array(MobilityAlternativeSchema).parse(defaultAlternatives);

describe('default mobility ladder and its rules', () => {
  it('gives every default alternative its own rule, and every rule an alternative', () => {
    const actual = alternatives.map((a) => a.id).sort();

    expect(actual).toEqual(Object.keys(RULES).sort());
  });

  it.each(RUNGS)('has alternatives on the rung "%s"', (rung) => {
    const actual = alternatives.filter((a) => a.rung === rung);

    expect(actual.length).toBeGreaterThan(0);
  });

  it('lists the alternatives in ladder order, with unique ids', () => {
    const actual = alternatives.map((a) => RUNGS.indexOf(a.rung));

    expect(actual).toEqual([...actual].sort((a, b) => a - b));
    expect(new Set(alternatives.map((a) => a.id)).size).toBe(alternatives.length);
  });
});
