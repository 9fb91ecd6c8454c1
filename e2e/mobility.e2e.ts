import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../scripts/static-server';
import { SidePanel } from './pages/side-panel';
import { seriousViolations } from './support/axe';
import { startDemoHost } from './support/demo-host';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';

const SCOOTMOBIEL = 'Scootmobiel (maatwerkvoorziening)';
const POOL = 'Scootmobielpool of deelscootmobiel';
const REGIOTAXI = 'Regiotaxi (collectief vraagafhankelijk vervoer)';
/** Set ZIJLIJN_SCREENSHOTS=dir to keep pictures of the section for a visual check. */
const SHOTS = process.env.ZIJLIJN_SCREENSHOTS;

/** Zijlstad's own pack: a 200 m grens, its buurtbus by name, no scootmobielpool. */
const ZIJLSTAD_PACK = {
  id: 'gemeente-zijlstad',
  name: 'Gemeente Zijlstad',
  version: '2026.1',
  mobility: { walkingThresholdMeters: 200, source: 'Beleidsregels Wmo Zijlstad 2026, art. 4.2' },
  mobilityAlternatives: [
    {
      id: 'buurtbus',
      rung: 'voorliggend',
      name: 'Buurtbus',
      description: 'Een kleine bus in uw buurt. Vrijwilligers rijden hem.',
      local: { name: 'Buurtbus Zijlstad', contact: '0591 123 456' },
      source: 'Sociale kaart Zijlstad 2026',
    },
    {
      id: 'scootmobielpool',
      rung: 'voorliggend',
      name: 'Scootmobielpool of deelscootmobiel',
      description: 'Een scootmobiel lenen als u hem nodig heeft.',
      available: false,
      source: 'Sociale kaart Zijlstad 2026',
    },
  ],
};

/**
 * The Vervoerscheck of an 84-year-old who walks 50 m with a rollator and has
 * nobody to help: check, alternatives, conclusion, afweging in the Verslag.
 */
