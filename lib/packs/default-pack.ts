/**
 * The default Dutch pack as raw input, assembled from `default/*.json`. It is
 * bundled, never fetched; `default-pack.test.ts` proves it parses and that
 * every reference resolves. Parse it with `parsePack` or `resolvePacks`.
 */
import checklists from './default/checklists.json';
import debtSignals from './default/debt-signals.json';
import healthDimensions from './default/health-dimensions.json';
import jargon from './default/jargon.json';
import lifeDomains from './default/life-domains.json';
import mobilityAlternatives from './default/mobility.json';
import pack from './default/pack.json';
import prepItems from './default/prep.json';
import profiles from './default/profiles.json';
import prompts from './default/prompts.json';
import scenarios from './default/scenarios.json';
import signals from './default/signals.json';
import type { PackLayer } from './merge-packs';

export const defaultPackInput: Readonly<Record<string, unknown>> = {
  ...pack,
  lifeDomains,
  healthDimensions,
  checklists,
  prompts,
  signals,
  profiles,
  jargon,
  debtSignals,
  prepItems,
  mobilityAlternatives,
  scenarios,
};

/** The lowest layer for `resolvePacks`. */
export const defaultLayer: PackLayer = { origin: 'default', input: defaultPackInput };
