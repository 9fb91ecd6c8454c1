/**
 * hostStartMs, hostLongTasks, hostLoadRatio: a generated 10,000-element host
 * page served twice from the same folder — on 127.0.0.1, where the bench
 * build has host access (content script runs), and on 127.0.0.2, where it
 * has none. Start time and long tasks come from traced loads; the load ratio
 * from untraced loads that alternate with and without. Medians after warm-up.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { CONTENT_SCRIPT_FILE } from '../../lib/site-access/sync-content-script';
import { startStaticServer } from '../../scripts/static-server';
import { hostPageHtml } from '../host-page';
import { afterWarmUp, median, ratio } from '../stats';
import { clockOffset, longTasksTouching, scriptIntervals, totalMs } from '../trace-attribution';
import type { BenchSession } from './session';
import { traceLoad } from './trace-load';

const SETTLE_MS = 1200; // document_idle injection plus the adapter round trip

async function loadTime(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const ms = await page.evaluate(
    () =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
  await page.close();
  return ms;
}

export async function measureHostStart(
  session: BenchSession,
  loads = 10,
  warmUp = 2,
  loadPairs = 30,
) {
  const dir = await mkdtemp(path.join(tmpdir(), 'zijlijn-bench-host-'));
  await writeFile(path.join(dir, 'index.html'), hostPageHtml());
  const withExt = await startStaticServer({ '/': dir }, 0, '127.0.0.1');
  const without = await startStaticServer({ '/': dir }, 0, '127.0.0.2');
  const script = session.ext.url(CONTENT_SCRIPT_FILE);
  const start: number[] = [];
  const longTasks: number[] = [];
  const loadWith: number[] = [];
  const loadWithout: number[] = [];
  try {
    for (let i = 0; i < loads + warmUp; i++) {
      const traced = await traceLoad(session.ext.context, `${withExt.origin}/`, SETTLE_MS);
      const intervals = scriptIntervals(traced.events, script);
      if (intervals.length === 0)
        throw new Error('the content script did not run on the host page');
      start.push(totalMs(intervals));
      const offset = clockOffset(traced.events, 'bench:start', traced.markTime);
      longTasks.push(longTasksTouching(traced.longTasks, intervals, offset));
    }
    for (let i = 0; i < loadPairs + warmUp; i++) {
      const pair = [`${withExt.origin}/`, `${without.origin}/`];
      if (i % 2 === 1) pair.reverse();
      for (const url of pair) {
        const ms = await loadTime(session.ext.context, url);
        (url.startsWith(withExt.origin) ? loadWith : loadWithout).push(ms);
      }
    }
  } finally {
    // Chromium keeps its connections open; without this, close() waits for its keep-alive.
    for (const server of [withExt, without]) {
      server.server.closeAllConnections();
      await server.close();
    }
    await rm(dir, { recursive: true, force: true });
  }
  return {
    hostStartMs: median(afterWarmUp(start, warmUp)),
    // Every load counts here, the first (no code cache yet) included: "no long task" means none.
    hostLongTasks: Math.max(...longTasks),
    hostLoadRatio: ratio(
      median(afterWarmUp(loadWith, warmUp)),
      median(afterWarmUp(loadWithout, warmUp)),
    ),
    samples: { start, longTasks, loadWith, loadWithout },
  };
}
