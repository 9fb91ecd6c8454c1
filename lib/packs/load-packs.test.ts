import { describe, expect, it } from 'vitest';
import { MAX_PACK_BYTES, parsePack, parsePackText } from './load-packs';

const header = { id: 'gemeente-voorbeeld', name: 'Gemeente Voorbeeld', version: '2025-1' };
const prompt = {
  id: 'vraag-netwerk',
  text: 'Wie om u heen zou u kunnen helpen?',
  kind: 'question',
  why: 'Het netwerk komt eerst.',
  source: 'Wmo 2015 art. 2.3.2 lid 4 sub c',
};
const domain = {
  id: 'financien',
  name: 'Financiën',
  description: 'Geld en rondkomen.',
  levels: ['1', '2', '3', '4', '5'],
  order: 1,
  source: 'domain-anchors §2.1',
};
const checklist = (id: string, itemIds: string[]) => ({
  id,
  name: id,
  types: ['wmo'],
  source: 'Wmo 2015 art. 2.3.2',
  items: itemIds.map((itemId) => ({
    id: itemId,
    text: 'Onderwerp',
    category: 'Vraag',
    source: 'domain-anchors §1.1',
  })),
});

describe('parsePack', () => {
  it('accepts a partial municipal pack and fills the defaults', () => {
    const actual = parsePack({ ...header, prompts: [prompt] });

    expect(actual.ok && actual.pack.prompts[0]).toMatchObject({
      phases: [],
      priority: 3,
      version: 1,
    });
    expect(actual.ok && actual.pack.lifeDomains).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    [
      'a missing prompt text',
      { ...header, prompts: [{ ...prompt, text: undefined }] },
      'prompts › "vraag-netwerk" › text: ontbreekt',
    ],
    [
      'an empty source',
      { ...header, prompts: [{ ...prompt, source: ' ' }] },
      'prompts › "vraag-netwerk" › source: bron ontbreekt',
    ],
    [
      'an unknown kind',
      { ...header, prompts: [{ ...prompt, kind: 'tip' }] },
      'prompts › "vraag-netwerk" › kind: kies uit: question, behaviour',
    ],
    [
      'an unknown phase',
      { ...header, prompts: [{ ...prompt, phases: ['intake'] }] },
      'prompts › "vraag-netwerk" › phases › nr. 1: kies uit: voorbereiden, openen, verkennen, afspraken, afronden',
    ],
    [
      'a priority of 9',
      { ...header, prompts: [{ ...prompt, priority: 9 }] },
      'prompts › "vraag-netwerk" › priority: moet hoogstens 5 zijn',
    ],
    [
      'an id with capitals',
      { ...header, prompts: [{ ...prompt, id: 'Vraag' }] },
      'prompts › "Vraag" › id: gebruik kleine letters, cijfers en streepjes',
    ],
    [
      'an item without id, by position',
      { ...header, prompts: [prompt, { ...prompt, id: undefined }] },
      'prompts › nr. 2 › id: ontbreekt',
    ],
    [
      'four levels',
      { ...header, lifeDomains: [{ ...domain, levels: ['1', '2', '3', '4'] }] },
      'lifeDomains › "financien" › levels: moet precies 5 items hebben',
    ],
    [
      'a text where a number belongs',
      { ...header, lifeDomains: [{ ...domain, order: 'een' }] },
      'lifeDomains › "financien" › order: moet een getal zijn',
    ],
    [
      'a collection that is no list',
      { ...header, jargon: { term: 'indien' } },
      'jargon: moet een lijst zijn',
    ],
    [
      'a nested checklist item',
      {
        ...header,
        checklists: [
          {
            ...checklist('wmo-onderzoek', ['wmo-pgb']),
            items: [{ id: 'wmo-pgb', text: '', category: 'x', source: 'domain-anchors §1.1' }],
          },
        ],
      },
      'checklists › "wmo-onderzoek" › items › "wmo-pgb" › text: mag niet leeg zijn',
    ],
    ['a pack without name', { id: 'gemeente-x', version: '1' }, 'name: ontbreekt'],
    [
      'a bad walking threshold',
      { ...header, mobility: { walkingThresholdMeters: 5, source: 'seed-002 L2156' } },
      'mobility › walkingThresholdMeters: moet minstens 10 zijn',
    ],
    [
      'a duplicate prompt id',
      { ...header, prompts: [prompt, prompt] },
      'prompts › "vraag-netwerk": id komt twee keer voor',
    ],
    [
      'a checklist item id in two checklists',
      { ...header, checklists: [checklist('a', ['x-een']), checklist('b', ['x-een'])] },
      'checklists › "b" › items › "x-een": id komt ook voor in checklist "a"',
    ],
    [
      'a disabled stub with a bad id',
      { ...header, prompts: [{ id: 'Fout Id', disabled: true }] },
      'prompts › "Fout Id" › id: gebruik kleine letters, cijfers en streepjes',
    ],
    ['an array', [header], 'verwacht een JSON-object met id, name en version'],
    ['null', null, 'verwacht een JSON-object met id, name en version'],
  ])('rejects %s with a Dutch message', (_case, input, expected) => {
    const actual = parsePack(input);

    expect(actual).toEqual({ ok: false, error: `Pakket ongeldig: ${expected}` });
  });

  it('counts the further issues after the first', () => {
    const actual = parsePack({ ...header, prompts: [{ id: 'vraag-netwerk' }] });

    expect(actual.ok ? '' : actual.error).toMatch(
      /^Pakket ongeldig: prompts › "vraag-netwerk" › source: ontbreekt \(en nog 3 andere fouten\)$/,
    );
  });

  it('turns disabled stubs into removals', () => {
    const actual = parsePack({
      ...header,
      prompts: [{ id: 'vraag-netwerk', disabled: true }],
      jargon: [{ id: 'indien', disabled: true }],
    });

    expect(actual.ok && actual.pack.removals).toEqual({
      prompts: ['vraag-netwerk'],
      jargon: ['indien'],
    });
    expect(actual.ok && actual.pack.prompts).toEqual([]);
  });

  it('rejects a value JSON cannot hold', () => {
    const cyclic: Record<string, unknown> = { ...header };
    cyclic['self'] = cyclic;

    expect(parsePack(cyclic)).toEqual({
      ok: false,
      error: 'Pakket ongeldig: de inhoud is geen geldige JSON',
    });
  });
});

describe('parsePackText', () => {
  it('parses a pack file', () => {
    const actual = parsePackText(JSON.stringify({ ...header, prompts: [prompt] }));

    expect(actual.ok && actual.pack.prompts.map((p) => p.id)).toEqual(['vraag-netwerk']);
  });

  it.each([
    ['text that is no JSON', 'id: gemeente', 'Pakket ongeldig: het bestand is geen geldige JSON'],
    ['an empty file', '', 'Pakket ongeldig: het bestand is geen geldige JSON'],
    [
      'a JSON string',
      '"pakket"',
      'Pakket ongeldig: verwacht een JSON-object met id, name en version',
    ],
    [
      'a file over 2 MB',
      `{"id":"x","pad":"${'a'.repeat(MAX_PACK_BYTES)}"}`,
      'Pakket ongeldig: het bestand is groter dan 2 MB',
    ],
  ])('rejects %s', (_case, text, expected) => {
    expect(parsePackText(text)).toEqual({ ok: false, error: expected });
  });
});
