/**
 * `npm run bench [-- --json] [-- --no-build]`: measures Zijlijn against the
 * budgets of PRODUCT.md §5 (method: docs/PERFORMANCE.md). Builds the store and
 * bench builds, runs the Node figures, then one headless Chromium session.
 * Progress goes to stderr; stdout gets the table or one JSON object. Exit code
 * 1 when a budget fails.
 */
import { parseArgs } from 'node:util';
import { allPass, evaluate, type Figures } from './budgets';
import { measureBundleSizes } from './bundle-sizes';
import { buildAll, STORE_BUILD } from './build';
import { formatMarkdown, formatTable } from './format-table';
import { describeMachine } from './machine';
import { measureAnalyser } from './node/analyser-throughput';
import { measureTaalcheck } from './node/taalcheck-letter';
import { measureHostStart } from './browser/host-start';
import { watchExtensionRequests } from './browser/network-watch';
import { measurePanelReady } from './browser/panel-ready';
import { runScriptedConversation } from './browser/scripted-conversation';
import { BENCH_PIN, openBenchSession } from './browser/session';
import { measureTapPersist } from './browser/tap-persist';
import { measureUnlock, measureWith5000 } from './browser/vault-figures';
import { round } from './stats';

const { values: flags } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function step<T extends object>(name: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  log(`${name}…`);
  const result = await work();
  log(`${name}: ${Math.round((performance.now() - start) / 1000)} s`);
  return result;
}

async function measureInBrowser(): Promise<{ figures: Figures; details: object }> {
  const session = await openBenchSession();
  const requests = watchExtensionRequests(session.ext.context, session.ext.extensionId);
  try {
    await session.vault('setUp', BENCH_PIN);
    const unlock = await step('unlock', () => measureUnlock(session));
    const panel = await step('panel ready (2 × 20 cold loads)', () => measurePanelReady(session));
    const tap = await step('tap → persisted (200 taps)', () => measureTapPersist(session));
    const host = await step('content script on 10,000 elements', () => measureHostStart(session));
    await step('scripted conversation', async () => ({
      done: await runScriptedConversation(session),
    }));
    const stored = await step('5,000 conversations', () => measureWith5000(session));
    const { samples, ...hostFigures } = host;
    return {
      figures: {
        ...unlock,
        panelReadyMs: panel.panelReadyMs,
        floorReadyMs: panel.floorReadyMs,
        panelReadyRatio: panel.panelReadyRatio,
        panelLockedReadyMs: panel.panelLockedReadyMs,
        panelLockedReadyRatio: panel.panelLockedReadyRatio,
        tapPersistP95Ms: tap.tapPersistP95Ms,
        ...hostFigures,
        list5000Ms: stored.list5000Ms,
        open5000Ms: stored.open5000Ms,
        extensionNetworkRequests: requests.foreign().length,
      },
      details: {
        floorElementMs: panel.floorElementMs,
        host: samples,
        foreignRequests: requests.foreign(),
      },
    };
  } finally {
    requests.stop();
    await session.close();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  if (!flags['no-build']) await step('build (store + bench)', () => ({ done: buildAll() }));
  const sizes = await step('bundle sizes', () => measureBundleSizes(STORE_BUILD));
  const analyser = await step('analyser', () => measureAnalyser());
  const taalcheck = await step('taalcheck', () => measureTaalcheck());
  const browser = await measureInBrowser();

  const figures: Figures = Object.fromEntries(
    Object.entries({
      ...browser.figures,
      contentScriptGzipKB: sizes.contentScriptGzipKB,
      panelInitialGzipKB: sizes.panelInitialGzipKB,
      analyserPerSec: Math.round(analyser.analyserPerSec),
      taalcheckMs: taalcheck.taalcheckMs,
    }).map(([key, value]) => [key, round(value, 2)]),
  );
  const rows = evaluate(figures);
  const pass = allPass(rows);
  const machine = describeMachine();
  const seconds = Math.round((performance.now() - started) / 1000);

  if (flags.json) {
    const budgets = rows.map((r) => ({
      figure: r.spec.key,
      value: r.value,
      budget: r.spec.budget ?? null,
      verdict: r.verdict,
    }));
    const details = { ...browser.details, panelInitialFiles: sizes.panelInitialFiles };
    process.stdout.write(
      `${JSON.stringify({ ...figures, pass, budgets, machine, seconds, details })}\n`,
    );
  } else {
    const table = flags.markdown ? formatMarkdown(rows) : formatTable(rows);
    const on = `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}, ${machine.chromium}`;
    process.stdout.write(
      `${table}\n\n${pass ? 'All budgets met.' : 'Some budgets are not met.'} ${seconds} s on ${on}\n`,
    );
  }
  process.exitCode = pass ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 2;
});
