import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SidePanel, TEST_PIN } from './pages/side-panel';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import { dumpIndexedDb } from './support/raw-indexeddb';

const LABEL = 'QX 23-11';
const NOTE = 'Kanarie-notitie over de schuld bij de woningcorporatie';

/** The vault in Chromium: autosave under a sudden close, no plaintext at rest, lock, two panels. */
describe('the local vault', () => {
  let ext: LaunchedExtension;
  let conversationUrl: string;

  beforeAll(async () => {
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('keeps what was typed when the panel closes right after the last keystroke', async () => {
    const panel = await SidePanel.open(ext);
    await panel.unlock();
    await panel.startConversation('Vrij gesprek', LABEL);
    conversationUrl = panel.page.url().replace(/\/gesprek\/([^/]+).*$/, '/gesprek/$1');
    await panel.tab('Leefgebieden').click();
    await panel.page.getByText('Toelichting bij Financiën').click();
    const field = panel.page.getByLabel('In de woorden van de inwoner').first();

    await field.pressSequentially(NOTE, { delay: 5 });
    await panel.page.close({ runBeforeUnload: true });

    const reopened = await SidePanel.open(ext, new URL(conversationUrl).hash + '/leefgebieden');
    await reopened.button('Vergrendelen').click();
    await reopened.unlock(TEST_PIN);
    await expect.poll(() => reopened.page.getByText(LABEL).count()).toBeGreaterThan(0);
    await reopened.page.getByText('Toelichting bij Financiën').click();
    await expect
      .poll(() => reopened.page.getByLabel('In de woorden van de inwoner').first().inputValue())
      .toBe(NOTE);
    await reopened.page.close();
  });

  it('stores none of the typed text in plaintext', async () => {
    const panel = await SidePanel.open(ext);
    await panel.button('Vergrendelen').waitFor();

    const dump = await dumpIndexedDb(panel.page);

    expect(dump.length).toBeGreaterThan(1000);
    expect(dump).not.toContain(LABEL);
    expect(dump).not.toContain('Kanarie');
    expect(dump).not.toContain('woningcorporatie');
    await panel.page.close();
  });

  it('refuses a wrong PIN and opens with the right one', async () => {
    const panel = await SidePanel.open(ext);
    await panel.button('Vergrendelen').click();
    await panel.page.getByLabel('Pincode', { exact: true }).fill('000000');
    await panel.button('Ontgrendelen').click();

    await expect.poll(() => panel.page.getByRole('alert').count()).toBeGreaterThan(0);
    expect(await panel.page.getByText(LABEL).count()).toBe(0);
    await panel.unlock(TEST_PIN);
    await expect
      .poll(() => panel.page.getByRole('link', { name: `Open gesprek ${LABEL}` }).count())
      .toBe(1);
    await panel.page.close();
  });

  it('keeps both edits when two panels edit the same conversation', async () => {
    const hash = new URL(conversationUrl).hash + '/leefgebieden';
    const a = await SidePanel.open(ext, hash);
    const b = await SidePanel.open(ext, hash);
    await a.page.getByRole('radiogroup', { name: 'Niveau Financiën' }).waitFor();
    await b.page.getByRole('radiogroup', { name: 'Niveau Huisvesting' }).waitFor();

    await a.page
      .getByRole('radiogroup', { name: 'Niveau Financiën' })
      .getByRole('radio')
      .nth(1)
      .check();
    await b.page
      .getByRole('radiogroup', { name: 'Niveau Huisvesting' })
      .getByRole('radio')
      .nth(3)
      .check();

    // Each panel sees the other's change live, without a reload.
    await expect
      .poll(() =>
        a.page
          .getByRole('radiogroup', { name: 'Niveau Huisvesting' })
          .getByRole('radio')
          .nth(3)
          .isChecked(),
      )
      .toBe(true);
    await expect
      .poll(() =>
        b.page
          .getByRole('radiogroup', { name: 'Niveau Financiën' })
          .getByRole('radio')
          .nth(1)
          .isChecked(),
      )
      .toBe(true);
    await a.page.close();
    await b.page.close();
    const c = await SidePanel.open(ext, hash);
    await expect
      .poll(() =>
        c.page
          .getByRole('radiogroup', { name: 'Niveau Financiën' })
          .getByRole('radio')
          .nth(1)
          .isChecked(),
      )
      .toBe(true);
    await expect
      .poll(() =>
        c.page
          .getByRole('radiogroup', { name: 'Niveau Huisvesting' })
          .getByRole('radio')
          .nth(3)
          .isChecked(),
      )
      .toBe(true);
  });
});
