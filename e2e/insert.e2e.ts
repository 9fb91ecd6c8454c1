import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import type { StaticServer } from '../scripts/static-server';
import {
  openPanel,
  sendToTab,
  startHostServer,
  waitForHost,
} from './host-pages/fixtures/host-harness';

const VERSLAG = 'Meneer wil zelf boodschappen blijven doen.\nHij loopt hooguit 100 meter.';

describe('inserting the verslag into host fields', () => {
  let ext: LaunchedExtension;
  let host: StaticServer;
  let panel: Page;

  beforeAll(async () => {
    host = await startHostServer();
    ext = await launchExtension();
    panel = await openPanel(ext);
  });

  afterAll(async () => {
    await ext?.close();
    await host?.close();
  });

  async function openHost(path: string): Promise<{ page: Page; tabId: number }> {
    const page = await ext.context.newPage();
    await page.goto(`${host.origin}${path}`);
    const tabId = await waitForHost(panel, page.url());
    return { page, tabId };
  }

  const insert = (tabId: number, text = VERSLAG) =>
    sendToTab(panel, tabId, { type: 'host/insert-text', data: { text } });

  it('inserts at the cursor of a plain textarea and never submits the form', async () => {
    const { page, tabId } = await openHost('/fixtures/fixtures/plain-textarea.html');
    await page.locator('#notitie').click();
    await page.locator('#notitie').press('End');

    const actual = await insert(tabId);

    expect(actual).toEqual({ ok: true, data: { result: 'inserted' } });
    expect(await page.locator('#notitie').inputValue()).toBe(`Eerste regel. ${VERSLAG}`);
    expect(await page.evaluate(() => (window as unknown as { submitted: number }).submitted)).toBe(
      0,
    );
    await page.close();
  });

  it('keeps the host undo working for a plain textarea', async () => {
    const { page, tabId } = await openHost('/fixtures/fixtures/plain-textarea.html');
    await page.locator('#onderwerp').click();

    await insert(tabId, 'Vervoersvraag');
    await page.bringToFront();
    await page.locator('#onderwerp').press('Control+z');

    expect(await page.locator('#onderwerp').inputValue()).toBe('');
    await page.close();
  });

  it("updates a React-controlled textarea's own state", async () => {
    const { page, tabId } = await openHost('/fixtures/fixtures/react-textarea.html');
    await page.locator('#verslag').click();

    const actual = await insert(tabId);

    expect(actual).toEqual({ ok: true, data: { result: 'inserted' } });
    expect(await page.locator('#verslag').inputValue()).toBe(VERSLAG);
    await expect
      .poll(() => page.locator('#telling').textContent())
      .toBe(`${VERSLAG.length} tekens`);
    await page.close();
  });

  it('inserts into a contenteditable editor at the cursor, as text', async () => {
    const { page, tabId } = await openHost('/fixtures/fixtures/contenteditable.html');
    await page.locator('#editor p').click();
    await page.keyboard.press('End');

    const actual = await insert(tabId, ' u krijgt <b>hulp</b> bij vervoer.');

    expect(actual).toEqual({ ok: true, data: { result: 'inserted' } });
    expect((await page.locator('#editor').textContent())?.trim()).toBe(
      'Beste meneer, u krijgt <b>hulp</b> bij vervoer.',
    );
    expect(await page.locator('#editor b').count()).toBe(0);
    expect(Number(await page.locator('#inputs').textContent())).toBeGreaterThan(0);
    await page.close();
  });

  it.each([
    ['a designMode frame (TinyMCE style)', '#tiny', 'Rapportage:'],
    ['a contenteditable frame body (CKEditor style)', '#cke', 'Toelichting:'],
  ])('inserts into %s', async (_name, frameSelector, start) => {
    const { page, tabId } = await openHost('/fixtures/fixtures/iframe-editor.html');
    await page.frameLocator(frameSelector).locator('p').click();
    await page.keyboard.press('End');

    const actual = await insert(tabId, ' hulpvraag besproken.');

    expect(actual).toEqual({ ok: true, data: { result: 'inserted' } });
    expect((await page.frameLocator(frameSelector).locator('body').textContent())?.trim()).toBe(
      `${start} hulpvraag besproken.`,
    );
    await page.close();
  });

  it("inserts into the adapter's verslag field of the demo, without a click in it", async () => {
    const { page, tabId } = await openHost('/onderzoeksverslag.html?zaak=WMO-2026-00123');
    const before = await page.locator('#verslag-onderzoek').inputValue();

    const actual = await insert(tabId);

    expect(actual).toEqual({ ok: true, data: { result: 'inserted' } });
    const after = await page.locator('#verslag-onderzoek').inputValue();
    expect(after.startsWith(before)).toBe(true);
    expect(after.endsWith(VERSLAG)).toBe(true);
    await page.close();
  });

  it('reports no target when nothing editable was focused on an unknown page', async () => {
    const { page, tabId } = await openHost('/fixtures/fixtures/plain-textarea.html');

    const actual = await insert(tabId);

    expect(actual).toEqual({ ok: true, data: { result: 'no-target' } });
    expect(await page.locator('#notitie').inputValue()).toBe('Eerste regel. ');
    await page.close();
  });
});
