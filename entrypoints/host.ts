import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createFocusTracker } from '../lib/host/focus-tracker';
import { createHostResponder } from '../lib/host/host-responder';
import { watchScreen } from '../lib/host/watch-screen';
import { classifySender, type SenderLike } from '../lib/messaging/classify-sender';
import { send } from '../lib/messaging/client';

const RUNNING = Symbol.for('zijlijn.host');

// The host content script, registered at runtime for the sites the user or policy
// allowed (lib/site-access) and injected into the open tab on a grant. An unlisted
// script, not defineContentScript: WXT's content-script context posts a window message
// naming the extension and obeys forged ones. No zod, no IndexedDB, no postMessage.
export default defineUnlistedScript(async () => {
  const scope = globalThis as { [RUNNING]?: boolean };
  if (window.top !== window || scope[RUNNING]) return;
  scope[RUNNING] = true;
  const lifetime = new AbortController();
  // After an update or uninstall the old script loses its runtime: stop quietly.
  const alive = () => {
    if (!browser.runtime?.id) lifetime.abort();
    return !lifetime.signal.aborted;
  };

  const tracker = createFocusTracker(document, (doc, handler) =>
    doc.addEventListener('focusin', handler, { capture: true, signal: lifetime.signal }),
  );
  const { adapters } = await send('host/adapters', {}).catch(() => ({ adapters: [] }));
  const host = createHostResponder(document, location, adapters, tracker);
  const announce = () => void send('host/announced', host.announcement()).catch(() => undefined);
  announce();

  const stopWatching = watchScreen(document, () => alive() && host.refresh() && announce(), {
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (id) => window.clearTimeout(id),
  });
  const onMessage = (message: unknown, sender: SenderLike, reply: (answer: unknown) => void) => {
    if (!alive() || classifySender(sender, browser.runtime.id).kind !== 'panel') return;
    const answer = host.answer(message);
    if (answer !== undefined) reply(answer);
  };
  browser.runtime.onMessage.addListener(onMessage);
  lifetime.signal.addEventListener('abort', () => {
    stopWatching();
    scope[RUNNING] = false;
  });
});
