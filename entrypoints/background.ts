import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forgetHostTab } from '../lib/messaging/handlers/host-status';
import { createBackgroundHandlers } from '../lib/messaging/handlers';
import { registerRouter } from '../lib/messaging/register-router';
import { watchSiteAccess } from '../lib/site-access/watch-site-access';
import { registerVaultJobs } from '../lib/vault/background-jobs';

export default defineBackground(() => {
  registerRouter(createBackgroundHandlers());
  // eslint-disable-next-line no-console -- retention or auto-lock failures must be visible in the service-worker log
  registerVaultJobs((e) => console.warn(e));

  // Chrome/Edge: the toolbar button and its shortcut open the side panel.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });

  watchSiteAccess();
  browser.tabs.onRemoved.addListener((tabId) => void forgetHostTab(tabId));
});
