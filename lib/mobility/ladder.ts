/**
 * The alternatives ladder of a pack: the items that exist locally (not
 * disabled, `available` not false), in rung order eigen kracht → netwerk →
 * voorliggend → maatwerk, keeping the pack's order within a rung.
 */
import { RUNGS, type MobilityAlternative } from '../packs/pack-schema';
import type { MobilityPack } from './facts';

export function ladder(pack: MobilityPack): MobilityAlternative[] {
  return pack.mobilityAlternatives
    .filter((alternative) => !alternative.disabled && alternative.available !== false)
    .map((alternative, index) => ({ alternative, index }))
    .sort(
      (a, b) =>
        RUNGS.indexOf(a.alternative.rung) - RUNGS.indexOf(b.alternative.rung) || a.index - b.index,
    )
    .map(({ alternative }) => alternative);
}

/** The municipality's own name when the pack gives one. */
export const displayName = (alternative: MobilityAlternative) =>
  alternative.local?.name || alternative.name;

/** "Buurtbus Zijlstad, 0591 123 456" or "" without local details. */
export function localContact(alternative: MobilityAlternative): string {
  if (!alternative.local) return '';
  return [alternative.local.name, alternative.local.contact].filter(Boolean).join(', ');
}
