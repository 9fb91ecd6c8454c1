/**
 * Remembers the editable field the user focused last, for the generic mode
 * (no adapter, or no verslag field on this screen). Listens to `focusin` on
 * the document, and prefers the element that has focus now: an iframe editor
 * shows up as its <iframe> element and is resolved into the frame at
 * insertion time.
 */
import { classifyEditable } from './find-editable';

export type ListenFocus = (doc: Document, handler: (event: FocusEvent) => void) => void;

export interface FocusTracker {
  lastFocused(): Element | null;
}

export function createFocusTracker(doc: Document, listen: ListenFocus): FocusTracker {
  let last: Element | null = null;
  const remember = (target: EventTarget | null) => {
    if (isElement(target) && classifyEditable(target)) last = target;
  };
  listen(doc, (event) => remember(event.target));
  // The field may already have focus when the script is injected into an open tab.
  if (doc.activeElement !== doc.body) remember(doc.activeElement);
  return {
    lastFocused() {
      // Focus inside an iframe fires no focusin here; the frame is the active element then.
      const active = doc.activeElement;
      if (active && active !== doc.body && classifyEditable(active)) return active;
      return last?.isConnected ? last : null;
    },
  };
}

function isElement(target: EventTarget | null): target is Element {
  return target !== null && (target as Node).nodeType === 1;
}
