/**
 * Layers packs: default < imported (options page) < policy (storage.managed).
 * Pure. Per collection a later item replaces the whole item with its id, and
 * `disabled` removes it; a later `mobility` object replaces the earlier one.
 * An invalid layer is rejected as a whole; the other layers keep working.
 */
import { parsePack } from './load-packs';
import { COLLECTIONS, PackSchema, type Collection, type Pack } from './pack-schema';
import { validateReferences } from './validate-references';

export { validateReferences } from './validate-references';

export const ORIGINS = ['default', 'import', 'policy'] as const;
export type PackOrigin = (typeof ORIGINS)[number];

export interface PackLayer {
  origin: PackOrigin;
  input: unknown;
}

export interface ResolvedPacks {
  pack: Pack;
  /** Unresolved references in the merged pack (Dutch). */
  problems: string[];
  /** Layers left out, each with the Dutch reason. */
  rejected: { origin: PackOrigin; error: string }[];
  /** The layers that were merged, lowest first. */
  layers: { origin: PackOrigin; id: string; name: string; version: string }[];
}

const EMPTY_PACK: Pack = PackSchema.parse({ id: 'geen-pakket', name: 'Geen pakket', version: '0' });

type MergeItem = { id: string; disabled?: boolean | undefined };

/** Merges parsed packs in the given order (lowest first). */
export function mergePacks(packs: readonly Pack[]): Pack {
  const top = packs.at(-1) ?? EMPTY_PACK;
  const merged: Pack = { ...EMPTY_PACK, id: top.id, name: top.name, version: top.version };
  const target = merged as unknown as Record<Collection, MergeItem[]>;
  for (const collection of COLLECTIONS) {
    const byId = new Map<string, MergeItem>();
    for (const pack of packs) {
      for (const item of pack[collection] as readonly MergeItem[]) {
        if (item.disabled) byId.delete(item.id);
        else byId.set(item.id, item);
      }
      for (const id of pack.removals?.[collection] ?? []) byId.delete(id);
    }
    target[collection] = [...byId.values()];
  }
  const mobility = packs.findLast((pack) => pack.mobility !== undefined)?.mobility;
  return mobility ? { ...merged, mobility } : merged;
}

/** Parses every layer, drops the invalid ones, and merges the rest in origin order. */
export function resolvePacks(layers: readonly PackLayer[]): ResolvedPacks {
  const ordered = [...layers].sort((a, b) => ORIGINS.indexOf(a.origin) - ORIGINS.indexOf(b.origin));
  const accepted: { origin: PackOrigin; pack: Pack }[] = [];
  const rejected: ResolvedPacks['rejected'] = [];
  for (const layer of ordered) {
    const result = parsePack(layer.input);
    if (result.ok) accepted.push({ origin: layer.origin, pack: result.pack });
    else rejected.push({ origin: layer.origin, error: result.error });
  }
  const pack = mergePacks(accepted.map((layer) => layer.pack));
  return {
    pack,
    problems: validateReferences(pack),
    rejected,
    layers: accepted.map(({ origin, pack: { id, name, version } }) => ({
      origin,
      id,
      name,
      version,
    })),
  };
}