describe('a scootmobiel conversation from the aanvraag screen to the afweging', () => {
  let ext: LaunchedExtension;
  let host: StaticServer;
  let panel: SidePanel;
  let page: Page;

  const group = (name: string) => page.getByRole('group', { name, exact: true });
  const tap = (question: string, option: string) =>
    group(question).getByRole('button', { name: option, exact: true }).click();
  const ladder = () => panel.region('Alternatieven');
  const card = (name: string): Locator =>
    ladder()
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name, exact: true, level: 4 }) });
  const shoot = async (name: string, target: Locator | Page = page) => {
    if (!SHOTS) return;
    await mkdir(SHOTS, { recursive: true });
    await target.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true } as never);
  };

  beforeAll(async () => {
    host = await startDemoHost();
    ext = await launchExtension();
    panel = await SidePanel.open(ext);
    page = panel.page;
    await panel.unlock();
    // The demo build may run on the demo origins; its content script announces the screen.
    const demo = await ext.context.newPage();
    await demo.goto(`${host.origin}/scootmobiel.html?zaak=WMO-2026-00123`);
    await demo.getByRole('heading', { name: 'Aanvraag scootmobiel' }).waitFor();
    await page.bringToFront();
  });

  afterAll(async () => {
    await ext?.close();
    await host?.close();
  });

  it('starts the Scootmobiel en vervoer conversation the aanvraag screen suggests', async () => {
    const suggest = panel.button('Nieuw gesprek: Scootmobiel en vervoer');
    await suggest.waitFor({ timeout: 15_000 });
    expect(await page.getByText('Past bij: Scootmobiel en vervoer').count()).toBe(1);

    await suggest.click();
    const type = page
      .getByRole('group', { name: 'Soort gesprek' })
      .getByRole('button', { name: 'Scootmobiel en vervoer', exact: true });
    await expect.poll(() => type.getAttribute('aria-pressed')).toBe('true');
    await page.getByLabel('Label', { exact: true }).fill('HV 23-11');
    await panel.button('Gesprek starten').click();

    await panel.tab('Vervoerscheck').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Alternatieven' }).count()).toBe(1);
  });

  it('goes through the check by taps and shows the signals as they arise', async () => {
    await tap('Waar wil de inwoner naartoe?', 'Boodschappen');
    await page.getByLabel('Hoe ver is het (km, enkele reis)? (Boodschappen)').fill('0,8');
    await tap('Hoe vaak? (Boodschappen)', 'Elke dag');
    await page.getByLabel('Hoe ver kan de inwoner lopen (meter)?', { exact: true }).fill('50');
    await tap('Is dat met een hulpmiddel (rollator, stok)?', 'Ja');
    await tap('Kan de inwoner fietsen?', 'Nee');
    await tap('Reist de inwoner met bus, tram of trein?', 'Nee');
    await tap('Rijdt de inwoner zelf auto?', 'Nee');
    await tap('Is er iemand die de inwoner kan rijden?', 'Nee');
    await tap('Wie kan helpen?', 'Niemand');
    await tap('Is bewegen medisch belangrijk (advies arts of fysio)?', 'Nee');
    await tap('Valt de inwoner weleens?', 'Ja');
    await tap('Twijfels over veilig in het verkeer?', 'Geen twijfels');
    await tap('Is er thuis een veilige stalling?', 'Ja');
    await tap('Kan hij daar opladen?', 'Nee');

    const walking = group('Lopen en fietsen').getByText(
      'Loopafstand 50 m met hulpmiddel, onder de gemeentelijke grens van 100 m.',
    );
    await expect.poll(() => walking.count()).toBe(1);
    expect(await group('Thuis').getByText('Thuis geen oplaadpunt.').count()).toBe(1);
    expect(await group('Medisch beeld').getByText('De inwoner valt weleens.').count()).toBe(1);
    const scootmobiel = card(SCOOTMOBIEL);
    expect(await scootmobiel.getByText('Voorstel: nagaan').count()).toBe(1);
    expect(await scootmobiel.getByText(/^Thuis geen stalling of oplaadpunt: nagaan/).count()).toBe(
      1,
    );
    expect(
      await card('Meerijden met familie, vrienden of buren')
        .getByText('Voorstel: past waarschijnlijk niet')
        .count(),
    ).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot('vervoerscheck');
  });

  it('confirms and overrides alternatives, with a reason for the override', async () => {
    const regiotaxi = card(REGIOTAXI);
    await regiotaxi.getByRole('button', { name: 'Past', exact: true }).click();
    await card(SCOOTMOBIEL).getByRole('button', { name: 'Nagaan', exact: true }).click();
    const pool = card(POOL);
    await pool.getByRole('button', { name: 'Past niet', exact: true }).click();

    await expect
      .poll(() => pool.getByText(/Reden verplicht: u wijkt af van het voorstel/).count())
      .toBe(1);
    await pool
      .getByLabel(`Reden: ${POOL}`, { exact: true })
      .fill('Geen pool binnen loopafstand van de woning');

    await expect.poll(() => pool.getByText(/Reden verplicht/).count()).toBe(0);
    expect(await regiotaxi.getByText('Bevestigd').count()).toBe(1);
    expect(
      await pool
        .getByRole('button', { name: 'Past niet', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    const preview = page.getByRole('region', {
      name: 'Afweging voor het verslag en de beschikking',
    });
    await expect
      .poll(() => preview.textContent())
      .toContain(
        `${POOL}: past niet (vastgesteld, afwijkend van het voorstel "nog nagaan"). Reden: Geen pool binnen loopafstand van de woning`,
      );
    expect(await seriousViolations(page)).toEqual([]);
    await shoot('alternatieven', ladder());
  });

  it('records the conclusion: the regiotaxi granted, in the afweging preview', async () => {
    const conclusion = panel.region('Conclusie');
    await conclusion
      .getByLabel('Conclusie van de afweging', { exact: true })
      .fill('Regiotaxi-pas aanvragen; scootmobiel nagaan na proefrit.');
    const granted = conclusion.getByRole('group', { name: 'Toegekend of afgesproken' });
    await granted.getByRole('button', { name: REGIOTAXI, exact: true }).click();

    await expect
      .poll(() =>
        granted.getByRole('button', { name: REGIOTAXI, exact: true }).getAttribute('aria-pressed'),
      )
      .toBe('true');
    // Only alternatives confirmed as fitting can be granted; no maatwerk, so no herbeoordeling.
    expect(await granted.getByRole('button').count()).toBe(1);
    expect(await conclusion.getByLabel('Moment van herbeoordeling').count()).toBe(0);
    const preview = page.getByRole('region', {
      name: 'Afweging voor het verslag en de beschikking',
    });
    await expect
      .poll(() => preview.textContent())
      .toContain(`Toegekend of afgesproken: ${REGIOTAXI}.`);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot('conclusie', conclusion);
  });

  it('shows the afweging in the Verslag, in the system text and the letter', async () => {
    await page.waitForTimeout(400); // autosave settles within 250 ms
    await page.reload();
    await panel.tab('Verslag').waitFor();

    await panel.tab('Verslag').click();
    const verslag = page.getByRole('tabpanel', { name: 'Verslag' });
    const texts = () =>
      verslag
        .getByRole('textbox')
        .evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value).join('\n'));
    await expect.poll(texts).toContain('Afweging vervoersvraag');
    const all = await texts();
    expect(all).toContain('Regiotaxi (collectief vraagafhankelijk vervoer): past (vastgesteld)');
    expect(all).toContain('Reden: Geen pool binnen loopafstand van de woning');
    expect(all).toContain('Regiotaxi-pas aanvragen; scootmobiel nagaan na proefrit.');
    expect(all).toContain(`Toegekend of afgesproken: ${REGIOTAXI}.`);
    expect(all).toContain('Wat we hebben afgesproken:');
    // Answered in the Vervoerscheck, so no longer "niet besproken" in the verslag.
    expect(all).toContain(
      '- Loopafstand, met of zonder hulpmiddel (gemeentelijke grens): besproken.',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await shoot('verslag');
  });

  it('changes the outcome when a municipal pack sets the grens to 200 m', async () => {
    await panel.tab('Vervoerscheck').click();
    await page.getByLabel('Hoe ver kan de inwoner lopen (meter)?', { exact: true }).fill('150');
    const above = group('Lopen en fietsen').getByText(
      'Loopafstand 150 m met hulpmiddel, boven de gemeentelijke grens van 100 m.',
    );
    await expect.poll(() => above.count()).toBe(1);
    expect(
      await card(SCOOTMOBIEL)
        .getByText('boven de gemeentelijke grens van 100 m', { exact: false })
        .count(),
    ).toBeGreaterThan(0);

    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    await options.getByLabel('Inhoudspakket importeren (JSON)').setInputFiles({
      name: 'zijlstad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(ZIJLSTAD_PACK)),
    });
    await expect
      .poll(() => options.getByRole('status').allTextContents())
      .toContain('Pakket "Gemeente Zijlstad" is geïmporteerd.');
    await options.close();

    const below = group('Lopen en fietsen').getByText(
      'Loopafstand 150 m met hulpmiddel, onder de gemeentelijke grens van 200 m.',
    );
    await expect.poll(() => below.count(), { timeout: 15_000 }).toBe(1);
    expect(
      await card(SCOOTMOBIEL)
        .getByText(/onder de gemeentelijke grens van 200 m/)
        .count(),
    ).toBeGreaterThan(0);
    expect(
      await card('Buurtbus Zijlstad')
        .getByText('In uw gemeente: Buurtbus Zijlstad, 0591 123 456')
        .count(),
    ).toBe(1);
    expect(await card(POOL).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot('gemeente-zijlstad');
  });
});
