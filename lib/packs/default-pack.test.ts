import { describe, expect, it } from 'vitest';
import { defaultLayer, defaultPackInput } from './default-pack';
import { parsePack } from './load-packs';
import { resolvePacks, validateReferences } from './merge-packs';
import { COLLECTIONS, type Pack } from './pack-schema';
import { isValidSource } from './source-format';

const LIFE_DOMAIN_IDS = [
  'financien',
  'werk-opleiding',
  'tijdsbesteding',
  'huisvesting',
  'huiselijke-relaties',
  'geestelijke-gezondheid',
  'lichamelijke-gezondheid',
  'middelengebruik',
  'basale-adl',
  'instrumentele-adl',
  'sociaal-netwerk',
  'maatschappelijke-participatie',
  'justitie',
];

const WMO_ITEM_IDS = [
  'wmo-hulpvraag',
  'wmo-behoeften',
  'wmo-eigen-kracht',
  'wmo-gebruikelijke-hulp',
  'wmo-mantelzorg',
  'wmo-netwerk',
  'wmo-mantelzorger-ondersteuning',
  'wmo-algemene-voorzieningen',
  'wmo-maatschappelijk-nuttig',
  'wmo-samenwerking-zorg',
  'wmo-maatwerk',
  'wmo-pgb',
  'wmo-bijdrage',
  'wmo-clientondersteuning',
  'wmo-persoonlijk-plan',
  'wmo-weergave',
  'wmo-termijnen',
];

const SIGNAL_IDS = [
  'overweldigd',
  'overzicht-kwijt',
  'schaamte',
  'boos-wantrouwend',
  'angst-gevolgen',
  'acute-dreiging',
  'taalbarriere',
  'vermoeid',
  'somber',
  'gespannen',
];

const PROFILE_IDS = [
  'ouder',
  'statushouder',
  'alleenstaande-ouder',
  'lvb',
  'mantelzorger-aanwezig',
  'jongvolwassene',
];

function loadDefault(): Pack {
  const result = parsePack(defaultPackInput);
  if (!result.ok) throw new Error(result.error);
  return result.pack;
}

const pack = loadDefault();
const checklist = (id: string) => pack.checklists.find((c) => c.id === id);
const allSources = (): { where: string; source: string }[] => [
  ...COLLECTIONS.flatMap((collection) =>
    pack[collection].map((item) => ({ where: `${collection} › ${item.id}`, source: item.source })),
  ),
  ...pack.checklists.flatMap((c) =>
    c.items.map((item) => ({ where: `${c.id} › ${item.id}`, source: item.source })),
  ),
  ...(pack.mobility ? [{ where: 'mobility', source: pack.mobility.source }] : []),
];

