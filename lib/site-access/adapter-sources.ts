/**
 * Where site adapters come from: built-in, the municipality's policy
 * (`adapters`, JSON text in storage.managed) and one imported file (options
 * page; storage.local, configuration rather than personal data). Validated
 * here, in the background, before any content script sees them.
 */
import { storage } from 'wxt/utils/storage';
import type { Adapter } from '../adapters/adapter-schema';
import { BUILTIN_ADAPTERS } from '../adapters/builtin';
import {
  mergeAdapters,
  parseAdapters,
  parseAdapterText,
  type AdapterOrigin,
} from '../adapters/parse-adapters';
import { readManagedPolicy } from '../settings/pack-sources';

export interface ImportedAdapters {
  text: string;
  fileName: string;
  importedAt: number;
}

export const importedAdaptersItem = storage.defineItem<ImportedAdapters | null>(
  'local:imported-adapters',
  { fallback: null, version: 1 },
);

export interface LoadedAdapters {
  adapters: Adapter[];
  origins: Map<string, AdapterOrigin>;
  problems: string[];
}

export async function loadAdapters(): Promise<LoadedAdapters> {
  const [imported, { policy }] = await Promise.all([
    importedAdaptersItem.getValue(),
    readManagedPolicy(),
  ]);
  const layers: [AdapterOrigin, ReturnType<typeof parseAdapters>][] = [
    ['builtin', parseAdapters(BUILTIN_ADAPTERS, 'builtin')],
  ];
  if (policy.adapters) layers.push(['policy', parseAdapterText(policy.adapters, 'policy')]);
  if (imported) layers.push(['import', parseAdapterText(imported.text, 'import')]);

  const origins = new Map<string, AdapterOrigin>();
  for (const [origin, parsed] of layers) {
    for (const adapter of parsed.adapters) origins.set(adapter.id, origin);
  }
  return {
    adapters: mergeAdapters(layers.map(([, parsed]) => parsed.adapters)),
    origins,
    problems: layers.flatMap(([, parsed]) => parsed.problems),
  };
}
