import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SidePanel } from './pages/side-panel';
import { seriousViolations } from './support/axe';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';

/** Issue 6 end to end: finish a talk, open Verslag, check, copy and print the letter. */
describe('the Verslag of a Wmo-onderzoek', () => {
  let ext: LaunchedExtension;
  let panel: SidePanel;

  const field = (name: string) => panel.page.getByRole('textbox', { name, exact: true });
  const letter = () => field('Brief voor de inwoner');

  beforeAll(async () => {
    ext = await launchExtension();
    // CDP refuses an extension origin here, so the grant covers every origin of this test profile.
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    panel = await SidePanel.open(ext);
    await panel.unlock();
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('finishes a conversation: a rating, the inwoner’s words and an afspraak', async () => {
    await panel.startConversation('Wmo-onderzoek', 'MJ 16-6');

    await panel.tab('Leefgebieden').click();
    await panel.page
      .getByRole('radiogroup', { name: 'Niveau Instrumentele ADL' })
      .getByRole('radio')
      .nth(1)
      .check();
    const notes = panel.page
      .locator('details')
      .filter({ hasText: 'Toelichting bij Instrumentele ADL' });
    await notes.getByText('Toelichting bij Instrumentele ADL', { exact: true }).click();
    await notes
      .getByLabel('In de woorden van de inwoner', { exact: true })
      .fill('Het huishouden lukt niet meer sinds mijn heupoperatie.');

    await panel.tab('Afspraken').click();
    await panel.page
      .getByLabel('Wat', { exact: true })
      .fill('Huishoudelijke ondersteuning aanvragen');
    await panel.page.getByLabel('Wanneer', { exact: true }).fill('vrijdag 20 juni');
    await panel.button('Afspraak toevoegen').click();

    await expect
      .poll(() =>
        panel.button('Afspraak verwijderen: Huishoudelijke ondersteuning aanvragen').count(),
      )
      .toBe(1);
  });

  it('shows the verslag and the letter, both made from the conversation', async () => {
    await panel.tab('Verslag').click();

    await expect
      .poll(() => field('Verslag voor het registratiesysteem').inputValue())
      .toContain('Verslag Wmo-onderzoek');
    const report = await field('Verslag voor het registratiesysteem').inputValue();
    expect(report).toContain('- Instrumentele ADL: niveau 2, niet zelfredzaam.');
    expect(report).toContain(
      '- Inwoner: Huishoudelijke ondersteuning aanvragen (wanneer: vrijdag 20 juni).',
    );
    const text = await letter().inputValue();
    expect(text).toContain('"Het huishouden lukt niet meer sinds mijn heupoperatie."');
    expect(text).toContain('- U: Hulp bij schoonmaken en de was aanvragen.');
    expect(text).toContain('Wat gebeurt er nu?');
    expect(await seriousViolations(panel.page)).toEqual([]);
  });

  it('flags jargon typed into the letter and replaces it with one click', async () => {
    await letter().click();
    await letter().press('Control+End');
    await letter().pressSequentially('\nU krijgt misschien een maatwerkvoorziening.');
    const check = panel.region('Taalcheck: brief');
    const replace = check.getByRole('button', {
      name: 'Vervang "maatwerkvoorziening" door "hulp die de gemeente speciaal voor u regelt"',
    });

    await replace.click();

    await expect
      .poll(() => letter().inputValue())
      .toContain('U krijgt misschien een hulp die de gemeente speciaal voor u regelt.');
    expect(await letter().inputValue()).not.toContain('maatwerkvoorziening');
    await expect.poll(() => check.getByRole('button', { name: /^Vervang/ }).count()).toBe(0);
  });

  it('copies the letter to the clipboard', async () => {
    await panel.page.bringToFront();

    await panel.button('Kopiëren: brief').click();

    await expect.poll(() => panel.page.getByText('Brief gekopieerd.').count()).toBe(1);
    const clipboard = await panel.page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(await letter().inputValue());
  });

  it('opens the print view with the edited letter', async () => {
    const opened = ext.context.waitForEvent('page');

    await panel.button('Afdrukken').click();
    const print: Page = await opened;
    await print.waitForLoadState();

    expect(print.url()).toMatch(/\/print\.html#[a-z0-9-]+$/);
    const article = print.getByRole('article', { name: 'Brief voor de inwoner' });
    await article.waitFor({ timeout: 15_000 });
    expect(await article.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Verslag van ons gesprek',
    );
    expect(await article.getByRole('heading', { name: 'Klopt er iets niet?' }).count()).toBe(1);
    expect(await article.textContent()).toContain(
      'U krijgt misschien een hulp die de gemeente speciaal voor u regelt.',
    );
    expect(await print.getByRole('button', { name: 'Afdrukken of bewaren als pdf' }).count()).toBe(
      1,
    );
    expect(await seriousViolations(print)).toEqual([]);
    await print.close();
  });
});
