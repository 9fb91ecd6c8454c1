import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHostHandlers, forgetHostTab } from '../lib/messaging/handlers/host-status';
import { registerRouter } from '../lib/messaging/register-router';
import { syncContentScript } from '../lib/site-access/sync-content-script';
import { registerVaultJobs } from '../lib/vault/background-jobs';

export default defineBackground(() => {
  registerRouter({ ...createHostHandlers() });
  // eslint-disable-next-line no-console -- retention or auto-lock failures must be visible in the service-worker log
  registerVaultJobs((e) => console.warn(e));

  // Chrome/Edge: the toolbar button and its shortcut open the side panel.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });

  // eslint-disable-next-line no-console -- a failed sync must be visible in the service-worker log
  const sync = () => void syncContentScript().catch((e: unknown) => console.warn(e));
  sync();
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.tabs.onRemoved.addListener((tabId) => void forgetHostTab(tabId));
});
