/**
 * Editors inside same-origin iframes (TinyMCE, CKEditor 4 style): a
 * designMode document, a contenteditable body, or a field focused inside the
 * frame. A cross-origin frame cannot be reached from here: not-editable.
 */
import { classifyEditable, type Editable } from './find-editable';

const MAX_DEPTH = 3;

export function resolveIframeEditor(
  frame: HTMLIFrameElement,
  depth = 0,
): Exclude<Editable, { kind: 'iframe' }> | null {
  let doc: Document | null = null;
  try {
    doc = frame.contentDocument;
  } catch {
    return null;
  }
  if (!doc?.body || depth >= MAX_DEPTH) return null;
  if (doc.designMode === 'on') return { kind: 'rich-text', element: doc.body };

  const active = doc.activeElement;
  const focused = active && active !== doc.body ? classifyEditable(active) : null;
  if (focused?.kind === 'iframe') return resolveIframeEditor(focused.element, depth + 1);
  if (focused) return focused;

  const body = classifyEditable(doc.body);
  return body?.kind === 'rich-text' ? body : null;
}
