import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SidePanel } from './pages/side-panel';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import type { StaticServer } from '../scripts/static-server';
import { startStaticServer } from '../scripts/static-server';
import { waitForHost, type ChromeApi } from './host-pages/fixtures/host-harness';
import path from 'node:path';

/** A second panel page may find the vault already unlocked (session key custody). */
async function ensureUnlocked(panel: SidePanel): Promise<void> {
  const lock = panel.button('Vergrendelen');
  const gate = panel.button('Pincode instellen').or(panel.button('Ontgrendelen'));
  await lock.or(gate).first().waitFor({ timeout: 15_000 });
  if (!(await lock.isVisible())) await panel.unlock();
}

/** The screen recognised by the adapter, the case link, and per-site access. */
describe('Zijlijn beside the registration system', () => {
  let ext: LaunchedExtension;
  let host: StaticServer;
  let panel: SidePanel;

  beforeAll(async () => {
    host = await startStaticServer({ '/': path.resolve('demo') });
    ext = await launchExtension();
    panel = await SidePanel.open(ext);
    await panel.unlock();
  });

  afterAll(async () => {
    await ext?.close();
    await host?.close();
  });

  const goHome = () => panel.page.evaluate(() => (location.hash = '#/'));

  async function openZaak(screen: string, zaak: string): Promise<Page> {
    const page = await ext.context.newPage();
    await page.goto(`${host.origin}/${screen}.html?zaak=${zaak}`);
    await waitForHost(panel.page, page.url());
    return page;
  }

  it('suggests the scootmobiel conversation on the scootmobiel screen', async () => {
    const page = await openZaak('scootmobiel', 'WMO-2026-00123');
    const banner = panel.region('Registratiesysteem');

    await expect
      .poll(() => banner.textContent(), { timeout: 15_000 })
      .toContain('Aanvraag scootmobiel');
    expect(await banner.textContent()).toContain('Past bij: Scootmobiel en vervoer');
    expect(await banner.textContent()).toContain('Zaak WMO-2026-00123');
    await panel.button('Nieuw gesprek: Scootmobiel en vervoer').click();

    await expect
      .poll(() => panel.button('Scootmobiel en vervoer').getAttribute('aria-pressed'))
      .toBe('true');
    await page.close();
  });

  it('finds the same conversation when the same zaak is opened again', async () => {
    const first = await openZaak('scootmobiel', 'WMO-2026-00131');
    await goHome();
    await expect
      .poll(() => panel.region('Registratiesysteem').textContent())
      .toContain('WMO-2026-00131');
    await panel.startConversation('Scootmobiel en vervoer', 'PV 23-11');
    await first.close();

    const other = await openZaak('melding', 'WMO-2026-00138');
    await goHome();
    await expect
      .poll(() => panel.region('Registratiesysteem').textContent())
      .toContain('WMO-2026-00138');
    expect(await panel.button('Verder met PV 23-11 (deze zaak)').count()).toBe(0);
    await other.close();

    const again = await openZaak('onderzoeksverslag', 'WMO-2026-00131');
    await goHome();
    await panel.button('Verder met PV 23-11 (deze zaak)').click({ timeout: 15_000 });

    await expect.poll(() => panel.page.url()).toMatch(/#\/gesprek\//);
    await again.close();
  });

  it('asks for access to a new site from the click, with a user gesture', async () => {
    const other = await startStaticServer({ '/': path.resolve('demo') }, 0, '127.0.0.2');
    const site = `http://127.0.0.2:${other.port}`;
    const page = await ext.context.newPage();
    // What activeTab gives the panel when opened from the toolbar: the active tab's URL.
    const access = await ext.context.newPage();
    await access.addInitScript((url) => {
      const api = (globalThis as unknown as { chrome: ChromeApi & Record<string, never> }).chrome;
      const tabs = api.tabs as unknown as Record<string, unknown>;
      tabs.getCurrent = async () => undefined;
      tabs.query = async () => [{ id: 424242, url, active: true }];
      const calls: unknown[] = [];
      (globalThis as unknown as { requests: unknown[] }).requests = calls;
      api.permissions.request = (p) => {
        const call = { origins: p.origins, gesture: navigator.userActivation.isActive, error: '' };
        calls.push(call);
        // The browser's own prompt cannot be answered by automation, and an open prompt
        // can stall the run, so the stub answers "denied". `userActivation` proves the
        // request comes from the click, which is what the browser requires.
        return Promise.resolve(false);
      };
    }, `${site}/scootmobiel.html`);
    await page.goto(`${site}/scootmobiel.html`);
    await access.goto(ext.url('sidepanel.html'));
    const unlock = new SidePanel(access);
    await ensureUnlocked(unlock);

    await unlock.button('Zijlijn gebruiken op deze site').click({ timeout: 15_000 });
    await access.waitForTimeout(500);
    const calls = await access.evaluate(
      () => (globalThis as unknown as { requests: unknown[] }).requests,
    );
    const hasAccess = await access.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.permissions
        .contains({ origins: ['http://127.0.0.2/*'] })
        .then(String),
    );

    expect(calls).toEqual([{ origins: ['http://127.0.0.2/*'], gesture: true, error: '' }]);
    expect(await access.getByRole('status').last().textContent()).toBe(
      'Er is geen toegang gegeven. U kunt het later opnieuw proberen.',
    );
    expect(hasAccess).toBe('false');
    await page.close();
    await access.close();
    await other.close();
  });

  it('lists the allowed sites and keeps the content script registered for exactly those', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    const section = options.getByRole('region', { name: 'Toegestane sites' });

    await expect.poll(() => section.textContent()).toContain('http://127.0.0.1');
    const registered = await options.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const [script] = await api.scripting.getRegisteredContentScripts();
      return {
        matches: script?.matches?.sort(),
        granted: (await api.permissions.getAll()).origins?.sort(),
      };
    });

    expect(await section.textContent()).toContain('vast in deze versie');
    expect(registered.matches).toEqual(registered.granted);
    await options.close();
  });

  it('revokes a site from the options page with permissions.remove', async () => {
    const options = await ext.context.newPage();
    // A site the user granted earlier; the real grant needs the browser prompt.
    await options.addInitScript(() => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      let granted = ['http://127.0.0.1/*', 'https://sociaal.zijlstad.nl/*'];
      const removed: string[][] = [];
      (globalThis as unknown as { removed: string[][] }).removed = removed;
      api.permissions.getAll = async () => ({ origins: granted });
      api.permissions.remove = async ({ origins }) => {
        removed.push(origins);
        granted = granted.filter((o) => !origins.includes(o));
        return true;
      };
    });
    await options.goto(ext.url('options.html'));

    await options
      .getByRole('button', { name: 'Toegang intrekken voor https://sociaal.zijlstad.nl' })
      .click();

    await expect
      .poll(() => options.getByRole('region', { name: 'Toegestane sites' }).textContent())
      .not.toContain('sociaal.zijlstad.nl/');
    expect(
      await options.evaluate(() => (globalThis as unknown as { removed: string[][] }).removed),
    ).toEqual([['https://sociaal.zijlstad.nl/*']]);
    expect(
      await options.getByText('Toegang ingetrokken voor https://sociaal.zijlstad.nl.').count(),
    ).toBe(1);
    await options.close();
  });
});
