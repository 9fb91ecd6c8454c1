import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ID, launchExtension, type LaunchedExtension } from './support/launch-extension';
import { startDemoHost } from './support/demo-host';
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

    const panel = await ext.context.newPage();
    await panel.goto(ext.url('sidepanel.html'));

    await expect
      .poll(async () => panel.getByRole('status').textContent(), { timeout: 15_000 })
      .toContain(host.origin);
    await page.close();
    await panel.close();
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
