/** Wires a router to runtime.onMessage using the sendResponse form every browser supports. */
import { browser } from 'wxt/browser';
import type { SenderLike } from './classify-sender';
import { createRouter, type Handlers } from './router';

export function registerRouter(handlers: Handlers): void {
  const route = createRouter(handlers, browser.runtime.id);
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender as SenderLike).then(sendResponse);
    return true;
  });
}
