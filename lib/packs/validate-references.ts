/**
 * Cross-item checks on a (merged) pack: every id one item names must exist in
 * the pack. Returns Dutch problems; an unresolved reference is a warning, the
 * engines ignore ids they do not know.
 */
import type { Pack } from './pack-schema';

const q = (id: string) => JSON.stringify(id);

export function validateReferences(pack: Pack): string[] {
  const problems: string[] = [];
  const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));
  const domains = ids(pack.lifeDomains);
  const signals = ids(pack.signals);
  const profiles = ids(pack.profiles);
  const checklistItems = new Map<string, string>();

  const check = (
    where: string,
    field: string,
    known: Set<string>,
    what: string,
    values: readonly string[],
  ) => {
    for (const value of values) {
      if (!known.has(value)) problems.push(`${where} › ${field}: onbekend ${what} ${q(value)}`);
    }
  };

  for (const checklist of pack.checklists) {
    for (const item of checklist.items) {
      const where = `checklists › ${q(checklist.id)} › items › ${q(item.id)}`;
      const owner = checklistItems.get(item.id);
      if (owner !== undefined && owner !== checklist.id) {
        problems.push(`${where}: id komt ook voor in checklist ${q(owner)}`);
      }
      checklistItems.set(item.id, checklist.id);
      if (item.lifeDomain) check(where, 'lifeDomain', domains, 'leefgebied', [item.lifeDomain]);
    }
  }

  for (const dimension of pack.healthDimensions) {
    check(
      `healthDimensions › ${q(dimension.id)}`,
      'lifeDomains',
      domains,
      'leefgebied',
      dimension.lifeDomains,
    );
  }

  const coverable = new Set(checklistItems.keys());
  for (const prompt of pack.prompts) {
    const where = `prompts › ${q(prompt.id)}`;
    if (prompt.lifeDomain) check(where, 'lifeDomain', domains, 'leefgebied', [prompt.lifeDomain]);
    check(where, 'signals', signals, 'stresssignaal', prompt.signals);
    check(where, 'avoidSignals', signals, 'stresssignaal', prompt.avoidSignals);
    check(where, 'profiles', profiles, 'profiel', prompt.profiles);
    if (prompt.covers) check(where, 'covers', coverable, 'checklistonderdeel', [prompt.covers]);
  }

  for (const scenario of pack.scenarios) {
    check(`scenarios › ${q(scenario.id)}`, 'profiles', profiles, 'profiel', scenario.profiles);
  }
  return problems;
}
