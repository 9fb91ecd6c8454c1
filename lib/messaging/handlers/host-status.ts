/**
 * Remembers which tabs run Zijlijn's content script and what screen they show,
 * in session storage (memory only; cleared when the browser closes).
 */
import { storage } from 'wxt/utils/storage';
import type { HostSummary } from '../protocol';
import type { Handlers } from '../router';

const hostsItem = storage.defineItem<HostSummary[]>('session:hosts', { fallback: [] });

/** Read-modify-write of the list, one at a time: tabs announcing together must not lose entries. */
let queue: Promise<unknown> = Promise.resolve();
function updateHosts(change: (hosts: HostSummary[]) => HostSummary[] | null): Promise<void> {
  const next = queue.then(async () => {
    const updated = change(await hostsItem.getValue());
    if (updated) await hostsItem.setValue(updated);
  });
  queue = next.catch(() => undefined);
  return next;
}

export function createHostHandlers(now: () => number = Date.now) {
  const announced: Handlers['host/announced'] = async (data, sender) => {
    if (sender.tabId === undefined || sender.frameId !== 0) return { recorded: false };
    const tabId = sender.tabId;
    await updateHosts((hosts) =>
      [...hosts.filter((h) => h.tabId !== tabId), { tabId, ...data, at: now() }].slice(-50),
    );
    return { recorded: true };
  };

  const status: Handlers['host/status'] = async () => ({
    hosts: [...(await hostsItem.getValue())].sort((a, b) => b.at - a.at),
  });

  return { 'host/announced': announced, 'host/status': status };
}

export function forgetHostTab(tabId: number): Promise<void> {
  return updateHosts((hosts) =>
    hosts.some((h) => h.tabId === tabId) ? hosts.filter((h) => h.tabId !== tabId) : null,
  );
}
