import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureSideBySide } from '../scripts/side-by-side';
import type { StaticServer } from '../scripts/static-server';
import { SidePanel } from './pages/side-panel';
import { startDemoHost } from './support/demo-host';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';

const OUT = path.resolve('docs/screenshots');

async function shot(panel: SidePanel, name: string): Promise<string> {
  const file = path.join(OUT, `${name}.png`);
  await panel.page.screenshot({ path: file });
  return file;
}

async function expectPicture(file: string): Promise<void> {
  expect((await stat(file)).size).toBeGreaterThan(10_000);
}

/** The README's pictures, made from the real extension beside the demo system on every run. */
describe('screenshots for the README', () => {
  let ext: LaunchedExtension;
  let host: StaticServer;
  let panel: SidePanel;

  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    host = await startDemoHost();
    ext = await launchExtension();
    panel = await SidePanel.open(ext);
  });

  afterAll(async () => {
    await ext?.close();
    await host?.close();
  });

  it('shows the lock screen first', async () => {
    await panel.button('Pincode instellen').waitFor();

    await expectPicture(await shot(panel, 'pincode'));
  });

  it('shows the panel beside the demo registration system', async () => {
    await panel.unlock();
    const demo = await ext.context.newPage();
    await demo.goto(`${host.origin}/onderzoeksverslag.html?zaak=WMO-2026-00123`);
    await panel.page.bringToFront();
    await panel.startConversation('Wmo-onderzoek', 'GvD 23-11', ['Oudere inwoner']);
    await panel.button('Volgende fase: Openen').click();
    await panel.button('Volgende fase: Verkennen').click();
    await panel.page
      .getByRole('group', { name: 'Signalen' })
      .getByRole('button', { name: 'Overweldigd' })
      .click();
    const file = path.join(OUT, 'side-by-side.png');

    await captureSideBySide(ext.context, demo, panel.page, file);

    await expectPicture(file);
    await demo.close();
  });

  it('shows every section of a conversation', async () => {
    await panel.page.setViewportSize({ width: 400, height: 860 });
    await expectPicture(await shot(panel, 'gesprek'));

    await panel.tab('Leefgebieden').click();
    for (const [domain, level] of [
      ['Financiën', 2],
      ['Huisvesting', 4],
      ['Sociaal netwerk', 2],
      ['Lichamelijke gezondheid', 3],
      ['Basale ADL', 4],
    ] as const) {
      await panel.page
        .getByRole('radiogroup', { name: `Niveau ${domain}` })
        .getByRole('radio')
        .nth(level - 1)
        .check();
    }
    await panel.page.evaluate(() => window.scrollTo(0, 0));
    await expectPicture(await shot(panel, 'leefgebieden'));

    await panel.tab('Afspraken').click();
    await panel.page
      .getByLabel('Wat', { exact: true })
      .fill('Vraagt de buurvrouw om mee te gaan naar de huisarts');
    await panel.page.getByLabel('Wanneer', { exact: true }).fill('volgende week');
    await panel.button('Afspraak toevoegen').click();
    await expectPicture(await shot(panel, 'afspraken'));

    await panel.tab('Verslag').click();
    await panel.page.getByText('Brief voor de inwoner').first().waitFor();
    await expectPicture(await shot(panel, 'verslag'));
  });

  it('shows the Vervoerscheck and practice mode', async () => {
    await panel.page.getByRole('link', { name: 'Zijlijn' }).click();
    await panel.startConversation('Scootmobiel en vervoer', 'HV 23-11');
    await panel.tab('Vervoerscheck').click();
    await expectPicture(await shot(panel, 'vervoerscheck'));

    await panel.page.getByRole('link', { name: 'Zijlijn' }).click();
    await panel.button('Oefenen').click();
    await panel.page.getByRole('heading', { name: 'Oefenen', level: 1 }).waitFor();
    await expectPicture(await shot(panel, 'oefenen'));
  });

  it('works in dark mode', async () => {
    await panel.page.emulateMedia({ colorScheme: 'dark' });
    await panel.page.getByRole('link', { name: 'Zijlijn' }).click();
    await panel.button('Nieuw gesprek').waitFor();

    await expectPicture(await shot(panel, 'home-dark'));
  });
});