describe('default pack', () => {
  it('parses as a whole with every item valid', () => {
    const actual = parsePack(defaultPackInput);

    expect(actual.ok ? 'geldig' : actual.error).toBe('geldig');
  });

  it('resolves as the only layer without rejections or reference problems', () => {
    const actual = resolvePacks([defaultLayer]);

    expect(actual.rejected).toEqual([]);
    expect(actual.problems).toEqual([]);
    expect(actual.pack.id).toBe('zijlijn-standaard');
  });

  it('has every reference resolved', () => {
    expect(validateReferences(pack)).toEqual([]);
  });

  it.each(COLLECTIONS)('has no duplicate ids in %s', (collection) => {
    const ids = pack[collection].map((item) => item.id);

    expect(ids.length).toBe(new Set(ids).size);
  });

  it('has checklist item ids unique across all checklists', () => {
    const ids = pack.checklists.flatMap((c) => c.items.map((item) => item.id));

    expect(ids.length).toBe(new Set(ids).size);
  });

  it('cites an accepted source on every item', () => {
    const invalid = allSources().filter(({ source }) => !isValidSource(source));

    expect(invalid).toEqual([]);
  });

  it('has the 13 ZRM 2017 domains in order, each with 5 levels', () => {
    expect(pack.lifeDomains.map((d) => d.id)).toEqual(LIFE_DOMAIN_IDS);
    expect(pack.lifeDomains.map((d) => d.order)).toEqual(LIFE_DOMAIN_IDS.map((_, i) => i + 1));
    expect(pack.lifeDomains.every((d) => d.levels.length === 5)).toBe(true);
  });

  it('maps the 6 Positieve Gezondheid dimensions onto every domain', () => {
    const mapped = new Set(pack.healthDimensions.flatMap((d) => d.lifeDomains));

    expect(pack.healthDimensions).toHaveLength(6);
    expect([...mapped].sort()).toEqual([...LIFE_DOMAIN_IDS].sort());
  });

  it('lists the wmo-onderzoek items in the order of the law', () => {
    expect(checklist('wmo-onderzoek')?.items.map((item) => item.id)).toEqual(WMO_ITEM_IDS);
  });

  it('gives every wmo-onderzoek item a legal basis in the Wmo 2015', () => {
    const items = checklist('wmo-onderzoek')?.items ?? [];

    expect(items.filter((item) => !item.legalBasis.startsWith('Wmo 2015 art.'))).toEqual([]);
  });

  it.each([
    ['werk-participatie', 'werk-'],
    ['vervoer', 'vervoer-'],
    ['leefgebieden-breed', 'breed-'],
    ['wmo-onderzoek', 'wmo-'],
  ])('prefixes the items of %s with "%s"', (id, prefix) => {
    const items = checklist(id)?.items ?? [];

    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(items.filter((item) => !item.id.startsWith(prefix))).toEqual([]);
  });

  it('covers every leefgebied in the brede uitvraag', () => {
    const covered = new Set(checklist('leefgebieden-breed')?.items.map((item) => item.lifeDomain));

    expect(LIFE_DOMAIN_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each([
    'breed-schulden',
    'breed-justitie',
    'breed-middelengebruik',
    'breed-trauma',
    'breed-veiligheid',
  ])('marks %s as "na vertrouwen"', (id) => {
    const item = checklist('leefgebieden-breed')?.items.find((i) => i.id === id);

    expect(item?.sensitive).toBe(true);
  });

  it('has at least 10 stress signals with the canonical ids, only acute-dreiging acute', () => {
    const ids = pack.signals.map((s) => s.id);

    expect(pack.signals.length).toBeGreaterThanOrEqual(10);
    expect(SIGNAL_IDS.filter((id) => !ids.includes(id))).toEqual([]);
    expect(pack.signals.filter((s) => s.acute).map((s) => s.id)).toEqual(['acute-dreiging']);
  });

  it('has at least 5 profiles with the canonical ids', () => {
    const ids = pack.profiles.map((p) => p.id);

    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(PROFILE_IDS.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('has at least 40 jargon entries whose B1 text differs from the term', () => {
    expect(pack.jargon.length).toBeGreaterThanOrEqual(40);
    expect(pack.jargon.filter((j) => j.b1.toLowerCase() === j.term.toLowerCase())).toEqual([]);
  });

  it('has no jargon term or variant claimed by two entries', () => {
    const words = pack.jargon.flatMap((j) => [j.term, ...j.variants].map((w) => w.toLowerCase()));

    expect(words.length).toBe(new Set(words).size);
  });

  it('has the debt signals of seed 002 in every stage', () => {
    const categories = new Set(pack.debtSignals.map((d) => d.category));

    expect(pack.debtSignals.length).toBeGreaterThanOrEqual(20);
    expect([...categories].sort()).toEqual(
      [
        'Acuut',
        'In behandeling',
        'Loopt risico',
        'Schulden',
        'Situatie',
        'Versterkende factor',
      ].sort(),
    );
  });

  it('has a preparation card with at least 6 items', () => {
    expect(pack.prepItems.length).toBeGreaterThanOrEqual(6);
  });

  it('has at least 80 prompts', () => {
    expect(pack.prompts.length).toBeGreaterThanOrEqual(80);
  });

  it('sets the walking threshold at 100 m from seed 002', () => {
    expect(pack.mobility).toEqual({ walkingThresholdMeters: 100, source: 'seed-002 L2156-2157' });
  });
});
