/**
 * panelReadyMs/Ratio and panelLockedReadyMs/Ratio: navigation → first
 * meaningful render of the side panel, each load in a new tab, against the
 * floor page (entrypoints/bench-floor) loaded the same way, interleaved in
 * the same run. Unlocked: the home's own `zijlijn:home-rendered` mark vs the
 * floor's `zijlijn:floor-rendered` (both set in a React effect). Locked: a
 * MutationObserver marks when the PIN field appears vs the floor's heading.
 */
import type { BrowserContext } from 'playwright-core';
import { afterWarmUp, median, ratio } from '../stats';
import { BENCH_PIN, type BenchSession } from './session';

interface Load {
  mark: number | null;
  element: number;
}

function markWhenPresent(selector: string) {
  const check = () => {
    if (!document.querySelector(selector)) return false;
    performance.mark('bench:element');
    return true;
  };
  const observer = new MutationObserver(() => check() && observer.disconnect());
  observer.observe(document, { childList: true, subtree: true });
}

async function coldLoad(
  context: BrowserContext,
  url: string,
  selector: string,
  mark: string | null,
): Promise<Load> {
  const page = await context.newPage();
  await page.addInitScript(markWhenPresent, selector);
  await page.goto(url);
  const names = ['bench:element', ...(mark ? [mark] : [])];
  await page.waitForFunction(
    (n) => n.every((name) => performance.getEntriesByName(name).length > 0),
    names,
    {
      timeout: 30_000,
    },
  );
  const load = await page.evaluate(
    ([m]) => ({
      mark: m ? performance.getEntriesByName(m)[0]!.startTime : null,
      element: performance.getEntriesByName('bench:element')[0]!.startTime,
    }),
    [mark] as const,
  );
  await page.close();
  return load;
}

export async function measurePanelReady(session: BenchSession, loads = 20, warmUp = 3) {
  const { context } = session.ext;
  const panel = session.ext.url('sidepanel.html');
  const floorUrl = session.ext.url('bench-floor.html');
  const floor = () => coldLoad(context, floorUrl, 'h1', 'zijlijn:floor-rendered');

  async function series(selector: string, mark: string | null) {
    const panelLoads: Load[] = [];
    const floorLoads: Load[] = [];
    for (let i = 0; i < loads + warmUp; i++) {
      // Alternate the order so neither page always runs first.
      if (i % 2 === 0) {
        panelLoads.push(await coldLoad(context, panel, selector, mark));
        floorLoads.push(await floor());
      } else {
        floorLoads.push(await floor());
        panelLoads.push(await coldLoad(context, panel, selector, mark));
      }
    }
    return { panel: afterWarmUp(panelLoads, warmUp), floor: afterWarmUp(floorLoads, warmUp) };
  }

  await session.vault('timeUnlock', BENCH_PIN, 1);
  const home = await series('#home-heading', 'zijlijn:home-rendered');
  await session.vault('lock');
  const locked = await series('input[type="password"]', null);
  await session.vault('timeUnlock', BENCH_PIN, 1);

  const panelReadyMs = median(home.panel.map((l) => l.mark!));
  const floorReadyMs = median(home.floor.map((l) => l.mark!));
  const panelLockedReadyMs = median(locked.panel.map((l) => l.element));
  const floorElementMs = median(locked.floor.map((l) => l.element));
  return {
    panelReadyMs,
    floorReadyMs,
    panelReadyRatio: ratio(panelReadyMs, floorReadyMs),
    panelLockedReadyMs,
    panelLockedReadyRatio: ratio(panelLockedReadyMs, floorElementMs),
    floorElementMs,
  };
}
