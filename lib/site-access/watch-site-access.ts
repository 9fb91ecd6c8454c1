/**
 * Background wiring for per-site access: keep the registered content script in
 * step with the granted sites, and bring a newly granted site's open tabs in.
 */
import { browser } from 'wxt/browser';
import { injectIntoOpenTabs } from './inject-into-tabs';
import { syncContentScript } from './sync-content-script';

export function watchSiteAccess(): void {
  // eslint-disable-next-line no-console -- a failed sync must be visible in the service-worker log
  const warn = (e: unknown) => console.warn(e);
  const sync = () => syncContentScript().catch(warn);
  void sync();
  // After an install or update, tabs that were already open on allowed sites have no
  // (or an orphaned) content script: bring them in, as for a newly granted site.
  browser.runtime.onInstalled.addListener(
    () =>
      void sync().then((granted) =>
        granted ? injectIntoOpenTabs(granted).catch(warn) : undefined,
      ),
  );
  browser.runtime.onStartup.addListener(() => void sync());
  browser.permissions.onAdded.addListener(
    (added) => void sync().then(() => injectIntoOpenTabs(added.origins).catch(warn)),
  );
  browser.permissions.onRemoved.addListener(() => void sync());
}
