/**
 * A full conversation in the side panel, as a Wmo-consulent would run it:
 * start, phases, a stress signal, ratings, an afspraak, the verslag, then
 * home, the options page and Oefenen. Used to prove extension pages make no
 * network requests (extensionNetworkRequests).
 */
import { SidePanel } from '../../e2e/pages/side-panel';
import type { BenchSession } from './session';

export async function runScriptedConversation(session: BenchSession): Promise<void> {
  const panel = await SidePanel.open(session.ext);
  const { page } = panel;
  await panel.startConversation('Wmo-onderzoek', 'NW 02-02', ['Oudere inwoner']);
  await panel.button('Volgende fase: Openen').click();
  await panel.button('Volgende fase: Verkennen').click();
  await page
    .getByRole('group', { name: 'Signalen' })
    .getByRole('button', { name: 'Overweldigd' })
    .click();

  await panel.tab('Leefgebieden').click();
  for (const [domain, level] of [
    ['Financiën', 2],
    ['Huisvesting', 4],
    ['Sociaal netwerk', 3],
  ] as const) {
    await page
      .getByRole('radiogroup', { name: `Niveau ${domain}` })
      .getByRole('radio')
      .nth(level - 1)
      .check();
  }

  await panel.tab('Afspraken').click();
  await page.getByLabel('Wat', { exact: true }).fill('Belt de huisarts over de rollator');
  await page.getByLabel('Wanneer', { exact: true }).fill('vrijdag');
  await panel.button('Afspraak toevoegen').click();

  await panel.tab('Verslag').click();
  await page.waitForTimeout(500); // verslag and taalcheck render; autosave settles

  await page.getByRole('link', { name: 'Zijlijn' }).click();
  await panel.button('Oefenen').click();
  await page.waitForTimeout(500);
  await page.close();

  const options = await session.ext.context.newPage();
  await options.goto(session.ext.url('options.html'));
  await options.waitForLoadState('load');
  await options.waitForTimeout(500);
  await options.close();
}
