/**
 * When the user grants a site, the registered content script only reaches
 * pages loaded from then on; this injects it into the tabs already open on
 * that site (top frame; the script returns at once if it already runs).
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, webOrigins } from './sync-content-script';

export async function injectIntoOpenTabs(origins: readonly string[] | undefined): Promise<number> {
  const patterns = webOrigins(origins);
  if (patterns.length === 0) return 0;
  const tabs = await browser.tabs.query({ url: patterns });
  const results = await Promise.allSettled(
    tabs
      .filter((tab) => tab.id !== undefined)
      .map((tab) =>
        browser.scripting.executeScript({
          target: { tabId: tab.id! },
          files: [CONTENT_SCRIPT_FILE],
        }),
      ),
  );
  return results.filter((r) => r.status === 'fulfilled').length;
}
