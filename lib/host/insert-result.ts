/**
 * What an insertion reports to the panel. Runs in the content script: plain
 * types, no zod (the panel validates the answer it receives).
 */
export const INSERT_RESULTS = ['inserted', 'no-target', 'not-editable'] as const;
export type InsertResult = (typeof INSERT_RESULTS)[number];

export interface InsertOptions {
  /**
   * Append after the existing text instead of replacing the field's current
   * selection: used for an adapter's field the user did not put a cursor in.
   */
  atEnd: boolean;
}
