/**
 * Fires the events frameworks listen to after a programmatic change: React,
 * Vue and Angular all update their state from `input`; `change` is for
 * listeners that only commit on it (Vue `.lazy`, plain forms).
 */
export function dispatchInput(element: Element, text: string, withChange: boolean): void {
  const view = element.ownerDocument.defaultView;
  const InputEventCtor = view?.InputEvent ?? globalThis.InputEvent;
  const input =
    typeof InputEventCtor === 'function'
      ? new InputEventCtor('input', { bubbles: true, inputType: 'insertText', data: text })
      : new Event('input', { bubbles: true });
  element.dispatchEvent(input);
  if (withChange) element.dispatchEvent(new Event('change', { bubbles: true }));
}

/** `execCommand` keeps the host's undo stack; false when the browser refuses. */
export function execInsertText(doc: Document, text: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}
