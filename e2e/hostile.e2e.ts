import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SidePanel } from './pages/side-panel';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import type { StaticServer } from '../scripts/static-server';
import { startHostServer, sendToTab, waitForHost } from './host-pages/fixtures/host-harness';

interface HostileWindow {
  received: unknown[];
  attempts: Record<string, unknown>;
  submitted: number;
  pwned?: number;
}

/** A page that forges extension messages and plants script-bearing text. */
describe('a hostile host page', () => {
  let ext: LaunchedExtension;
  let host: StaticServer;
  let page: Page;
  let panel: SidePanel;
  let tabId: number;
  const dialogs: string[] = [];

  beforeAll(async () => {
    host = await startHostServer();
    ext = await launchExtension();
    panel = await SidePanel.open(ext);
    panel.page.on('dialog', (d) => void dialogs.push(d.message()));
    await panel.unlock();
    page = await ext.context.newPage();
    page.on('dialog', (d) => void d.dismiss());
    await page.goto(`${host.origin}/fixtures/fixtures/hostile.html`);
    tabId = await waitForHost(panel.page, page.url());
  });

  afterAll(async () => {
    await ext?.close();
    await host?.close();
  });

  const hostile = () => page.evaluate(() => window as unknown as HostileWindow).catch(() => null);

  it('changes nothing with forged messages', async () => {
    await page.waitForTimeout(1_500); // several rounds of forging

    const afweging = await page.locator('#afweging').inputValue();
    const state = await page.evaluate(() => {
      const w = window as unknown as HostileWindow;
      return { submitted: w.submitted, pwned: w.pwned ?? null, attempts: w.attempts };
    });

    expect(afweging).not.toContain('GEHACKT');
    expect(state.submitted).toBe(0);
    expect(state.pwned).toBeNull();
    expect(state.attempts['reply']).toBeUndefined();
    expect(state.attempts['runtime']).toBe('absent');
  });

  it('gets nothing: no answer, no event, no page-visible trace of Zijlijn', async () => {
    await sendToTab(panel.page, tabId, { type: 'host/get-context', data: {} });
    await page.waitForTimeout(500);

    const received = await page.evaluate(() => (window as unknown as HostileWindow).received);
    // Everything the page received should be its own forgeries.
    const leaked = received.filter((m) => !JSON.stringify(m ?? null).includes('forged'));
    const traces = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((el) =>
          [...el.attributes].some((a) => /zijlijn/i.test(a.name + a.value)),
        ).length,
    );

    expect(leaked).toEqual([]);
    expect(traces).toBe(0);
    expect(await hostile()).not.toBeNull();
  });

  it('shows its script-bearing zaaknummer in the panel as text, and no script runs there', async () => {
    const banner = panel.region('Registratiesysteem');

    await expect.poll(() => banner.textContent(), { timeout: 15_000 }).toContain('onerror');
    const state = await panel.page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: number }).pwned ?? null,
      images: document.querySelectorAll('img[onerror], img[src="x"]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    }));

    expect(await banner.textContent()).toContain('Zaak <img src=x onerror="window.pwned=1">');
    expect(state).toEqual({ pwned: null, images: 0, scripts: 0 });
    expect(dialogs).toEqual([]);
  });

  it('cannot make the content script answer a request that is not from the panel', async () => {
    const fromOptions = await ext.context.newPage();
    await fromOptions.goto(ext.url('options.html'));

    const actual = await fromOptions.evaluate(
      (id) =>
        (
          globalThis as unknown as {
            chrome: { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } };
          }
        ).chrome.tabs
          .sendMessage(id, { type: 'host/get-context', data: {} }, { frameId: 0 })
          .then(
            (answer) => answer ?? 'geen antwoord',
            (e: unknown) => `fout: ${String(e)}`,
          ),
      tabId,
    );

    expect(actual).not.toHaveProperty('ok');
    await fromOptions.close();
  });

  it('inserted text stays text in the page', async () => {
    await page.locator('#afweging').click();

    await sendToTab(panel.page, tabId, {
      type: 'host/insert-text',
      data: { text: '<img src=x onerror="window.pwned=4">' },
    });

    expect(await page.locator('#afweging').inputValue()).toContain(
      '<img src=x onerror="window.pwned=4">',
    );
    expect(
      await page.evaluate(() => (window as unknown as HostileWindow).pwned ?? null),
    ).toBeNull();
  });
});
