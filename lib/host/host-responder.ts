/**
 * The content script's whole job, without the browser: recognise the screen,
 * describe it for the announcement (ids only, never page text) and answer the
 * panel's two requests. The entrypoint wires it to runtime messaging.
 */
import type { Adapter } from '../adapters/adapter-schema';
import {
  findVerslagField,
  matchAdapter,
  readCaseRef,
  type AdapterMatch,
} from '../adapters/match-adapter';
import type { FocusTracker } from './focus-tracker';
import { parseHostRequest, type HostAnswer, type HostContext } from './host-requests';
import { insertText } from './insert-text';

export interface Announcement {
  origin: string;
  screen: string | null;
  adapterId: string | null;
}

export function createHostResponder(
  doc: Document,
  location: Location,
  adapters: readonly Adapter[],
  tracker: FocusTracker,
) {
  let match: AdapterMatch | null = matchAdapter(location, doc, adapters);

  const announcement = (): Announcement => ({
    origin: location.origin,
    screen: match?.screen?.id ?? null,
    adapterId: match?.adapter.id ?? null,
  });

  /** Re-matches; true when the screen changed (an SPA navigated). */
  function refresh(): boolean {
    const before = announcement();
    match = matchAdapter(location, doc, adapters);
    const after = announcement();
    return before.screen !== after.screen || before.adapterId !== after.adapterId;
  }

  function context(): HostContext {
    const screen = match?.screen;
    return {
      screen: screen
        ? { id: screen.id, name: screen.name, conversationType: screen.conversationType ?? null }
        : null,
      adapterId: match?.adapter.id ?? null,
      caseRef: readCaseRef(doc, match),
    };
  }

  /** undefined: not a request we answer (the caller stays silent). */
  function answer(message: unknown): HostAnswer | undefined {
    const request = parseHostRequest(message);
    if (!request) return undefined;
    refresh();
    if (request.type === 'host/get-context') return { ok: true, data: context() };

    const field = findVerslagField(doc, match);
    const focused = tracker.lastFocused();
    const result = field
      ? insertText(field, request.text, { atEnd: field !== focused })
      : insertText(focused, request.text, { atEnd: false });
    return { ok: true, data: { result } };
  }

  return { announcement, refresh, answer };
}
