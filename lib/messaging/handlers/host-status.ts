/**
 * Remembers which tabs run Zijlijn's content script and what screen they show,
 * in session storage (memory only; cleared when the browser closes).
 */
import { storage } from 'wxt/utils/storage';
import type { HostSummary } from '../protocol';
import type { Handlers } from '../router';

const hostsItem = storage.defineItem<HostSummary[]>('session:hosts', { fallback: [] });

export function createHostHandlers(now: () => number = Date.now) {
  const announced: Handlers['host/announced'] = async (data, sender) => {
    if (sender.tabId === undefined || sender.frameId !== 0) return { recorded: false };
    const hosts = (await hostsItem.getValue()).filter((h) => h.tabId !== sender.tabId);
    hosts.push({ tabId: sender.tabId, ...data, at: now() });
    await hostsItem.setValue(hosts.slice(-50));
    return { recorded: true };
  };

  const status: Handlers['host/status'] = async () => ({
    hosts: [...(await hostsItem.getValue())].sort((a, b) => b.at - a.at),
  });

  return { 'host/announced': announced, 'host/status': status };
}

export async function forgetHostTab(tabId: number): Promise<void> {
  const hosts = await hostsItem.getValue();
  await hostsItem.setValue(hosts.filter((h) => h.tabId !== tabId));
}
