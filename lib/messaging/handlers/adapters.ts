/** Serves the validated site adapters to content scripts and their status to the options page. */
import { loadAdapters, type LoadedAdapters } from '../../site-access/adapter-sources';
import type { Handlers } from '../router';

export function createAdapterHandlers(load: () => Promise<LoadedAdapters> = loadAdapters) {
  const adapters: Handlers['host/adapters'] = async () => ({ adapters: (await load()).adapters });

  const status: Handlers['adapters/status'] = async () => {
    const loaded = await load();
    return {
      adapters: loaded.adapters.map((a) => ({
        id: a.id,
        name: a.name,
        origin: loaded.origins.get(a.id) ?? 'builtin',
        screens: a.screens.length,
      })),
      problems: loaded.problems,
    };
  };

  return { 'host/adapters': adapters, 'adapters/status': status };
}
