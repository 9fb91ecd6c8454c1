/**
 * Inserts into a textarea or text input at the cursor, replacing the
 * selection. First through `execCommand('insertText')`, which keeps the
 * host's undo and fires a real input event; otherwise through the native
 * value setter of the prototype (frameworks watch the instance property, so a
 * bare `.value =` would be ignored by React) plus input and change events.
 */
import { dispatchInput, execInsertText } from './dispatch-input';
import { isWritable, type TextField } from './find-editable';
import type { InsertOptions, InsertResult } from './insert-result';

export function insertIntoTextField(
  field: TextField,
  text: string,
  { atEnd }: InsertOptions,
): InsertResult {
  if (!isWritable(field)) return 'not-editable';
  const before = field.value;
  const multiLine = field.localName === 'textarea';
  let insertion = multiLine ? text : text.replace(/\s*\n\s*/g, ' ');
  let start = field.selectionStart ?? before.length;
  let end = field.selectionEnd ?? before.length;
  if (atEnd) {
    start = end = before.length;
    if (before.trim() !== '') insertion = separator(before, multiLine) + insertion;
  }

  field.focus({ preventScroll: true });
  trySetSelection(field, start, end);
  if (execInsertText(field.ownerDocument, insertion) && field.value !== before) return 'inserted';
  if (field.value !== before) return 'inserted';

  setNativeValue(field, before.slice(0, start) + insertion + before.slice(end));
  trySetSelection(field, start + insertion.length, start + insertion.length);
  dispatchInput(field, insertion, true);
  return field.value !== before ? 'inserted' : 'not-editable';
}

function setNativeValue(field: TextField, value: string): void {
  const view = field.ownerDocument.defaultView;
  const proto =
    field.localName === 'textarea'
      ? view?.HTMLTextAreaElement.prototype
      : view?.HTMLInputElement.prototype;
  const setter = proto && Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
}

// Some input types (email) have no selection API and throw.
function trySetSelection(field: TextField, start: number, end: number): void {
  try {
    field.setSelectionRange(start, end);
  } catch {
    /* no selection on this input type; the value setter still works */
  }
}

function separator(before: string, multiLine: boolean): string {
  if (!multiLine) return before.endsWith(' ') ? '' : ' ';
  return before.endsWith('\n') ? '\n' : '\n\n';
}
