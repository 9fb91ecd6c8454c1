/**
 * Small, non-personal settings in browser.storage.local. Every item has a
 * fallback and a version; a shape change is a new version plus a migration.
 */
import { storage } from 'wxt/utils/storage';
import type { Lang } from '../i18n/translate';

export const uiLanguage = storage.defineItem<Lang>('local:ui-language', {
  fallback: 'nl',
  version: 1,
});
