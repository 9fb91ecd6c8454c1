/**
 * The panel's side of the host protocol: validate the request, send it to the
 * top frame of one tab, validate the answer. Throws a Dutch error when no
 * content script answers (no access, or the page is not loaded yet).
 */
import { browser } from 'wxt/browser';
import {
  hostProtocol,
  parseHostAnswer,
  type HostMessageType,
  type HostRequestOf,
  type HostResponseOf,
} from './host-protocol';

export async function sendToHost<T extends HostMessageType>(
  tabId: number,
  type: T,
  data: HostRequestOf<T>,
): Promise<HostResponseOf<T>> {
  const request = hostProtocol[type].request.parse(data);
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tabId, { type, data: request }, { frameId: 0 });
  } catch {
    throw new Error('Zijlijn is niet actief op deze pagina.');
  }
  const parsed = parseHostAnswer(type, answer);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.data;
}
