/** The scoring rules on a small hand-made pack, one rule per table. */
import { describe, expect, it } from 'vitest';
import { PackSchema, PromptSchema, type PackInput } from '../packs/pack-schema';
import type { PromptContext } from './prompt-context';
import { buildRankingLookup } from './ranking-lookup';
import { scorePrompt, WEIGHTS } from './score-prompt';

const prompt = (over: Record<string, unknown>) => ({
  id: 'p',
  text: 'Hoe gaat het met u?',
  kind: 'question',
  why: 'test',
  source: 'seed-002 L1435-1438',
  ...over,
});
const input: PackInput = {
  id: 'test',
  name: 'Testpakket',
  version: '1',
  lifeDomains: [
    {
      id: 'financien',
      name: 'Financiën',
      description: 'Geld',
      levels: ['1', '2', '3', '4', '5'],
      order: 1,
      source: 'domain-anchors §2.1',
    },
  ],
  signals: [
    {
      id: 'overweldigd',
      name: 'Overweldigd',
      observe: 'x',
      adapt: 'y',
      source: 'domain-anchors §3.4',
    },
    { id: 'schaamte', name: 'Schaamte', observe: 'x', adapt: 'y', source: 'seed-002 L1388-1390' },
    {
      id: 'huisuitzetting',
      name: 'Huisuitzetting',
      observe: 'x',
      adapt: 'y',
      acute: true,
      source: 'seed-002 L1491-1495',
    },
  ],
  profiles: [
    { id: 'ouder', name: 'Oudere inwoner', description: 'x', source: 'seed-002 L1395-1397' },
  ],
  checklists: [
    {
      id: 'wmo-onderzoek',
      name: 'Wmo',
      types: ['wmo'],
      source: 'Wmo 2015 art. 2.3.2',
      items: [
        { id: 'wmo-mantelzorg', text: 'Mantelzorg', category: 'x', source: 'Wmo 2015 art. 2.3.2' },
        {
          id: 'wmo-schulden',
          text: 'Schulden',
          category: 'x',
          sensitive: true,
          source: 'seed-002 L1546-1576',
        },
      ],
    },
  ],
};
const pack = PackSchema.parse(input);
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
const score = (raw: Record<string, unknown>, context: PromptContext) =>
  scorePrompt(
    PromptSchema.parse(prompt(raw)),
    context,
    buildRankingLookup(pack, context.type),
    new Set(context.signals),
  );

describe('scorePrompt', () => {
  it.each([
    ['a phase it does not list', { phases: ['afronden'] }, ctx()],
    ['a type it does not list', { types: ['vervoer'] }, ctx()],
    ['a profile that is absent', { profiles: ['ouder'] }, ctx()],
    ['its signal while none is observed', { signals: ['overweldigd'] }, ctx()],
    [
      'an observed avoid-signal',
      { avoidSignals: ['overweldigd'] },
      ctx({ signals: ['overweldigd'] }),
    ],
    ['a sensitive prompt in Openen', { sensitive: true }, ctx({ phase: 'openen' })],
    ['a sensitive prompt in Voorbereiden', { sensitive: true }, ctx({ phase: 'voorbereiden' })],
    ['covering a sensitive item in Openen', { covers: 'wmo-schulden' }, ctx({ phase: 'openen' })],
    [
      'a covered item marked later',
      { covers: 'wmo-mantelzorg' },
      ctx({ checklist: { 'wmo-mantelzorg': 'later' } }),
    ],
    ['a mark gesteld', {}, ctx({ marks: { p: 'gesteld' } })],
    ['disabled: true', { disabled: true }, ctx()],
  ])('hides a prompt for %s', (_name, raw, context) => {
    expect(score(raw, context)).toBeNull();
  });

  it.each([
    ['a sensitive prompt in Verkennen', { sensitive: true }, ctx()],
    ['a prompt listing the present profile', { profiles: ['ouder'] }, ctx({ profiles: ['ouder'] })],
    [
      'a covered item of another conversation type',
      { covers: 'wmo-mantelzorg' },
      ctx({ type: 'werk' }),
    ],
  ])('shows %s', (_name, raw, context) => {
    expect(score(raw, context)).not.toBeNull();
  });

  it.each([
    [
      'an observed signal it lists',
      { signals: ['schaamte'] },
      { signals: ['schaamte'] },
      WEIGHTS.signal,
      'past bij signaal schaamte',
    ],
    [
      'an open checklist item',
      { covers: 'wmo-mantelzorg' },
      {},
      WEIGHTS.uncovered,
      'nog niet besproken: Mantelzorg',
    ],
    [
      'a leefgebied rated 2',
      { lifeDomain: 'financien' },
      { ratings: { financien: 2 } },
      WEIGHTS.ratingLow,
      'leefgebied Financiën scoort laag',
    ],
    [
      'a leefgebied rated 1',
      { lifeDomain: 'financien' },
      { ratings: { financien: 1 } },
      WEIGHTS.ratingAcute,
      'leefgebied Financiën scoort laag',
    ],
    [
      'a matching profile',
      { profiles: ['ouder'] },
      { profiles: ['ouder'] },
      WEIGHTS.profile,
      'past bij profiel oudere inwoner',
    ],
    ['its phase', { phases: ['verkennen'] }, {}, WEIGHTS.phase, 'past bij fase Verkennen'],
    [
      'a short prompt under overweldigd',
      { short: true },
      { signals: ['overweldigd'] },
      WEIGHTS.lowLoadShort,
      'signaal overweldigd: kort en concreet',
    ],
  ] as const)('raises the score for %s and says why', (_name, raw, over, boost, reason) => {
    const plain = score({ short: 'short' in raw }, ctx());
    const actual = score(raw, ctx(over));

    expect(actual!.score - plain!.score).toBe(boost);
    expect(actual!.reasons).toContain(reason);
  });

  it.each([[3], [4], [5]])('does not boost a leefgebied rated %i', (rating) => {
    const actual = score({ lifeDomain: 'financien' }, ctx({ ratings: { financien: rating } }));

    expect(actual!.score).toBe(3 * WEIGHTS.priority);
  });

  it('lowers a long prompt under a low-load signal', () => {
    const actual = score({ short: false }, ctx({ signals: ['overweldigd'] }));

    expect(actual!.score).toBe(3 * WEIGHTS.priority + WEIGHTS.lowLoadLong);
  });

  it.each([['acute-dreiging'], ['huisuitzetting']])(
    'puts a behaviour answering acute signal %s first, with act-first as its first reason',
    (signal) => {
      const actual = score({ kind: 'behaviour', signals: [signal] }, ctx({ signals: [signal] }));

      expect(actual!.score).toBeGreaterThanOrEqual(WEIGHTS.actFirst);
      expect(actual!.reasons[0]).toMatch(/: eerst handelen, uitleg later$/);
    },
  );

  it('does not treat a question under an acute signal as act-first', () => {
    const actual = score({ signals: ['huisuitzetting'] }, ctx({ signals: ['huisuitzetting'] }));

    expect(actual!.score).toBeLessThan(WEIGHTS.actFirst);
    expect(actual!.reasons).toContain('past bij signaal huisuitzetting');
  });

  it.each([
    ['question', 'past in elk gesprek'],
    ['behaviour', 'goede gewoonte in elk gesprek'],
  ])('always gives a %s at least one reason', (kind, reason) => {
    expect(score({ kind }, ctx())!.reasons).toEqual([reason]);
  });
});
