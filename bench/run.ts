/**
 * `npm run bench [-- --json] [-- --no-build]`: measures Zijlijn against the
 * budgets of PRODUCT.md §5 (method: docs/PERFORMANCE.md). Builds the store and
 * bench builds, runs the Node figures, then one headless Chromium session.
 * Progress goes to stderr; stdout gets the table or one JSON object. Exit code
 * 1 when a budget fails.
 */
import { parseArgs } from 'node:util';
import { allPass, evaluate, FIGURES, type Figures } from './budgets';
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
    /** Comma-separated subset while profiling, e.g. `--only panel,tap`. */
    only: { type: 'string' },
  },
});

const selected = flags.only?.split(',').map((s) => s.trim());
const wanted = (name: string) => !selected || selected.includes(name);
const skip = {};

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function step<T extends object>(name: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  log(`${name}…`);
  const result = await work();
  log(`${name}: ${Math.round((performance.now() - start) / 1000)} s`);
  return result;
}

/** Keeps the numeric figures the budgets know; drops ids and sample lists. */
function pickFigures(values: Record<string, unknown>): Figures {
  return Object.fromEntries(
    FIGURES.filter((f) => typeof values[f.key] === 'number').map((f) => [
      f.key,
      values[f.key] as number,
    ]),
  );
}

async function measureInBrowser(): Promise<{ figures: Figures; details: object }> {
  const session = await openBenchSession();
  const requests = watchExtensionRequests(session.ext.context, session.ext.extensionId);
  try {
    await session.vault('setUp', BENCH_PIN);
    const unlock = wanted('unlock') ? await step('unlock', () => measureUnlock(session)) : skip;
    const panel = wanted('panel')
      ? await step('panel ready (2 × 20 cold loads)', () => measurePanelReady(session))
      : skip;
    const tap = wanted('tap')
      ? await step('tap → persisted (200 taps)', () => measureTapPersist(session))
      : skip;
    const host = wanted('host')
      ? await step('content script on 10,000 elements', () => measureHostStart(session))
      : skip;
    if (wanted('network')) {
      await step('scripted conversation', async () => ({
        done: await runScriptedConversation(session),
      }));
    }
    const stored = wanted('vault5000')
      ? await step('5,000 conversations', () => measureWith5000(session))
      : skip;
    const network = wanted('network')
      ? { extensionNetworkRequests: requests.foreign().length }
      : {};
    return {
      figures: pickFigures({ ...unlock, ...panel, ...tap, ...host, ...stored, ...network }),
      details: { panel, host, tap, foreignRequests: requests.foreign() },
    };
  } finally {
    requests.stop();
    await session.close();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  if (!flags['no-build']) await step('build (store + bench)', () => ({ done: buildAll() }));
  const sizes = wanted('sizes')
    ? await step('bundle sizes', () => measureBundleSizes(STORE_BUILD))
    : skip;
  const analyser = wanted('analyser') ? await step('analyser', () => measureAnalyser()) : skip;
  const taalcheck = wanted('taalcheck') ? await step('taalcheck', () => measureTaalcheck()) : skip;
  const browserSteps = ['unlock', 'panel', 'tap', 'host', 'network', 'vault5000'];
  const browser = browserSteps.some(wanted)
    ? await measureInBrowser()
    : { figures: {}, details: {} };

  const figures: Figures = Object.fromEntries(
    Object.entries({
      ...browser.figures,
      ...pickFigures({ ...sizes, ...analyser, ...taalcheck }),
    }).map(([key, value]) => [key, key === 'analyserPerSec' ? Math.round(value) : round(value, 2)]),
  );
  const rows = evaluate(figures, selected ? FIGURES.filter((f) => f.key in figures) : FIGURES);
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
    const details = {
      ...browser.details,
      ...('panelInitialFiles' in sizes ? { panelInitialFiles: sizes.panelInitialFiles } : {}),
    };
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
