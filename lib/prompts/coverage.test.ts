/** Coverage of the brede uitvraag: a count of what is still open, never a score. */
import { describe, expect, it } from 'vitest';
import type { ChecklistState, ConversationType } from '../conversation/model';
import { defaultPackInput } from '../packs/default-pack';
import { ChecklistSchema, PackSchema, type Pack } from '../packs/pack-schema';
import { checklistsForType, coverage } from './coverage';

const list = (id: string, itemIds: string[], types: ConversationType[] = ['wmo']) =>
  ChecklistSchema.parse({
    id,
    name: id,
    types,
    source: 'Wmo 2015 art. 2.3.2',
    items: itemIds.map((itemId) => ({
      id: itemId,
      text: itemId,
      category: 'onderzoek',
      source: 'Wmo 2015 art. 2.3.2',
    })),
  });
const wmo = list('wmo-onderzoek', [
  'wmo-hulpvraag',
  'wmo-eigen-kracht',
  'wmo-mantelzorg',
  'wmo-pgb',
]);

describe('coverage', () => {
  it.each<[string, Record<string, ChecklistState>, [number, number, number, string[]]]>([
    [
      'a talk that has not started',
      {},
      [0, 0, 0, ['wmo-hulpvraag', 'wmo-eigen-kracht', 'wmo-mantelzorg', 'wmo-pgb']],
    ],
    [
      'two topics discussed',
      { 'wmo-hulpvraag': 'besproken', 'wmo-mantelzorg': 'besproken' },
      [2, 0, 0, ['wmo-eigen-kracht', 'wmo-pgb']],
    ],
    [
      'pgb n.v.t. and mantelzorg later',
      { 'wmo-pgb': 'nvt', 'wmo-mantelzorg': 'later' },
      [0, 1, 1, ['wmo-hulpvraag', 'wmo-eigen-kracht']],
    ],
    [
      'everything dealt with',
      {
        'wmo-hulpvraag': 'besproken',
        'wmo-eigen-kracht': 'besproken',
        'wmo-mantelzorg': 'nvt',
        'wmo-pgb': 'later',
      },
      [2, 1, 1, []],
    ],
    [
      'a state for an item of another list',
      { 'werk-doel': 'besproken' },
      [0, 0, 0, ['wmo-hulpvraag', 'wmo-eigen-kracht', 'wmo-mantelzorg', 'wmo-pgb']],
    ],
  ])('counts %s', (_name, states, [discussed, nvt, later, open]) => {
    const actual = coverage([wmo], states);

    expect(actual).toMatchObject({ total: 4, discussed, nvt, later });
    expect(actual.open.map((item) => item.id)).toEqual(open);
  });

  it('counts an item shared by two checklists once', () => {
    const actual = coverage([wmo, list('gemeente-extra', ['wmo-pgb', 'gemeente-wachtlijst'])], {});

    expect(actual.total).toBe(5);
    expect(actual.open.map((item) => item.id)).toEqual([
      'wmo-hulpvraag',
      'wmo-eigen-kracht',
      'wmo-mantelzorg',
      'wmo-pgb',
      'gemeente-wachtlijst',
    ]);
  });
});

describe('checklistsForType', () => {
  const pack = PackSchema.parse(defaultPackInput);

  it.each(['wmo', 'vervoer', 'werk', 'vrij'] as const)(
    'gives %s its own checklists plus the broad leefgebieden list',
    (type) => {
      const actual = checklistsForType(pack, type);

      expect(actual.length).toBeGreaterThanOrEqual(1);
      for (const checklist of actual) expect(checklist.types).toContain(type);
      expect(actual.map((c) => c.id)).toContain('leefgebieden-breed');
    },
  );

  it.each([
    ['wmo', 'wmo-onderzoek'],
    ['vervoer', 'vervoer'],
    ['werk', 'werk-participatie'],
  ] as const)('includes the %s checklist %s', (type, id) => {
    expect(checklistsForType(pack, type).map((c) => c.id)).toContain(id);
  });

  it('respects a municipal pack that switches a checklist off and adds one', () => {
    const merged: Pack = {
      ...pack,
      checklists: [
        ...pack.checklists.map((c) =>
          c.id === 'leefgebieden-breed' ? { ...c, disabled: true } : c,
        ),
        list('gemeente-wonen', ['gemeente-woonwensen'], ['wmo']),
      ],
    };

    const actual = checklistsForType(merged, 'wmo').map((c) => c.id);

    expect(actual).not.toContain('leefgebieden-breed');
    expect(actual).toContain('gemeente-wonen');
  });
});
