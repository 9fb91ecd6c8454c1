/**
 * The sites Zijlijn may run on, for the options page: granted by the user
 * (revocable) or fixed in the manifest (the demo build's local origins).
 */
import { browser } from 'wxt/browser';
import { webOrigins } from './sync-content-script';

export interface GrantedSite {
  pattern: string;
  /** Listed in the manifest's host_permissions: the browser will not revoke it. */
  fixed: boolean;
}

export async function listGrantedSites(): Promise<GrantedSite[]> {
  const granted = webOrigins((await browser.permissions.getAll()).origins);
  const fixed = new Set(browser.runtime.getManifest().host_permissions ?? []);
  return granted.sort().map((pattern) => ({ pattern, fixed: fixed.has(pattern) }));
}

/** Revokes a site; the background then unregisters the content script for it. */
export function revokeSite(pattern: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [pattern] });
}
