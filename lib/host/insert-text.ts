/**
 * Puts text into one host field, whatever kind it is, and says how it went.
 * It only fills: it never submits a form or presses a button.
 */
import { classifyEditable } from './find-editable';
import { resolveIframeEditor } from './insert-into-iframe-editor';
import { insertIntoRichText } from './insert-into-rich-text';
import { insertIntoTextField } from './insert-into-text-field';
import type { InsertOptions, InsertResult } from './insert-result';

export function insertText(
  target: Element | null,
  text: string,
  options: InsertOptions,
): InsertResult {
  if (!target?.isConnected) return 'no-target';
  const classified = classifyEditable(target);
  const editable =
    classified?.kind === 'iframe' ? resolveIframeEditor(classified.element) : classified;
  if (!editable) return 'not-editable';
  return editable.kind === 'text-field'
    ? insertIntoTextField(editable.element, text, options)
    : insertIntoRichText(editable.element, text, options);
}
