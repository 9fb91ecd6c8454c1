/**
 * Which tab the panel works with, what site it shows and whether Zijlijn may
 * run there. The host tab is the active tab of the panel's window; when the
 * panel page is itself a tab (tests, or a detached window), the tab that most
 * recently announced a content script. A tab's URL is only visible with host
 * access or `activeTab` (granted when the user opens the panel from the
 * toolbar button or its shortcut) — without it the site is unknown.
 */
import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import { sitePattern } from './site-pattern';

export interface HostTab {
  tabId: number;
  /** `https://sociaal.zijlstad.nl`, or null when the URL is hidden from us. */
  origin: string | null;
  /** The permission pattern for this site, or null. */
  pattern: string | null;
}

export async function findHostTab(): Promise<HostTab | null> {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  if (!self) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    if (active?.id !== undefined) return describeTab(active.id, active.url);
  }
  const { hosts } = await send('host/status', {});
  const latest = hosts[0];
  return latest ? describeTab(latest.tabId, latest.origin) : null;
}

function describeTab(tabId: number, url: string | undefined): HostTab {
  const pattern = sitePattern(url);
  return { tabId, pattern, origin: pattern ? new URL(url!).origin : null };
}

export async function hasSiteAccess(pattern: string | null): Promise<boolean> {
  if (!pattern) return false;
  return browser.permissions.contains({ origins: [pattern] }).catch(() => false);
}

/**
 * Must be called straight from a click: the browser only shows its prompt for
 * a user gesture. The background then registers the content script for the
 * site and injects it into the open tab (watch-site-access.ts).
 */
export function requestSiteAccess(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}
