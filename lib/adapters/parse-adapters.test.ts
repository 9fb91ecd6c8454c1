import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_ADAPTERS } from './builtin';
import { mergeAdapters, parseAdapters, parseAdapterText } from './parse-adapters';

const demo = BUILTIN_ADAPTERS[0] as Record<string, unknown>;
const valid = (overrides: Record<string, unknown> = {}) => ({ ...demo, ...overrides });

describe('parseAdapters', () => {
  it('accepts every built-in adapter', () => {
    const actual = parseAdapters(BUILTIN_ADAPTERS, 'builtin');

    expect(actual.problems).toEqual([]);
    expect(actual.adapters.map((a) => a.id)).toEqual(['demo-registration']);
  });

  it.each([
    [
      'a screen marker without selector',
      valid({ screens: [{ id: 'melding', name: 'Melding', markers: [{ selector: '' }] }] }),
      'Adapter uit het beleid ongeldig: "demo-registration" › screens › "melding" › markers › nr. 1 › selector: mag niet leeg zijn',
    ],
    [
      'a selector without note',
      valid({ caseRef: [{ selector: '#zaak', seen: '2026-11-23' }] }),
      'Adapter uit het beleid ongeldig: "demo-registration" › caseRef › nr. 1 › note: ontbreekt',
    ],
    [
      'a date in the wrong form',
      valid({ caseRef: [{ selector: '#zaak', note: 'zaakkop', seen: '23-11-2026' }] }),
      'Adapter uit het beleid ongeldig: "demo-registration" › caseRef › nr. 1 › seen: gebruik de vorm JJJJ-MM-DD',
    ],
    [
      'a URL instead of a match pattern',
      valid({ matches: ['sociaal.zijlstad.nl'] }),
      'Adapter uit het beleid ongeldig: "demo-registration" › matches › nr. 1: gebruik een match-patroon zoals https://sociaal.gemeente.nl/*',
    ],
    [
      'an unknown conversation type',
      valid({
        screens: [{ id: 'x', name: 'X', conversationType: 'jeugd', markers: [{ selector: 'h1' }] }],
      }),
      'Adapter uit het beleid ongeldig: "demo-registration" › screens › "x" › conversationType: kies uit: wmo, vervoer, werk, vrij',
    ],
    [
      'no source',
      valid({ source: undefined }),
      'Adapter uit het beleid ongeldig: "demo-registration" › source: ontbreekt',
    ],
    ['a number', 42, 'Adapter uit het beleid ongeldig: nr. 1: moet een object zijn'],
  ])('rejects %s with a Dutch message naming the field', (_name, input, expected) => {
    const actual = parseAdapters([input], 'policy');

    expect(actual.adapters).toEqual([]);
    expect(actual.problems).toEqual([expected]);
  });

  it('keeps the valid adapters next to an invalid one', () => {
    const actual = parseAdapters([valid({ id: 'suite' }), valid({ name: '' })], 'import');

    expect(actual.adapters.map((a) => a.id)).toEqual(['suite']);
    expect(actual.problems).toHaveLength(1);
  });

  it('reports text that is not JSON', () => {
    const actual = parseAdapterText('{ adapters: ', 'policy');

    expect(actual).toEqual({
      adapters: [],
      problems: ['Adapter uit het beleid ongeldig: dit is geen geldige JSON.'],
    });
  });
});

describe('mergeAdapters', () => {
  it('lets a later layer replace or switch off an adapter by id', () => {
    const [builtin] = parseAdapters(demo, 'builtin').adapters;
    const [replaced] = parseAdapters(valid({ name: 'Zijlstad (eigen)' }), 'policy').adapters;
    const [extra] = parseAdapters(valid({ id: 'gws' }), 'policy').adapters;

    const actual = mergeAdapters([[builtin!], [replaced!, extra!]]);
    const off = mergeAdapters([[builtin!], [{ ...builtin!, disabled: true }]]);

    expect(actual.map((a) => [a.id, a.name])).toEqual([
      ['demo-registration', 'Zijlstad (eigen)'],
      ['gws', 'Demo registratiesysteem Gemeente Zijlstad'],
    ]);
    expect(off).toEqual([]);
  });
});

describe('adapter parsing under fuzzing', () => {
  const params = { numRuns: 1000, seed: 20261123 };

  it('never throws on arbitrary text and always explains a rejection', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const actual = parseAdapterText(text, 'import');

        const emptyList = actual.adapters.length === 0 && actual.problems.length === 0;

        if (emptyList) expect(JSON.parse(text)).toEqual([]);
        else expect(actual.adapters.length + actual.problems.length).toBeGreaterThan(0);
      }),
      params,
    );
  });

  it('never throws on arbitrary JSON values or mutated adapters', () => {
    const mutated = fc
      .record({ key: fc.constantFrom(...Object.keys(demo)), value: fc.jsonValue() })
      .map(({ key, value }) => valid({ [key]: value }));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mutated), (input) => {
        const actual = parseAdapters(input, 'policy');

        for (const problem of actual.problems) expect(problem).toMatch(/ongeldig/);
        for (const adapter of actual.adapters) expect(adapter.screens.length).toBeGreaterThan(0);
      }),
      params,
    );
  });
});
