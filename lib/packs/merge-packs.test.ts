import { describe, expect, it } from 'vitest';
import { mergePacks, resolvePacks, validateReferences, type PackLayer } from './merge-packs';
import { PackSchema, type Pack, type PackInput } from './pack-schema';

const signal = (id: string, name = id) => ({
  id,
  name,
  observe: 'Wat u ziet.',
  adapt: 'Wat u doet.',
  source: 'domain-anchors §3.4',
});
const pack = (id: string, extra: Partial<PackInput> = {}): Pack =>
  PackSchema.parse({ id, name: id, version: '1', ...extra });

const base = pack('zijlijn-standaard', {
  signals: [signal('overweldigd'), signal('schaamte'), signal('vermoeid')],
  mobility: { walkingThresholdMeters: 100, source: 'seed-002 L2156-2157' },
});

describe('mergePacks', () => {
  it.each<[string, Pack[], string[]]>([
    ['keeps the default alone', [base], ['overweldigd', 'schaamte', 'vermoeid']],
    [
      'appends new items of a later layer',
      [base, pack('gemeente', { signals: [signal('rouw')] })],
      ['overweldigd', 'schaamte', 'vermoeid', 'rouw'],
    ],
    [
      'removes an item disabled by a later layer',
      [base, pack('gemeente', { removals: { signals: ['schaamte'] } })],
      ['overweldigd', 'vermoeid'],
    ],
    [
      'removes an item the later layer marks disabled in full',
      [base, pack('gemeente', { signals: [{ ...signal('vermoeid'), disabled: true }] })],
      ['overweldigd', 'schaamte'],
    ],
    [
      'brings an item back, at the end, when a still later layer defines it',
      [
        base,
        pack('import', { removals: { signals: ['schaamte'] } }),
        pack('beleid', { signals: [signal('schaamte')] }),
      ],
      ['overweldigd', 'vermoeid', 'schaamte'],
    ],
    [
      'ignores removal of an unknown id',
      [base, pack('gemeente', { removals: { signals: ['bestaat-niet'] } })],
      ['overweldigd', 'schaamte', 'vermoeid'],
    ],
  ])('%s', (_case, layers, expected) => {
    const actual = mergePacks(layers).signals.map((s) => s.id);

    expect(actual).toEqual(expected);
  });

  it('replaces the whole item in place, keeping no field of the earlier one', () => {
    const later = pack('gemeente', {
      signals: [{ ...signal('schaamte', 'Schaamte (lokaal)'), acute: true }],
    });

    const actual = mergePacks([base, later]).signals;

    expect(actual.map((s) => s.id)).toEqual(['overweldigd', 'schaamte', 'vermoeid']);
    expect(actual[1]).toMatchObject({ name: 'Schaamte (lokaal)', acute: true });
  });

  it.each<[string, Pack[], number | undefined]>([
    ['keeps the default threshold', [base, pack('gemeente')], 100],
    [
      'takes the threshold of a later layer',
      [
        base,
        pack('gemeente', { mobility: { walkingThresholdMeters: 200, source: 'seed-002 L2157' } }),
      ],
      200,
    ],
    [
      'takes the highest layer that has one',
      [
        base,
        pack('import', { mobility: { walkingThresholdMeters: 200, source: 'seed-002 L2157' } }),
        pack('beleid'),
      ],
      200,
    ],
    ['has none without layers', [], undefined],
  ])('mobility: %s', (_case, layers, expected) => {
    expect(mergePacks(layers).mobility?.walkingThresholdMeters).toBe(expected);
  });

  it('names the merged pack after the highest layer and carries no removals', () => {
    const actual = mergePacks([base, pack('gemeente-x', { removals: { signals: ['schaamte'] } })]);

    expect(actual).toMatchObject({ id: 'gemeente-x', name: 'gemeente-x' });
    expect(actual.removals).toBeUndefined();
  });
});

