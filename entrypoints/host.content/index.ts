import { defineContentScript } from 'wxt/utils/define-content-script';
import { send } from '../../lib/messaging/client';

// Registered at runtime, only for origins the user or policy allowed (lib/site-access).
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  allFrames: true,
  main() {
    if (window.top !== window) return;
    void send('host/announced', { origin: location.origin, screen: null, adapterId: null }).catch(
      () => undefined,
    );
  },
});
