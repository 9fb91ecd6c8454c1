/**
 * `send(type, data)` typed over the protocol. No zod here: content scripts use
 * this file too and must stay small.
 */
import { browser } from 'wxt/browser';
import type { MessageType, RequestOf, ResponseOf, Result } from './protocol';

export async function send<T extends MessageType>(
  type: T,
  data: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const result = (await browser.runtime.sendMessage({ type, data })) as
    Result<ResponseOf<T>> | undefined;
  if (!result) throw new Error('Geen antwoord van Zijlijn.');
  if (!result.ok) throw new Error(result.error);
  return result.data;
}
