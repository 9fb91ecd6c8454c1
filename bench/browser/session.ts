/**
 * One Chromium session on the bench build (system Chromium via playwright-core,
 * headless, fresh profile), with the bench page open for vault operations.
 */
import type { Page } from 'playwright-core';
import { launchExtension, type LaunchedExtension } from '../../e2e/support/launch-extension';
import type { BenchApi } from '../page/bench-api';
import { BENCH_BUILD } from '../build';

export const BENCH_PIN = '482916';

export interface BenchSession {
  ext: LaunchedExtension;
  /** The bench page (entrypoints/bench): the real vault services of an extension page. */
  benchPage: Page;
  vault<K extends keyof BenchApi>(
    method: K,
    ...args: Parameters<BenchApi[K]>
  ): Promise<Awaited<ReturnType<BenchApi[K]>>>;
  close(): Promise<void>;
}

export async function openBenchSession(): Promise<BenchSession> {
  const ext = await launchExtension({ extensionPath: BENCH_BUILD });
  // tsx keeps function names with a `__name` helper; functions we hand to the page need it too.
  await ext.context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  const benchPage = await ext.context.newPage();
  await benchPage.goto(ext.url('bench.html'));
  await benchPage.waitForFunction(() => 'zijlijnBench' in window);
  return {
    ext,
    benchPage,
    vault: (method, ...args) =>
      benchPage.evaluate(
        ([m, a]) => {
          const api = (
            window as unknown as { zijlijnBench: Record<string, (...x: unknown[]) => unknown> }
          ).zijlijnBench;
          return api[m]!(...a);
        },
        [method, args] as [string, unknown[]],
      ) as never,
    close: () => ext.close(),
  };
}