describe('resolvePacks', () => {
  const raw = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    name: id,
    version: '1',
    ...extra,
  });
  const defaultLayer: PackLayer = {
    origin: 'default',
    input: raw('zijlijn-standaard', { signals: [signal('schaamte')] }),
  };

  it.each<[string, PackLayer[], string]>([
    [
      'policy over import over default, whatever the order given',
      [
        { origin: 'policy', input: raw('beleid', { signals: [signal('schaamte', 'beleid')] }) },
        defaultLayer,
        { origin: 'import', input: raw('import', { signals: [signal('schaamte', 'import')] }) },
      ],
      'beleid',
    ],
    [
      'import over default',
      [
        defaultLayer,
        { origin: 'import', input: raw('import', { signals: [signal('schaamte', 'import')] }) },
      ],
      'import',
    ],
    [
      'two imports in the order given',
      [
        defaultLayer,
        { origin: 'import', input: raw('eerste', { signals: [signal('schaamte', 'eerste')] }) },
        { origin: 'import', input: raw('tweede', { signals: [signal('schaamte', 'tweede')] }) },
      ],
      'tweede',
    ],
  ])('merges %s', (_case, layers, expected) => {
    const actual = resolvePacks(layers).pack.signals.find((s) => s.id === 'schaamte')?.name;

    expect(actual).toBe(expected);
  });

  it('rejects an invalid layer as a whole and keeps the rest', () => {
    const broken: PackLayer = {
      origin: 'policy',
      input: raw('beleid', { signals: [signal('rouw'), { id: 'kapot' }] }),
    };

    const actual = resolvePacks([defaultLayer, broken]);

    expect(actual.pack.signals.map((s) => s.id)).toEqual(['schaamte']);
    expect(actual.rejected).toEqual([
      { origin: 'policy', error: expect.stringMatching(/^Pakket ongeldig: signals › "kapot" › /) },
    ]);
    expect(actual.layers.map((l) => l.origin)).toEqual(['default']);
  });

  it('reports unresolved references of a layer as problems, not as rejection', () => {
    const prompt = {
      id: 'vraag-x',
      text: 'Vraag?',
      kind: 'question',
      why: 'Reden.',
      source: 'domain-anchors §5.1',
      signals: ['rouw'],
    };

    const actual = resolvePacks([
      defaultLayer,
      { origin: 'import', input: raw('import', { prompts: [prompt] }) },
    ]);

    expect(actual.rejected).toEqual([]);
    expect(actual.problems).toEqual([
      'prompts › "vraag-x" › signals: onbekend stresssignaal "rouw"',
    ]);
  });
});

describe('validateReferences', () => {
  const item = { text: 'Onderwerp', category: 'Vraag', source: 'domain-anchors §1.1' };
  const prompt = {
    text: 'Vraag?',
    kind: 'question' as const,
    why: 'Reden.',
    source: 'domain-anchors §5.1',
  };

  it.each<[string, Partial<PackInput>, string[]]>([
    ['a clean pack', {}, []],
    [
      'an unknown leefgebied of a prompt',
      { prompts: [{ ...prompt, id: 'p', lifeDomain: 'geld' }] },
      ['prompts › "p" › lifeDomain: onbekend leefgebied "geld"'],
    ],
    [
      'an unknown avoidSignal',
      { prompts: [{ ...prompt, id: 'p', avoidSignals: ['paniek'] }] },
      ['prompts › "p" › avoidSignals: onbekend stresssignaal "paniek"'],
    ],
    [
      'an unknown profile',
      { prompts: [{ ...prompt, id: 'p', profiles: ['student'] }] },
      ['prompts › "p" › profiles: onbekend profiel "student"'],
    ],
    [
      'an unknown covered checklist item',
      { prompts: [{ ...prompt, id: 'p', covers: 'wmo-bestaat-niet' }] },
      ['prompts › "p" › covers: onbekend checklistonderdeel "wmo-bestaat-niet"'],
    ],
    [
      'an unknown domain of a health dimension',
      {
        healthDimensions: [
          {
            id: 'meedoen',
            name: 'Meedoen',
            description: 'x',
            lifeDomains: ['buurt'],
            source: 'domain-anchors §2.3',
          },
        ],
      },
      ['healthDimensions › "meedoen" › lifeDomains: onbekend leefgebied "buurt"'],
    ],
    [
      'an unknown domain of a checklist item',
      {
        checklists: [
          {
            id: 'c',
            name: 'c',
            types: ['vrij'],
            source: 'domain-anchors §2.1',
            items: [{ ...item, id: 'c-een', lifeDomain: 'geld' }],
          },
        ],
      },
      ['checklists › "c" › items › "c-een" › lifeDomain: onbekend leefgebied "geld"'],
    ],
    [
      'a checklist item id shared by two checklists',
      {
        checklists: [
          {
            id: 'a',
            name: 'a',
            types: ['vrij'],
            source: 'domain-anchors §2.1',
            items: [{ ...item, id: 'x' }],
          },
          {
            id: 'b',
            name: 'b',
            types: ['vrij'],
            source: 'domain-anchors §2.1',
            items: [{ ...item, id: 'x' }],
          },
        ],
      },
      ['checklists › "b" › items › "x": id komt ook voor in checklist "a"'],
    ],
  ])('reports %s', (_case, extra, expected) => {
    const subject = pack('p', {
      lifeDomains: [
        {
          id: 'financien',
          name: 'Financiën',
          description: 'x',
          levels: ['1', '2', '3', '4', '5'],
          order: 1,
          source: 'domain-anchors §2.1',
        },
      ],
      signals: [signal('schaamte')],
      profiles: [{ id: 'ouder', name: 'Ouder', description: 'x', source: 'seed-002 L1426-1431' }],
      ...extra,
    });

    expect(validateReferences(subject)).toEqual(expected);
  });
});
