/**
 * Counts requests from Zijlijn's extension pages (frames on
 * chrome-extension://<id>/) and its service worker to anything but the
 * extension itself. Host pages and their content-script-free traffic are not
 * extension pages and are not counted.
 */
import type { BrowserContext, Request } from 'playwright-core';

export function isOwnUrl(url: string, extensionId: string): boolean {
  return (
    url.startsWith(`chrome-extension://${extensionId}/`) ||
    url.startsWith(`blob:chrome-extension://${extensionId}/`) ||
    url.startsWith('data:')
  );
}

function fromExtension(request: Request, extensionId: string): boolean {
  const worker = request.serviceWorker();
  if (worker) return worker.url().startsWith(`chrome-extension://${extensionId}/`);
  try {
    return request.frame().url().startsWith(`chrome-extension://${extensionId}/`);
  } catch {
    return false;
  }
}

export function watchExtensionRequests(context: BrowserContext, extensionId: string) {
  const foreign: string[] = [];
  const onRequest = (request: Request) => {
    if (fromExtension(request, extensionId) && !isOwnUrl(request.url(), extensionId)) {
      foreign.push(request.url());
    }
  };
  context.on('request', onRequest);
  return {
    foreign: () => [...foreign],
    stop: () => context.off('request', onRequest),
  };
}
