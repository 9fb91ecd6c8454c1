/**
 * The merged default pack as pretty JSON: a municipality's starting point for
 * its own pack (`npm run --silent content:export`). The text re-imports as is.
 */
import { defaultLayer } from './default-pack';
import { resolvePacks, type PackLayer } from './merge-packs';

export type ExportResult =
  { ok: true; json: string; warnings: string[] } | { ok: false; error: string };

export function exportPack(layers: readonly PackLayer[] = [defaultLayer]): ExportResult {
  const { pack, problems, rejected } = resolvePacks(layers);
  const [first] = rejected;
  if (first) return { ok: false, error: first.error };
  return { ok: true, json: `${JSON.stringify(pack, null, 2)}\n`, warnings: problems };
}
