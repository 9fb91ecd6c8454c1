/**
 * The two requests the content script answers, checked by hand (no zod in the
 * content script). Anything that is not exactly one of these is ignored.
 * The panel-side zod schemas are in lib/messaging/host-protocol.ts.
 */
import type { ConversationType } from '../conversation/model';
import type { InsertResult } from './insert-result';

export const MAX_INSERT_LENGTH = 100_000;

export type HostRequest = { type: 'host/get-context' } | { type: 'host/insert-text'; text: string };

export interface HostScreen {
  id: string;
  name: string;
  conversationType: ConversationType | null;
}

export interface HostContext {
  screen: HostScreen | null;
  adapterId: string | null;
  /** Read from the page for the panel to hash; never stored anywhere. */
  caseRef: string | null;
}

export type HostAnswer =
  | { ok: true; data: HostContext }
  | { ok: true; data: { result: InsertResult } }
  | { ok: false; error: string };

export function parseHostRequest(message: unknown): HostRequest | null {
  if (!isPlainObject(message)) return null;
  const { type, data } = message;
  if (!isPlainObject(data)) return null;
  if (type === 'host/get-context') return Object.keys(data).length === 0 ? { type } : null;
  if (type !== 'host/insert-text') return null;
  const { text } = data;
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_INSERT_LENGTH) {
    return null;
  }
  return Object.keys(data).length === 1 ? { type, text } : null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
