/**
 * Loads a URL in a fresh tab while Chrome traces it (CDP Tracing on the page
 * target), and collects the page's long tasks (PerformanceObserver) and
 * navigation timing. The init script's `bench:start` mark ties both clocks.
 */
import type { BrowserContext } from 'playwright-core';
import type { TraceEvent } from '../trace-attribution';

export interface TracedLoad {
  events: TraceEvent[];
  markTime: number;
  loadMs: number;
  longTasks: { startTime: number; duration: number }[];
}

const CATEGORIES = ['devtools.timeline', 'blink.user_timing'];

function observeLongTasks() {
  performance.mark('bench:start');
  const tasks: { startTime: number; duration: number }[] = [];
  (window as unknown as { __benchLongTasks: typeof tasks }).__benchLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ startTime: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

export async function traceLoad(
  context: BrowserContext,
  url: string,
  settleMs: number,
): Promise<TracedLoad> {
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  const cdp = await context.newCDPSession(page);
  const complete = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES },
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  await cdp.send('Tracing.end');
  const stream = await complete;
  let json = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
    json += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const measured = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      markTime: performance.getEntriesByName('bench:start')[0]!.startTime,
      loadMs: nav.loadEventEnd,
      longTasks: (window as unknown as { __benchLongTasks: TracedLoad['longTasks'] })
        .__benchLongTasks,
    };
  });
  await cdp.detach();
  await page.close();
  return { events, ...measured };
}
