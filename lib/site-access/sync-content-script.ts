/**
 * Keeps the one registered content script in step with the host access the
 * user (or the demo build) granted: no grant, no script. Runs in the background.
 */
import { browser } from 'wxt/browser';

export const CONTENT_SCRIPT_ID = 'zijlijn-host';
/** Built from entrypoints/host.ts (an unlisted script; see there why). */
export const CONTENT_SCRIPT_FILE = 'host.js';

export function webOrigins(origins: readonly string[] | undefined): string[] {
  return (origins ?? []).filter((o) => /^https?:\/\//.test(o));
}

export async function syncContentScript(): Promise<string[]> {
  const granted = webOrigins((await browser.permissions.getAll()).origins);
  const existing = await browser.scripting.getRegisteredContentScripts({
    ids: [CONTENT_SCRIPT_ID],
  });

  if (granted.length === 0) {
    if (existing.length > 0) {
      await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    }
    return granted;
  }

  const script = {
    id: CONTENT_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches: granted,
    runAt: 'document_idle' as const,
    // Top frame only: iframe editors are reached from the top frame (lib/host).
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return granted;
}
