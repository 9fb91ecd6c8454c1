import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createAdapterHandlers } from '../lib/messaging/handlers/adapters';
import { createHostHandlers, forgetHostTab } from '../lib/messaging/handlers/host-status';
import { createVaultSaveHandlers } from '../lib/messaging/handlers/vault-save';
import { registerRouter } from '../lib/messaging/register-router';
import { watchSiteAccess } from '../lib/site-access/watch-site-access';
import { registerVaultJobs } from '../lib/vault/background-jobs';

export default defineBackground(() => {
  registerRouter({
    ...createHostHandlers(),
    ...createAdapterHandlers(),
    ...createVaultSaveHandlers(),
  });
  // eslint-disable-next-line no-console -- retention or auto-lock failures must be visible in the service-worker log
  registerVaultJobs((e) => console.warn(e));

  // Chrome/Edge: the toolbar button and its shortcut open the side panel.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });

  watchSiteAccess();
  browser.tabs.onRemoved.addListener((tabId) => void forgetHostTab(tabId));
});
