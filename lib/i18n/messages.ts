/**
 * All UI dictionaries, one file per feature under `messages/`, merged here.
 * Keys are prefixed with their feature so files never collide.
 */
import * as common from './messages/common';
import * as home from './messages/home';
import * as options from './messages/options';

export const nl = { ...common.nl, ...home.nl, ...options.nl };
export type MessageKey = keyof typeof nl;
export const en: Record<MessageKey, string> = { ...common.en, ...home.en, ...options.en };

export const dictionaries = { nl, en } as const;
