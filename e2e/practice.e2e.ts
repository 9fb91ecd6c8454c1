import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SidePanel } from './pages/side-panel';
import { seriousViolations } from './support/axe';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';

/**
 * Oefenen end to end (issue 9): play a scenario for several turns, see the
 * feedback after each turn, finish, read the debrief, find the session back.
 * Set ZIJLIJN_SHOTS=<dir> to also save screenshots of each screen.
 */
describe('practising a conversation in the side panel', () => {
  let ext: LaunchedExtension;
  let panel: SidePanel;
  const scenario = 'Meneer Visser wil een scootmobiel';

  const field = () => panel.page.getByLabel('Uw vraag of reactie', { exact: true });
  const feedback = (turn: number) =>
    panel.page.getByRole('region', { name: `Terugkoppeling op beurt ${turn}`, exact: true });
  const shot = async (name: string) => {
    const dir = process.env.ZIJLIJN_SHOTS;
    if (dir) await panel.page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
  };

  async function say(text: string, turn: number): Promise<string> {
    await field().fill(text);
    await field().press('Enter');
    await feedback(turn).waitFor();
    return (await feedback(turn).textContent()) ?? '';
  }

  beforeAll(async () => {
    ext = await launchExtension();
    panel = await SidePanel.open(ext);
    await panel.unlock();
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('opens Oefenen with the scenarios and a mode choice', async () => {
    await panel.button('Oefenen').click();

    await panel.page.getByRole('heading', { name: 'Oefenen', level: 1 }).waitFor();
    expect(await panel.page.getByRole('button', { name: /^Starten: / }).count()).toBe(6);
    expect(await panel.page.getByRole('radio', { name: 'Zelf typen' }).isChecked()).toBe(true);
    expect(await seriousViolations(panel.page)).toEqual([]);
    await shot('1-scenarios');
  });

  it('plays several turns and shows the analysis after each one', async () => {
    await panel.button(`Starten: ${scenario}`).click();
    await field().waitFor();
    expect(await panel.page.getByRole('log', { name: 'Gesprek' }).textContent()).toContain(
      'Ik kom voor een scootmobiel',
    );
    expect(await panel.page.getByRole('region', { name: /Terugkoppeling/ }).count()).toBe(0);
    expect(await seriousViolations(panel.page)).toEqual([]);
    await shot('2-chat-start');

    const open = await say('Waar wilt u met de scootmobiel naartoe?', 1);
    expect(open).toContain('Open vraag.');
    expect(open).toContain('Vertrouwen ↑');
    await panel.page.getByText('1 van 5 onderwerpen ontdekt').waitFor();

    const closed = await say('Gebruikt u nu een rollator?', 2);
    expect(closed).toContain('Gesloten vraag.');

    const jargon = await say('Heeft u al een indicatie voor een maatwerkvoorziening?', 3);
    expect(jargon).toContain('Vakjargon.');
    expect(jargon).toContain('Spanning ↑');
    expect(await panel.page.getByRole('log').textContent()).toContain('maatwerkvoorziening');
    expect(await seriousViolations(panel.page)).toEqual([]);
    await shot('3-chat-feedback');
  });

  it('finishes and shows the debrief with the reflection questions', async () => {
    await panel.button('Gesprek afronden').click();

    await panel.page.getByRole('heading', { name: 'Nabespreking' }).waitFor();
    await panel.page.getByRole('heading', { name: 'Ontdekt (1 van 5)' }).waitFor();
    await panel.page.getByRole('heading', { name: 'Techniekprofiel' }).waitFor();
    await panel.page.getByRole('region', { name: 'Beste moment' }).waitFor();
    await panel.page.getByLabel('Wat werkte wel?').fill('De open vraag over de supermarkt.');
    await panel.page.getByLabel('Hoe kan het beter?').fill('Gewone woorden gebruiken.');
    await panel.page.getByLabel('Hoe kan het beter?').blur();
    expect(await panel.button('Exporteren (JSON)').isVisible()).toBe(true);
    expect(await panel.button('Exporteren (tekst)').isVisible()).toBe(true);
    expect(await seriousViolations(panel.page)).toEqual([]);
    await shot('4-debrief');
  });

  it('downloads the readable export', async () => {
    const [download] = await Promise.all([
      panel.page.waitForEvent('download'),
      panel.button('Exporteren (tekst)').click(),
    ]);

    expect(download.suggestedFilename()).toMatch(/^oefensessie-scootmobiel-kees-.*\.txt$/);
  });

  it('lists the session afterwards and reopens its debrief', async () => {
    await panel.button('Terug naar Oefenen').click();

    const list = panel.page.getByRole('region', { name: 'Eerdere oefeningen' });
    await list.getByText(scenario).waitFor();
    expect(await list.textContent()).toContain('1 van 5 onderwerpen ontdekt');
    expect(await seriousViolations(panel.page)).toEqual([]);
    await shot('5-sessions');

    await list.getByRole('button', { name: new RegExp(`^Openen: ${scenario}`) }).click();
    await panel.page.getByRole('heading', { name: 'Nabespreking' }).waitFor();
    expect(await panel.page.getByLabel('Wat werkte wel?').inputValue()).toBe(
      'De open vraag over de supermarkt.',
    );
  });
});
