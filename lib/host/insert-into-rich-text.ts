/**
 * Inserts into a contenteditable editing host (or a designMode document's
 * body) at the cursor, replacing the selection; without a selection inside the
 * host, at the end. `execCommand('insertText')` keeps the host's undo; the
 * fallback builds text nodes and <br>s, never HTML, so inserted text can
 * never become markup.
 */
import { dispatchInput, execInsertText } from './dispatch-input';
import type { InsertOptions, InsertResult } from './insert-result';

export function insertIntoRichText(
  host: HTMLElement,
  text: string,
  { atEnd }: InsertOptions,
): InsertResult {
  const doc = host.ownerDocument;
  const selection = doc.defaultView?.getSelection() ?? doc.getSelection();
  if (!selection) return 'not-editable';
  const before = host.textContent ?? '';

  host.focus({ preventScroll: true });
  const current = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  let range = current;
  if (atEnd || !range || !host.contains(range.commonAncestorContainer)) {
    range = doc.createRange();
    range.selectNodeContents(host);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const insertion = atEnd && before.trim() !== '' ? `\n${text}` : text;

  if (execInsertText(doc, insertion) && host.textContent !== before) return 'inserted';
  if (host.textContent !== before) return 'inserted';

  range.deleteContents();
  const fragment = textFragment(doc, insertion);
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  dispatchInput(host, insertion, false);
  return 'inserted';
}

function textFragment(doc: Document, text: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, index) => {
    if (index > 0) fragment.append(doc.createElement('br'));
    if (line !== '') fragment.append(doc.createTextNode(line));
  });
  return fragment;
}
