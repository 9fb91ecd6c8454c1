/**
 * Property-based fuzzing of the pack parser and the layer merge (STYLE 2.9).
 * Fixed seed: fast-check prints seed and path on failure, so a failing case
 * replays exactly with `{ seed, path }`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPackInput } from './default-pack';
import { parsePack, parsePackText } from './load-packs';
import { resolvePacks, ORIGINS, type PackLayer } from './merge-packs';

const SEED = 20251123;
const RUNS = { seed: SEED, numRuns: 1000 };
const PREFIX = 'Pakket ongeldig: ';
const ENGLISH = /Invalid|expected|received|Too (small|big)|Unrecognized/;

/** Required fields per collection (fields with a default are left out). */
const REQUIRED = {
  lifeDomains: ['name', 'description', 'levels', 'order'],
  healthDimensions: ['name', 'description', 'lifeDomains'],
  checklists: ['name', 'types', 'items'],
  prompts: ['text', 'kind', 'why'],
  signals: ['name', 'observe', 'adapt'],
  profiles: ['name', 'description'],
  jargon: ['term', 'b1'],
  debtSignals: ['text', 'category'],
  prepItems: ['text'],
} as const;
type Mutable = keyof typeof REQUIRED;
type RawItem = Record<string, unknown>;
type RawPack = Record<string, unknown>;

/** A small valid pack: the first three items of every default collection. */
const sample: RawPack = JSON.parse(
  JSON.stringify(
    Object.fromEntries(
      Object.entries(defaultPackInput).map(([key, value]) => [
        key,
        Array.isArray(value) ? value.slice(0, 3) : value,
      ]),
    ),
  ),
);
const clone = (): RawPack => structuredClone(sample);
const itemsOf = (pack: RawPack, collection: string) => pack[collection] as RawItem[];

const expectDutchRejection = (result: ReturnType<typeof parsePack>) => {
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.startsWith(PREFIX)).toBe(true);
    expect(result.error).not.toMatch(ENGLISH);
  }
};

const sameKind = (a: unknown, b: unknown) =>
  Array.isArray(a) ? Array.isArray(b) : typeof a === typeof b && (a === null) === (b === null);

/** One defect to put into the sample; printed as the counterexample on failure. */
const mutation = fc.record({
  collection: fc.constantFrom(...(Object.keys(REQUIRED) as Mutable[])),
  index: fc.nat({ max: 2 }),
  kind: fc.constantFrom('drop', 'wrong-type', 'bad-id', 'duplicate', 'not-a-list'),
  field: fc.nat(),
  value: fc.constantFrom<unknown>(42, true, null, 'tekst', [], {}),
  badId: fc.constantFrom('Hoofdletter', 'met spatie', 'punt.id', '-streep', 'x'.repeat(81)),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** Applies the mutation to a copy of the sample; null when it would not be a defect. */
function mutate(m: Mutation): { pack: RawPack; expected: string; exact: boolean } | null {
  const pack = clone();
  const items = itemsOf(pack, m.collection);
  const item = items[m.index % items.length];
  if (!item) return null;
  const fields = ['source', ...REQUIRED[m.collection]];
  const field = fields[m.field % fields.length]!;
  const at = `${PREFIX}${m.collection} › ${JSON.stringify(item['id'])}`;
  switch (m.kind) {
    case 'drop':
      Reflect.deleteProperty(item, field);
      return { pack, expected: `${at} › ${field}: ontbreekt`, exact: true };
    case 'wrong-type':
      if (sameKind(item[field], m.value)) return null;
      item[field] = m.value;
      return { pack, expected: `${at} › ${field}: `, exact: false };
    case 'bad-id':
      item['id'] = m.badId;
      return { pack, expected: `${PREFIX}${m.collection} › `, exact: false };
    case 'duplicate':
      items.push(structuredClone(item));
      return { pack, expected: `${at}: id komt twee keer voor`, exact: true };
    default:
      if (Array.isArray(m.value)) return null;
      pack[m.collection] = m.value;
      return { pack, expected: `${PREFIX}${m.collection}: moet een lijst zijn`, exact: true };
  }
}

/** Pack-shaped objects with arbitrary field values. */
const packShaped = fc.record(
  {
    id: fc.oneof(fc.constantFrom('gemeente-x', 'X'), fc.anything()),
    name: fc.oneof(fc.string(), fc.anything()),
    version: fc.oneof(fc.string(), fc.anything()),
    prompts: fc.array(
      fc.dictionary(
        fc.constantFrom('id', 'text', 'kind', 'why', 'source', 'phases', 'disabled', 'priority'),
        fc.anything(),
      ),
      { maxLength: 4 },
    ),
    mobility: fc.anything(),
  },
  { requiredKeys: [] },
);

const anyValue = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withSparseArray: true,
  withTypedArray: true,
});

describe('parsePack (fuzzed)', () => {
  it('keeps the sample valid, so every mutation below is the only defect', () => {
    expect(parsePack(sample).ok).toBe(true);
  });

  it('never throws on any value, and rejects in Dutch', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, packShaped), (input) => {
        const result = parsePack(input);

        if (!result.ok) expectDutchRejection(result);
      }),
      RUNS,
    );
  });

  it('never throws on any text, and rejects in Dutch', () => {
    const texts = fc.oneof(
      fc.string(),
      fc.json(),
      fc.json().map((json) => json.slice(0, Math.floor(json.length / 2))),
    );

    fc.assert(
      fc.property(texts, (text) => {
        const result = parsePackText(text);

        if (!result.ok) expectDutchRejection(result);
      }),
      RUNS,
    );
  });

  it('rejects a pack with one broken item, naming collection, item and field', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const mutated = mutate(m);
        fc.pre(mutated !== null);
        const { pack, expected, exact } = mutated!;

        const result = parsePack(pack);

        expectDutchRejection(result);
        if (!result.ok && exact) expect(result.error).toBe(expected);
        if (!result.ok && !exact) expect(result.error.startsWith(expected)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('resolvePacks (fuzzed)', () => {
  const base: PackLayer = { origin: 'default', input: sample };
  const validImport: PackLayer = {
    origin: 'import',
    input: {
      id: 'gemeente-x',
      name: 'Gemeente X',
      version: '1',
      prompts: [{ id: 'vraag-x', disabled: true }],
    },
  };
  const invalidInput = fc.oneof(
    mutation.map((m) => mutate(m)?.pack ?? null),
    anyValue.filter((value) => !parsePack(value).ok),
  );

  const cleanAlone = resolvePacks([base]);
  const cleanWithImport = resolvePacks([base, validImport]);

  it('gives the same pack with an invalid layer as without it', () => {
    fc.assert(
      fc.property(
        invalidInput,
        fc.constantFrom(...ORIGINS),
        fc.boolean(),
        (bad, origin, withImport) => {
          const layers = withImport ? [base, validImport] : [base];
          const clean = withImport ? cleanWithImport : cleanAlone;

          const dirty = resolvePacks([...layers, { origin, input: bad }]);

          expect(dirty.pack).toEqual(clean.pack);
          expect(dirty.problems).toEqual(clean.problems);
          expect(dirty.rejected).toEqual([
            { origin, error: expect.stringMatching(/^Pakket ongeldig: /) },
          ]);
        },
      ),
      RUNS,
    );
  });
});
