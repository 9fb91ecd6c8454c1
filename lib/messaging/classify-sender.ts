/**
 * The only code that reads MessageSender fields. Trust comes from `sender.id`
 * (set by the browser, never by a page). The origin and path only tell our own
 * contexts apart: a web page cannot present the extension's origin.
 */
export type SenderKind = 'panel' | 'options' | 'content' | 'foreign';

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface ClassifiedSender {
  kind: SenderKind;
  tabId?: number;
  frameId?: number;
}

export function classifySender(sender: SenderLike, extensionId: string): ClassifiedSender {
  if (sender.id !== extensionId) return { kind: 'foreign' };

  const extensionOrigin = `chrome-extension://${extensionId}`;
  const origin = sender.origin ?? originOf(sender.url);
  const isExtensionPage =
    origin === extensionOrigin || (origin?.startsWith('moz-extension://') ?? false);

  if (isExtensionPage) {
    const path = pathOf(sender.url);
    if (path === '/sidepanel.html') return { kind: 'panel' };
    if (path === '/options.html') return { kind: 'options' };
    return { kind: 'foreign' };
  }

  if (sender.tab?.id === undefined) return { kind: 'foreign' };
  return { kind: 'content', tabId: sender.tab.id, frameId: sender.frameId ?? 0 };
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    // Not `.origin`: for chrome-extension:/moz-extension: URLs some engines give "null".
    const { protocol, host } = new URL(url);
    return `${protocol}//${host}`;
  } catch {
    return undefined;
  }
}

function pathOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}
