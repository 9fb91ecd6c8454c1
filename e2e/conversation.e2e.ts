import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SidePanel } from './pages/side-panel';
import { seriousViolations } from './support/axe';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';

/** A full Wmo-onderzoek in the side panel: the issue-5 flow, end to end. */
describe('a Wmo-onderzoek in the side panel', () => {
  let ext: LaunchedExtension;
  let panel: SidePanel;

  beforeAll(async () => {
    ext = await launchExtension();
    panel = await SidePanel.open(ext);
    await panel.unlock();
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('starts a conversation and walks through the phases', async () => {
    expect(await seriousViolations(panel.page)).toEqual([]);

    await panel.startConversation('Wmo-onderzoek', 'JB 23-11', ['Oudere inwoner']);
    expect(await seriousViolations(panel.page)).toEqual([]);
    await panel.button('Volgende fase: Openen').click();
    await panel.button('Volgende fase: Verkennen').click();

    await expect
      .poll(() =>
        panel.page.getByRole('button', { name: 'Verkennen' }).getAttribute('aria-current'),
      )
      .toBe('step');
    await expect.poll(() => panel.page.getByText(/Gestart om/).count()).toBe(1);
  });

  it('changes the suggestions when a signal is toggled', async () => {
    const before = await panel.suggestions().allTextContents();
    expect(before.length).toBeGreaterThan(0);
    expect(before.length).toBeLessThanOrEqual(3);

    await panel.page
      .getByRole('group', { name: 'Signalen' })
      .getByRole('button', { name: 'Overweldigd' })
      .click();

    await expect.poll(() => panel.suggestions().allTextContents()).not.toEqual(before);
    expect((await panel.suggestions().allTextContents()).length).toBeLessThanOrEqual(3);
    expect(await seriousViolations(panel.page)).toEqual([]);
  });

  it('rates three leefgebieden and draws the spinnenweb', async () => {
    await panel.tab('Leefgebieden').click();
    for (const [domain, level] of [
      ['Financiën', 2],
      ['Huisvesting', 4],
      ['Sociaal netwerk', 3],
    ] as const) {
      await panel.page
        .getByRole('radiogroup', { name: `Niveau ${domain}` })
        .getByRole('radio')
        .nth(level - 1)
        .check();
    }

    const radar = panel.page.getByRole('img', { name: 'Spinnenweb' });
    await expect.poll(() => radar.count()).toBe(1);
    await expect.poll(() => panel.page.locator('.radar-current').count()).toBe(1);
    expect(await seriousViolations(panel.page)).toEqual([]);
  });

  it('adds an afspraak', async () => {
    await panel.tab('Afspraken').click();
    await panel.page.getByLabel('Wat', { exact: true }).fill('Belt de huisarts over de rollator');
    await panel.page.getByLabel('Wanneer', { exact: true }).fill('vrijdag');
    await panel.button('Afspraak toevoegen').click();

    await expect
      .poll(() => panel.button('Afspraak verwijderen: Belt de huisarts over de rollator').count())
      .toBe(1);
    expect(await seriousViolations(panel.page)).toEqual([]);
  });

  it('keeps everything after a reload', async () => {
    await panel.page.waitForTimeout(400); // autosave settles within 250 ms
    await panel.page.reload();
    await panel.page.getByRole('tab', { name: 'Afspraken' }).waitFor();

    await expect
      .poll(() => panel.button('Afspraak verwijderen: Belt de huisarts over de rollator').count())
      .toBe(1);
    await panel.tab('Leefgebieden').click();
    const financien = panel.page
      .getByRole('radiogroup', { name: 'Niveau Financiën' })
      .getByRole('radio')
      .nth(1);
    await expect.poll(() => financien.isChecked()).toBe(true);
    await panel.tab('Gesprek').click();
    await expect
      .poll(() =>
        panel.page
          .getByRole('group', { name: 'Signalen' })
          .getByRole('button', { name: 'Overweldigd' })
          .getAttribute('aria-pressed'),
      )
      .toBe('true');
    await expect
      .poll(() =>
        panel.page.getByRole('button', { name: 'Verkennen' }).getAttribute('aria-current'),
      )
      .toBe('step');
  });

  it('hides the label behind the privacy screen', async () => {
    expect(await panel.page.getByText('JB 23-11').count()).toBeGreaterThan(0);

    await panel.button('Privacyscherm').click();

    expect(await panel.page.getByText('JB 23-11').count()).toBe(0);
    await panel.button('Terug naar Zijlijn').click();
    await expect.poll(() => panel.page.getByText('JB 23-11').count()).toBeGreaterThan(0);
    await panel.page.keyboard.press('Alt+KeyP');
    await expect.poll(() => panel.page.getByText('JB 23-11').count()).toBe(0);
  });

  it('lists the conversation on the home screen with its deletion date', async () => {
    await panel.page.keyboard.press('Alt+KeyP');
    await panel.page.getByRole('link', { name: 'Zijlijn' }).click();

    const link = panel.page.getByRole('link', { name: 'Open gesprek JB 23-11' });
    await expect.poll(() => link.count()).toBe(1);
    expect(await link.textContent()).toMatch(/wordt verwijderd op/);
  });
});
