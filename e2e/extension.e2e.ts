import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ID, launchExtension, type LaunchedExtension } from './support/launch-extension';
import { startDemoHost } from './support/demo-host';
import { SidePanel } from './pages/side-panel';
import type { StaticServer } from '../scripts/static-server';

describe('the extension in Chromium', () => {
  let ext: LaunchedExtension;
  let host: StaticServer;

  beforeAll(async () => {
    host = await startDemoHost();
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext?.close();
    await host?.close();
  });

  it('loads with the fixed id from the manifest key', async () => {
    const manifest = await ext.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { runtime: { getManifest(): { side_panel?: { default_path?: string } } } };
        }
      ).chrome.runtime.getManifest(),
    );

    expect(ext.extensionId).toBe(EXTENSION_ID);
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
  });

  it('runs the content script on the demo registration system', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${host.origin}/index.html`);

    const hosts = () =>
      ext.serviceWorker.evaluate(async () => {
        const api = (
          globalThis as unknown as {
            chrome: {
              storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
            };
          }
        ).chrome;
        return JSON.stringify(await api.storage.session.get('hosts'));
      });
    await expect.poll(hosts, { timeout: 15_000 }).toContain(host.origin);
    await page.close();
  });

  it('shows the side panel home with its buttons once unlocked', async () => {
    const panel = await SidePanel.open(ext);
    await panel.unlock();

    await expect.poll(() => panel.button('Nieuw gesprek').isVisible()).toBe(true);
    expect(await panel.button('Oefenen').isVisible()).toBe(true);
    expect(await panel.button('Privacyscherm').isVisible()).toBe(true);
    await panel.page.close();
  });

  it('shows the options page', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url('options.html'));

    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('instellingen');
    await page.close();
  });
});
