/**
 * All UI dictionaries, one file per feature under `messages/`, merged here.
 * Keys are prefixed with their feature so files never collide.
 */
import * as common from './messages/common';
import * as conversation from './messages/conversation';
import * as home from './messages/home';
import * as host from './messages/host';
import * as mobility from './messages/mobility';
import * as options from './messages/options';
import * as practice from './messages/practice';
import * as report from './messages/report';
import * as vault from './messages/vault';

export const nl = {
  ...common.nl,
  ...conversation.nl,
  ...home.nl,
  ...host.nl,
  ...mobility.nl,
  ...options.nl,
  ...practice.nl,
  ...report.nl,
  ...vault.nl,
};
export type MessageKey = keyof typeof nl;
export const en: Record<MessageKey, string> = {
  ...common.en,
  ...conversation.en,
  ...home.en,
  ...host.en,
  ...mobility.en,
  ...options.en,
  ...practice.en,
  ...report.en,
  ...vault.en,
};

export const dictionaries = { nl, en } as const;
