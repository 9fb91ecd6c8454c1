/**
 * The registration system beside the panel: which tab, which site, whether
 * Zijlijn may run there, the recognised screen and the case reference (read
 * live from the page for hashing; never stored). Polls gently and follows tab
 * switches. Wrap a subtree in <HostContextProvider> to share one poller.
 */
import { createContext, createElement, useCallback, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { browser } from 'wxt/browser';
import type { ConversationType } from '../../lib/conversation/model';
import type { InsertResult } from '../../lib/host/insert-result';
import { sendToHost } from '../../lib/messaging/host-client';
import { findHostTab, hasSiteAccess, requestSiteAccess } from '../../lib/site-access/host-tab';

export type InsertOutcome = InsertResult | 'no-host';

export interface HostContextValue {
  tabId: number | null;
  origin: string | null;
  hasAccess: boolean;
  /** The content script answered: insertion can work. */
  connected: boolean;
  /** The first look at the host tab is done (to wait for a suggestion). */
  loaded: boolean;
  screen: { id: string; name: string; conversationType: ConversationType | null } | null;
  adapterId: string | null;
  caseRef: string | null;
  requestAccess(): Promise<boolean>;
  insert(text: string): Promise<InsertOutcome>;
}

interface Snapshot {
  loaded: boolean;
  tabId: number | null;
  origin: string | null;
  pattern: string | null;
  hasAccess: boolean;
  connected: boolean;
  screen: HostContextValue['screen'];
  adapterId: string | null;
  caseRef: string | null;
}

const EMPTY: Snapshot = {
  loaded: false,
  tabId: null,
  origin: null,
  pattern: null,
  hasAccess: false,
  connected: false,
  screen: null,
  adapterId: null,
  caseRef: null,
};

async function loadSnapshot(): Promise<Snapshot> {
  const tab = await findHostTab().catch(() => null);
  if (!tab) return { ...EMPTY, loaded: true };
  const hasAccess = await hasSiteAccess(tab.pattern);
  const base = {
    ...EMPTY,
    loaded: true,
    tabId: tab.tabId,
    origin: tab.origin,
    pattern: tab.pattern,
    hasAccess,
  };
  if (!hasAccess) return base;
  try {
    const context = await sendToHost(tab.tabId, 'host/get-context', {});
    return { ...base, connected: true, ...context };
  } catch {
    return base;
  }
}

const same = (a: Snapshot, b: Snapshot) => JSON.stringify(a) === JSON.stringify(b);

function useHostContextState(enabled: boolean, intervalMs = 2000): HostContextValue {
  const [snapshot, setSnapshot] = useState<Snapshot>(EMPTY);

  const reload = useCallback(async () => {
    const next = await loadSnapshot();
    setSnapshot((prev) => (same(prev, next) ? prev : next));
  }, []);

  useEffect(() => {
    if (!enabled) return;
    const refresh = () => void reload();
    // A navigation fires onUpdated several times (status, title, favicon) for every
    // tab; only a finished load or a new URL can change what the panel sits beside.
    const onUpdated = (_tabId: number, info: { status?: string; url?: string }) => {
      if (info.status === 'complete' || info.url !== undefined) refresh();
    };
    refresh();
    const timer = setInterval(refresh, intervalMs);
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      clearInterval(timer);
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [enabled, intervalMs, reload]);

  const { pattern, tabId, connected } = snapshot;
  const requestAccess = useCallback(async () => {
    if (!pattern) return false;
    // No await before this call: the prompt needs the click's user gesture.
    const granted = await requestSiteAccess(pattern).catch(() => false);
    if (granted) setTimeout(() => void reload(), 300);
    return granted;
  }, [pattern, reload]);

  const insert = useCallback(
    async (text: string): Promise<InsertOutcome> => {
      if (tabId === null || !connected) return 'no-host';
      try {
        return (await sendToHost(tabId, 'host/insert-text', { text })).result;
      } catch {
        return 'no-host';
      }
    },
    [tabId, connected],
  );

  const { pattern: _pattern, ...visible } = snapshot;
  return { ...visible, requestAccess, insert };
}

const SharedHostContext = createContext<HostContextValue | null>(null);

export function HostContextProvider({ children }: { children: ReactNode }) {
  const value = useHostContextState(true);
  return createElement(SharedHostContext.Provider, { value }, children);
}

export function useHostContext(): HostContextValue {
  const shared = useContext(SharedHostContext);
  const own = useHostContextState(shared === null);
  return shared ?? own;
}

/** Test-only: provide a fixed host context to components under test. */
export const __HostContextForTests = SharedHostContext;
