/**
 * The prompts engine against the real default pack, in situations a
 * Wmo-consulent meets at the kitchen table.
 */
import { describe, expect, it } from 'vitest';
import { CONVERSATION_TYPES, PHASES, type ConversationType } from '../conversation/model';
import { defaultPackInput } from '../packs/default-pack';
import { PackSchema, PromptSchema, type Pack } from '../packs/pack-schema';
import type { PromptContext } from './prompt-context';
import { rankPrompts } from './rank-prompts';

const pack = PackSchema.parse(defaultPackInput);
const ALL = Number.POSITIVE_INFINITY;
const ctx = (over: Partial<PromptContext> = {}): PromptContext => ({
  phase: 'verkennen',
  type: 'wmo',
  profiles: [],
  signals: [],
  checklist: {},
  ratings: {},
  marks: {},
  ...over,
});
const ids = (context: PromptContext, from: Pack = pack, limit?: number) =>
  rankPrompts(context, from, limit).map((ranked) => ranked.prompt.id);
const sensitiveItems = new Set(
  pack.checklists.flatMap((list) => list.items.filter((i) => i.sensitive).map((i) => i.id)),
);

describe('rankPrompts', () => {
  it.each([
    ['a first Wmo talk being opened', ctx({ phase: 'openen' })],
    ['a vervoersvraag in Verkennen', ctx({ type: 'vervoer' })],
    ['a werk talk with a jongvolwassene', ctx({ type: 'werk', profiles: ['jongvolwassene'] })],
    ['a vrij gesprek at Afronden', ctx({ type: 'vrij', phase: 'afronden' })],
    ['a Wmo talk with every signal on', ctx({ signals: pack.signals.map((s) => s.id) })],
  ])('suggests one to three prompts, each with a reason, for %s', (_name, context) => {
    const actual = rankPrompts(context, pack);

    expect(actual.length).toBeGreaterThanOrEqual(1);
    expect(actual.length).toBeLessThanOrEqual(3);
    for (const ranked of actual) expect(ranked.reasons.length).toBeGreaterThanOrEqual(1);
  });

  it.each([[1], [2], [0]])('respects a limit of %i', (limit) => {
    expect(rankPrompts(ctx(), pack, limit)).toHaveLength(limit);
  });

  it.each([
    ['wmo', ['ouder']],
    ['vervoer', ['ouder']],
    ['vrij', ['ouder', 'mantelzorger-aanwezig']],
    ['wmo', ['statushouder']],
  ] as [ConversationType, string[]][])(
    'gives an overweldigd inwoner with taalbarrière short, concrete prompts (%s, %j)',
    (type, profiles) => {
      const context = ctx({ type, profiles, signals: ['taalbarriere', 'overweldigd'] });

      const actual = rankPrompts(context, pack);

      expect(actual).toHaveLength(3);
      for (const { prompt } of actual) expect(prompt.short).toBe(true);
      expect(actual[0]!.prompt.kind).toBe('behaviour');
      expect(actual[0]!.reasons.join(' ')).toMatch(/signaal/);
    },
  );

  it('prefers short prompts once a low-load signal is observed', () => {
    const calm = rankPrompts(ctx(), pack, ALL);
    const tired = rankPrompts(ctx({ signals: ['vermoeid'] }), pack, ALL);
    const shareShort = (list: typeof calm) =>
      list.slice(0, 10).filter((r) => r.prompt.short).length;

    expect(shareShort(tired)).toBeGreaterThan(shareShort(calm));
  });

  it.each(
    PHASES.filter((p) => p !== 'voorbereiden').flatMap((phase) =>
      CONVERSATION_TYPES.map((type) => [phase, type] as const),
    ),
  )('puts an act-first behaviour on top under acute dreiging (%s, %s)', (phase, type) => {
    const context = ctx({ phase, type, signals: ['overweldigd', 'acute-dreiging'] });

    const [top] = rankPrompts(context, pack);

    expect(top!.prompt.kind).toBe('behaviour');
    expect(top!.prompt.signals).toContain('acute-dreiging');
    expect(top!.reasons[0]).toMatch(/eerst handelen, uitleg later/);
  });

  it('hides explain-first prompts under acute dreiging', () => {
    const actual = ids(ctx({ phase: 'afronden', signals: ['acute-dreiging'] }), pack, ALL);

    expect(actual).not.toContain('wmo-wat-gebeurt-nu');
    expect(ids(ctx({ phase: 'afronden' }), pack, ALL)).toContain('wmo-wat-gebeurt-nu');
  });

  it.each(
    (['voorbereiden', 'openen'] as const).flatMap((phase) =>
      CONVERSATION_TYPES.map((type) => [phase, type] as const),
    ),
  )('never suggests a "na vertrouwen" prompt in %s (%s)', (phase, type) => {
    const context = ctx({
      phase,
      type,
      profiles: pack.profiles.map((p) => p.id),
      signals: pack.signals.map((s) => s.id).filter((id) => id !== 'acute-dreiging'),
    });

    const actual = rankPrompts(context, pack, ALL);

    expect(actual.length).toBeGreaterThan(0);
    for (const { prompt } of actual) {
      expect(prompt.sensitive).toBe(false);
      expect(sensitiveItems.has(prompt.covers ?? '')).toBe(false);
    }
  });

  it('does suggest "na vertrouwen" prompts once the talk is in Verkennen', () => {
    const actual = rankPrompts(ctx(), pack, ALL);

    expect(actual.some(({ prompt }) => prompt.sensitive)).toBe(true);
  });

  it.each([['gesteld'], ['niet-nu']] as const)(
    'lets the next prompt move up when the top one is marked %s',
    (mark) => {
      const context = ctx({ type: 'vervoer' });
      const before = ids(context);

      const after = ids({ ...context, marks: { [before[0]!]: mark } });

      expect(after).not.toContain(before[0]);
      expect(after.slice(0, 2)).toEqual(before.slice(1, 3));
      expect(after).toHaveLength(3);
    },
  );

  it.each([['besproken'], ['nvt'], ['later']] as const)(
    'drops prompts for a checklist item marked %s',
    (state) => {
      const open = rankPrompts(ctx(), pack, ALL).filter(
        (r) => r.prompt.covers === 'wmo-mantelzorg',
      );

      const actual = ids(ctx({ checklist: { 'wmo-mantelzorg': state } }), pack, ALL);

      expect(open.length).toBeGreaterThan(0);
      expect(open[0]!.reasons).toContain('nog niet besproken: Mantelzorg die er nu al is');
      for (const { prompt } of open) expect(actual).not.toContain(prompt.id);
    },
  );

  it.each([
    [2, 'financien', 'Financiën'],
    [1, 'sociaal-netwerk', 'Sociaal netwerk'],
  ])('moves prompts up when leefgebied rated %i (%s)', (rating, domain, name) => {
    const before = ids(ctx(), pack, ALL);

    const ranked = rankPrompts(ctx({ ratings: { [domain]: rating } }), pack, ALL);
    const first = ranked.findIndex((r) => r.prompt.lifeDomain === domain);
    const firstBefore = before.indexOf(ranked[first]!.prompt.id);

    expect(ranked[first]!.reasons).toContain(`leefgebied ${name} scoort laag`);
    expect(first).toBeLessThan(firstBefore);
  });

  it.each([
    ['jongvolwassene', 'openen', 'jongvolwassene-zelf-aanspreken'],
    ['mantelzorger-aanwezig', 'openen', 'mantelzorger-inwoner-eerst'],
    ['lvb', 'verkennen', 'lvb-kort-en-concreet'],
  ] as const)('brings %s prompts forward in %s', (profile, phase, expected) => {
    const actual = rankPrompts(ctx({ phase, profiles: [profile] }), pack);

    expect(actual.map((r) => r.prompt.id)).toContain(expected);
    expect(actual.find((r) => r.prompt.id === expected)!.reasons.join(' ')).toMatch(/profiel/);
    expect(ids(ctx({ phase }), pack, ALL)).not.toContain(expected);
  });

  it('starts a vervoersvraag from where the inwoner wants to go', () => {
    expect(ids(ctx({ type: 'vervoer' }))).toContain('verv-waarheen');
  });

  it.each(CONVERSATION_TYPES.flatMap((type) => PHASES.map((phase) => [type, phase] as const)))(
    'only suggests prompts that fit type %s and phase %s, and no signal prompt without a signal',
    (type, phase) => {
      for (const { prompt } of rankPrompts(ctx({ type, phase }), pack, ALL)) {
        if (prompt.types.length > 0) expect(prompt.types).toContain(type);
        if (prompt.phases.length > 0) expect(prompt.phases).toContain(phase);
        expect(prompt.signals).toEqual([]);
        expect(prompt.profiles).toEqual([]);
      }
    },
  );

  it('respects a municipal pack that replaces one prompt, adds one and switches one off', () => {
    const local = PromptSchema.parse({
      id: 'gemeente-geldloket',
      text: 'Bel samen met de inwoner het Geldloket van de gemeente.',
      kind: 'behaviour',
      signals: ['acute-dreiging'],
      lifeDomain: 'financien',
      short: true,
      priority: 5,
      why: 'Het Geldloket regelt bij acute geldnood dezelfde dag een afspraak.',
      source: 'Beleidsregels schuldhulp gemeente Voorbeeld 2025',
    });
    const merged: Pack = {
      ...pack,
      prompts: [
        ...pack.prompts
          .filter((p) => p.id !== 'acuut-ontzorgen')
          .map((p) =>
            p.id === 'acuut-eerst-handelen' ? { ...p, text: 'Bel nu samen Woonstad of Eneco.' } : p,
          ),
        local,
      ],
    };

    const actual = rankPrompts(ctx({ signals: ['acute-dreiging'] }), merged, ALL);
    const texts = actual.map((r) => r.prompt.text);

    expect(texts).toContain('Bel nu samen Woonstad of Eneco.');
    expect(actual.slice(0, 3).map((r) => r.prompt.id)).toContain('gemeente-geldloket');
    expect(actual.map((r) => r.prompt.id)).not.toContain('acuut-ontzorgen');
  });

  it('skips prompts a pack switched off with disabled', () => {
    const merged: Pack = {
      ...pack,
      prompts: pack.prompts.map((p) => (p.id === 'verv-waarheen' ? { ...p, disabled: true } : p)),
    };

    expect(ids(ctx({ type: 'vervoer' }), merged, ALL)).not.toContain('verv-waarheen');
  });
});

