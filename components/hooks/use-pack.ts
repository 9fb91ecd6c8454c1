import { useEffect, useState } from 'react';
import { defaultPackInput } from '../../lib/packs/default-pack';
import { parsePackText } from '../../lib/packs/load-packs';
import { resolvePacks } from '../../lib/packs/merge-packs';
import type { Pack } from '../../lib/packs/pack-schema';
import { readPackLayers, watchPackSources, type RawLayer } from '../../lib/settings/pack-sources';

export interface ResolvedPack {
  pack: Pack;
  problems: string[];
  rejected: { origin: string; error: string }[];
}

/** Text layers are parsed first so a broken JSON file is rejected like any invalid pack. */
export function resolveRawLayers(layers: RawLayer[]): ResolvedPack {
  const rejected: { origin: string; error: string }[] = [];
  const inputs: { origin: RawLayer['origin']; input: unknown }[] = [];
  for (const layer of layers) {
    if (layer.text === undefined) {
      inputs.push({ origin: layer.origin, input: layer.input });
      continue;
    }
    const parsed = parsePackText(layer.text);
    if (parsed.ok) inputs.push({ origin: layer.origin, input: parsed.pack });
    else rejected.push({ origin: layer.origin, error: parsed.error });
  }
  const resolved = resolvePacks(inputs);
  return {
    pack: resolved.pack,
    problems: resolved.problems,
    rejected: [...rejected, ...resolved.rejected],
  };
}

/** The merged content pack (default < imported < policy), live; null while loading. */
export function usePack(): ResolvedPack | null {
  const [resolved, setResolved] = useState<ResolvedPack | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () =>
      void readPackLayers(defaultPackInput).then((layers) => {
        if (alive) setResolved(resolveRawLayers(layers));
      });
    load();
    const unwatch = watchPackSources(load);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return resolved;
}
