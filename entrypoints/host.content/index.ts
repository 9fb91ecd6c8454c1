import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { classifySender, type SenderLike } from '../../lib/messaging/classify-sender';
import { send } from '../../lib/messaging/client';
import { createFocusTracker } from '../../lib/host/focus-tracker';
import { createHostResponder } from '../../lib/host/host-responder';
import { watchScreen } from '../../lib/host/watch-screen';

const RUNNING = Symbol.for('zijlijn.host');

// Registered at runtime, only for origins the user or policy allowed (lib/site-access);
// injected into the open tab when access is granted. No zod, no IndexedDB, no postMessage.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  allFrames: true,
  async main(ctx) {
    const scope = globalThis as { [RUNNING]?: boolean };
    if (window.top !== window || scope[RUNNING]) return;
    scope[RUNNING] = true;
    ctx.onInvalidated(() => (scope[RUNNING] = false));

    const tracker = createFocusTracker(document, (doc, handler) =>
      ctx.addEventListener(doc, 'focusin', handler, { capture: true }),
    );
    const { adapters } = await send('host/adapters', {}).catch(() => ({ adapters: [] }));
    if (ctx.isInvalid) return;
    const host = createHostResponder(document, location, adapters, tracker);
    const announce = () => void send('host/announced', host.announcement()).catch(() => undefined);
    announce();

    const stopWatching = watchScreen(document, () => host.refresh() && announce(), {
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id),
    });
    ctx.onInvalidated(stopWatching);

    const onMessage = (message: unknown, sender: SenderLike, reply: (answer: unknown) => void) => {
      if (classifySender(sender, browser.runtime.id).kind !== 'panel') return;
      const answer = host.answer(message);
      if (answer === undefined) return;
      reply(answer);
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
