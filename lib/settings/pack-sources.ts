/**
 * Where content packs come from: the bundled default, one imported pack
 * (options page; stored as text in storage.local — content, not personal
 * data) and the municipality's policy pack (storage.managed).
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { parseManagedPolicy, type ManagedPolicy } from './managed-policy-schema';

export interface ImportedPack {
  text: string;
  name: string;
  importedAt: number;
}

export const importedPackItem = storage.defineItem<ImportedPack | null>('local:imported-pack', {
  fallback: null,
  version: 1,
});

export type LayerOrigin = 'default' | 'import' | 'policy';

export interface RawLayer {
  origin: LayerOrigin;
  /** JSON text as it arrived (the default pack arrives as an object). */
  text?: string;
  input?: unknown;
}

/** Reads managed storage; browsers without a policy (or without managed storage) give {}. */
export async function readManagedPolicy(): Promise<{ policy: ManagedPolicy; problems: string[] }> {
  try {
    const raw = (await browser.storage.managed.get()) as Record<string, unknown>;
    return parseManagedPolicy(raw ?? {});
  } catch {
    return { policy: {}, problems: [] };
  }
}

export async function readPackLayers(defaultInput: unknown): Promise<RawLayer[]> {
  const [imported, { policy }] = await Promise.all([
    importedPackItem.getValue(),
    readManagedPolicy(),
  ]);
  const layers: RawLayer[] = [{ origin: 'default', input: defaultInput }];
  if (imported) layers.push({ origin: 'import', text: imported.text });
  if (policy.contentPack) layers.push({ origin: 'policy', text: policy.contentPack });
  return layers;
}

/** Calls back whenever an imported or policy pack changes. */
export function watchPackSources(onChange: () => void): () => void {
  const unwatch = importedPackItem.watch(onChange);
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    unwatch();
    browser.storage.onChanged.removeListener(listener);
  };
}
