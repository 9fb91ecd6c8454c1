/**
 * Turns untrusted pack input (an imported file, a policy object) into a
 * validated `Pack`, or a Dutch error naming collection, item and field.
 * Never throws: a bad pack is rejected as a whole and nothing else changes.
 */
import { COLLECTIONS, IdSchema, PackSchema, type Collection, type Pack } from './pack-schema';
import { dutchIssueMessage, formatIssues, isRecord, itemLabel, packError } from './pack-errors';

export const MAX_PACK_BYTES = 2 * 1024 * 1024;

export type ParsePackResult = { ok: true; pack: Pack } | { ok: false; error: string };

const fail = (detail: string): ParsePackResult => ({ ok: false, error: packError(detail) });

/** Parses the text of a pack file (JSON, at most 2 MB). */
export function parsePackText(text: string): ParsePackResult {
  try {
    if (typeof text !== 'string') return fail('het bestand bevat geen tekst');
    if (byteLength(text) > MAX_PACK_BYTES) return fail('het bestand is groter dan 2 MB');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return fail('het bestand is geen geldige JSON');
    }
    return parsePack(json);
  } catch {
    return fail('het bestand kon niet worden gelezen');
  }
}

/** Validates a pack object, e.g. parsed JSON or the managed-storage `contentPack`. */
export function parsePack(json: unknown): ParsePackResult {
  try {
    if (!isRecord(json)) return fail('verwacht een JSON-object met id, name en version');
    const size = jsonByteLength(json);
    if (size === null) return fail('de inhoud is geen geldige JSON');
    if (size > MAX_PACK_BYTES) return fail('het pakket is groter dan 2 MB');

    const split = splitDisabledStubs(json);
    if (typeof split === 'string') return fail(split);

    const parsed = PackSchema.safeParse(split.input, { error: dutchIssueMessage });
    if (!parsed.success)
      return { ok: false, error: formatIssues(parsed.error.issues, split.input) };

    const duplicate = findDuplicateId(parsed.data);
    if (duplicate) return fail(duplicate);

    return { ok: true, pack: withRemovals(parsed.data, split.removals) };
  } catch {
    return fail('de inhoud kon niet worden gecontroleerd');
  }
}

type Removals = Partial<Record<Collection, string[]>>;

/**
 * `{ "id": "x", "disabled": true }` switches an item off without repeating
 * its fields: such items leave the collection and become removals.
 */
function splitDisabledStubs(
  json: Record<string, unknown>,
): { input: Record<string, unknown>; removals: Removals } | string {
  const input: Record<string, unknown> = { ...json };
  const removals: Removals = {};
  for (const collection of COLLECTIONS) {
    const items = json[collection];
    if (!Array.isArray(items)) continue;
    const kept: unknown[] = [];
    for (const [index, item] of items.entries()) {
      if (!isRecord(item) || item['disabled'] !== true) {
        kept.push(item);
        continue;
      }
      const id = IdSchema.safeParse(item['id'], { error: dutchIssueMessage });
      if (!id.success) {
        const message = id.error.issues[0]?.message ?? 'ongeldig';
        return `${collection} › ${itemLabel(item, index)} › id: ${message}`;
      }
      (removals[collection] ??= []).push(id.data);
    }
    input[collection] = kept;
  }
  return { input, removals };
}

function findDuplicateId(pack: Pack): string | null {
  for (const collection of COLLECTIONS) {
    const seen = new Set<string>();
    for (const item of pack[collection]) {
      if (seen.has(item.id))
        return `${collection} › ${JSON.stringify(item.id)}: id komt twee keer voor`;
      seen.add(item.id);
    }
  }
  const itemOwners = new Map<string, string>();
  for (const checklist of pack.checklists) {
    for (const item of checklist.items) {
      const owner = itemOwners.get(item.id);
      if (owner !== undefined) {
        const where = `checklists › ${JSON.stringify(checklist.id)} › items › ${JSON.stringify(item.id)}`;
        return owner === checklist.id
          ? `${where}: id komt twee keer voor`
          : `${where}: id komt ook voor in checklist ${JSON.stringify(owner)}`;
      }
      itemOwners.set(item.id, checklist.id);
    }
  }
  return null;
}

function withRemovals(pack: Pack, stubs: Removals): Pack {
  const merged: Removals = { ...pack.removals };
  for (const [collection, ids] of Object.entries(stubs) as [Collection, string[]][]) {
    merged[collection] = [...(merged[collection] ?? []), ...ids];
  }
  return Object.keys(merged).length > 0 ? { ...pack, removals: merged } : pack;
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Size of the JSON form, or null for values JSON cannot hold (cycles, bigint). */
function jsonByteLength(value: unknown): number | null {
  try {
    const text = JSON.stringify(value);
    return typeof text === 'string' ? byteLength(text) : null;
  } catch {
    return null;
  }
}
