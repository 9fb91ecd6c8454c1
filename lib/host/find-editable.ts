/**
 * Decides what kind of editable an element is. Checks tag names and
 * attributes, not `instanceof`: fields in a same-origin iframe belong to
 * another window, whose constructors differ from ours.
 */
export type TextField = HTMLInputElement | HTMLTextAreaElement;

export type Editable =
  | { kind: 'text-field'; element: TextField }
  | { kind: 'rich-text'; element: HTMLElement }
  | { kind: 'iframe'; element: HTMLIFrameElement };

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel']);

export function isTextField(element: Element): element is TextField {
  if (element.localName === 'textarea') return true;
  if (element.localName !== 'input') return false;
  return TEXT_INPUT_TYPES.has((element.getAttribute('type') ?? '').toLowerCase());
}

export function isWritable(field: TextField): boolean {
  return !field.readOnly && !field.disabled;
}

/** The outermost element of the contenteditable region containing `element`, if any. */
export function editingHostOf(element: Element): HTMLElement | null {
  if (element.ownerDocument.designMode === 'on') return element.ownerDocument.body;
  let host: HTMLElement | null = null;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const value = node.getAttribute('contenteditable');
    if (value === null || value === 'inherit') continue;
    if (value.toLowerCase() === 'false') break;
    host = node as HTMLElement;
  }
  return host;
}

/** What kind of editable `element` is, or null when it cannot take text at all. */
export function classifyEditable(element: Element): Editable | null {
  if (isTextField(element)) return { kind: 'text-field', element };
  if (element.localName === 'iframe') {
    return { kind: 'iframe', element: element as HTMLIFrameElement };
  }
  const host = editingHostOf(element);
  return host ? { kind: 'rich-text', element: host } : null;
}