describe('rankPrompts tie-break', () => {
  const tiny = (prompts: Record<string, unknown>[]) =>
    PackSchema.parse({
      id: 'test',
      name: 'Test',
      version: '1',
      profiles: [
        { id: 'ouder', name: 'Oudere inwoner', description: 'x', source: 'seed-002 L1395-1397' },
      ],
      prompts: prompts.map((p) => ({
        kind: 'question',
        why: 'x',
        source: 'seed-002 L1435-1438',
        ...p,
      })),
    });

  it('orders equal scores by id, whatever the pack order', () => {
    const pack = tiny([
      { id: 'b-vraag', text: 'Hoe gaat het?' },
      { id: 'a-vraag', text: 'Wat is er nodig?' },
    ]);

    expect(ids(ctx(), pack)).toEqual(['a-vraag', 'b-vraag']);
  });

  it('orders equal scores by priority before id', () => {
    // 3 × 10 + profile 15 = 45 = 4 × 10 + phase 5
    const pack = tiny([
      { id: 'a-profiel', text: 'Hoe gaat het?', priority: 3, profiles: ['ouder'] },
      { id: 'b-fase', text: 'Wat is er nodig?', priority: 4, phases: ['verkennen'] },
    ]);

    const actual = rankPrompts(ctx({ profiles: ['ouder'] }), pack);

    expect(actual.map((r) => r.score)).toEqual([45, 45]);
    expect(actual.map((r) => r.prompt.id)).toEqual(['b-fase', 'a-profiel']);
  });
});
