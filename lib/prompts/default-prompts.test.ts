/**
 * Content checks for lib/packs/default/prompts.json: every prompt validates,
 * names only canonical ids, cites its source, and the set covers what the
 * product promises (each leefgebied, each Wmo onderzoek item, each profile…).
 */
import { describe, expect, it } from 'vitest';
import { CONVERSATION_TYPES, PHASES } from '../conversation/model';
import { defaultPackInput } from '../packs/default-pack';
import { PackSchema, PromptSchema } from '../packs/pack-schema';
import { isValidSource } from '../packs/source-format';
import rawPrompts from '../packs/default/prompts.json';

const LIFE_DOMAINS = [
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
const SIGNALS = [
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
const PROFILES = [
  'ouder',
  'statushouder',
  'alleenstaande-ouder',
  'lvb',
  'mantelzorger-aanwezig',
  'jongvolwassene',
];
const WMO_ITEMS = [
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

const pack = PackSchema.parse(defaultPackInput);
const prompts = rawPrompts.map((raw) => PromptSchema.parse(raw));
const packSignals = new Set(pack.signals.map((signal) => signal.id));
const checklistItems = new Set(
  pack.checklists.flatMap((list) => list.items.map((item) => item.id)),
);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('default prompts.json', () => {
  it('holds at least 80 prompts with unique ids', () => {
    const ids = prompts.map((prompt) => prompt.id);

    expect(ids.length).toBeGreaterThanOrEqual(80);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(rawPrompts.map((raw) => [raw.id, raw] as const))('%s validates', (_id, raw) => {
    expect(PromptSchema.safeParse(raw).success).toBe(true);
  });

  it.each(prompts.map((prompt) => [prompt.id, prompt] as const))(
    '%s names only canonical ids and cites an accepted source',
    (_id, prompt) => {
      if (prompt.lifeDomain) expect(LIFE_DOMAINS).toContain(prompt.lifeDomain);
      for (const signal of [...prompt.signals, ...prompt.avoidSignals])
        expect(SIGNALS.includes(signal) || packSignals.has(signal)).toBe(true);
      for (const profile of prompt.profiles) expect(PROFILES).toContain(profile);
      if (prompt.covers?.startsWith('wmo-')) expect(WMO_ITEMS).toContain(prompt.covers);
      if (prompt.covers) expect(checklistItems.has(prompt.covers)).toBe(true);
      expect(isValidSource(prompt.source)).toBe(true);
    },
  );

  it.each(prompts.filter((prompt) => prompt.kind === 'question').map((p) => [p.text] as const))(
    'question "%s" is one short open question for the inwoner',
    (text) => {
      expect(text.match(/\?/g)).toHaveLength(1);
      expect(text).not.toMatch(/^Waarom\b/);
      expect(words(text)).toBeLessThanOrEqual(16);
      expect(text).not.toMatch(/\b(je|jij|jouw)\b/i);
    },
  );

  it.each(prompts.filter((prompt) => prompt.short).map((p) => [p.text] as const))(
    'short prompt "%s" is at most 16 words',
    (text) => {
      expect(words(text)).toBeLessThanOrEqual(16);
    },
  );

  it('never calls the inwoner a cliënt', () => {
    const offending = prompts.filter((prompt) =>
      /(^|[^\p{L}])cliënt(en)?($|[^\p{L}])/iu.test(`${prompt.text} ${prompt.why}`),
    );

    expect(offending.map((prompt) => prompt.id)).toEqual([]);
  });

  it('asks at least one question per leefgebied', () => {
    const asked = new Set(prompts.filter((p) => p.kind === 'question').map((p) => p.lifeDomain));

    expect(LIFE_DOMAINS.filter((id) => !asked.has(id))).toEqual([]);
  });

  it.each(pack.checklists.map((list) => [list.id, list] as const))(
    'covers every item of checklist %s',
    (_id, list) => {
      const covered = new Set(prompts.map((prompt) => prompt.covers));

      expect(list.items.map((item) => item.id).filter((id) => !covered.has(id))).toEqual([]);
    },
  );

  it.each([...SIGNALS.map((id) => ['signal', id]), ...PROFILES.map((id) => ['profile', id])])(
    'has prompts for %s %s',
    (kind, id) => {
      const matching = prompts.filter((prompt) =>
        (kind === 'signal' ? prompt.signals : prompt.profiles).includes(id),
      );

      expect(matching.length).toBeGreaterThanOrEqual(1);
    },
  );

  it.each(PHASES.map((phase) => [phase]))('offers at least five prompts in phase %s', (phase) => {
    const inPhase = prompts.filter((p) => p.phases.length === 0 || p.phases.includes(phase));

    expect(inPhase.length).toBeGreaterThanOrEqual(5);
  });

  it.each(CONVERSATION_TYPES.filter((type) => type !== 'vrij').map((type) => [type]))(
    'has prompts specific to conversation type %s',
    (type) => {
      expect(prompts.filter((p) => p.types.includes(type)).length).toBeGreaterThanOrEqual(5);
    },
  );

  it('keeps low-load behaviours short, so a stressed inwoner gets short prompts', () => {
    const lowLoad = ['overweldigd', 'overzicht-kwijt', 'taalbarriere', 'vermoeid'];
    const long = prompts.filter(
      (p) => p.kind === 'behaviour' && p.signals.some((id) => lowLoad.includes(id)) && !p.short,
    );

    expect(long.map((p) => p.id)).toEqual([]);
  });
});
