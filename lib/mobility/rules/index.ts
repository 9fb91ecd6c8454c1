/**
 * The rule for each default alternative id. An id without a rule (a local
 * provision added by a municipal pack) gets `localProvision`: always "nagaan",
 * never silently "past", because Zijlijn knows nothing about it but its name.
 */
import { destinationsText } from '../facts';
import { eigenKrachtRules } from './eigen-kracht';
import { maatwerkRules } from './maatwerk';
import { netwerkRules } from './netwerk';
import { nagaan, type Rule } from './rule';
import { voorliggendRules } from './voorliggend';

export const RULES: Readonly<Record<string, Rule>> = {
  ...eigenKrachtRules,
  ...netwerkRules,
  ...voorliggendRules,
  ...maatwerkRules,
};

export const localProvision: Rule = (f) =>
  nagaan(
    f.destinations
      ? `Voorziening van de gemeente: nagaan of deze past bij de ritten (${destinationsText(f.destinations)}).`
      : 'Voorziening van de gemeente: nagaan of deze past bij waar de inwoner naartoe wil.',
  );
