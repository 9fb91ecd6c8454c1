/**
 * `npm start`: builds the demo build, serves the demo registration system on
 * 127.0.0.1 and opens Chromium with Zijlijn loaded in a fresh profile.
 * Without a display (or with --headless) it saves a screenshot instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, DEMO_BUILD, launchExtension } from '../e2e/support/launch-extension';
import { findChromium, NO_CHROMIUM_MESSAGE } from './find-chromium';
import { captureSideBySide } from './side-by-side';
import { startStaticServer, type StaticServer } from './static-server';

const args = new Set(process.argv.slice(2));
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = args.has('--headless') || !hasDisplay;

async function main(): Promise<void> {
  const chromium = findChromium();
  if (!chromium) fail(NO_CHROMIUM_MESSAGE);

  console.log('Zijlijn: demo-build maken (building the demo build)…');
  const build = spawnSync(path.resolve('node_modules/.bin/wxt'), ['build', '--mode', 'demo'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) fail('De build is mislukt (build failed). Zie de melding hierboven.');

  const server = await serveDemo();
  const demoUrl = `${server.origin}/index.html`;
  console.log(`Demo-registratiesysteem (demo registration system): ${demoUrl}`);

  if (headless) {
    if (!hasDisplay && !args.has('--headless')) {
      console.log(
        'Geen beeldscherm gevonden (no display: DISPLAY is not set). Zijlijn maakt daarom een schermafdruk\n' +
          'in plaats van een venster (taking a screenshot instead of opening a window).',
      );
    }
    await screenshotMode(server, demoUrl);
    await server.close();
    return;
  }

  const profile = await mkdtemp(path.join(tmpdir(), 'zijlijn-start-'));
  console.log(
    'Chromium opent met Zijlijn. Open het zijpaneel met het Zijlijn-icoon in de werkbalk of Alt+Shift+Z.\n' +
      'Chromium opens with Zijlijn. Open the side panel from the toolbar icon or with Alt+Shift+Z.\n' +
      'Stoppen: sluit Chromium of druk Ctrl+C (stop: close Chromium or press Ctrl+C).',
  );
  const browser = spawn(
    chromium!,
    [
      ...CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu' && (a !== '--no-sandbox' || isRoot())),
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${DEMO_BUILD}`,
      `--load-extension=${DEMO_BUILD}`,
      demoUrl,
    ],
    { stdio: 'ignore' },
  );
  const stop = async () => {
    browser.kill();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  };
  process.on('SIGINT', () => void stop().then(() => process.exit(0)));
  browser.on('exit', () => void stop());
}

async function serveDemo(): Promise<StaticServer> {
  const port = Number(process.env.PORT ?? 0);
  try {
    return await startStaticServer({ '/': path.resolve('demo') }, port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      fail(
        `Poort ${port} is al in gebruik. Kies een andere met PORT=… of laat PORT weg voor een vrije poort.\n` +
          `Port ${port} is already in use. Pick another with PORT=… or leave PORT unset for a free port.`,
      );
    }
    throw error;
  }
}

async function screenshotMode(server: StaticServer, demoUrl: string): Promise<void> {
  const ext = await launchExtension();
  try {
    const host = await ext.context.newPage();
    await host.goto(demoUrl);
    const panel = await ext.context.newPage();
    await panel.goto(ext.url('sidepanel.html'));
    // The first screen a person sees: the PIN form (first run) or the lock screen.
    await panel
      .getByRole('button', { name: /^(Pincode instellen|Ontgrendelen)$/ })
      .first()
      .waitFor({ timeout: 15_000 });
    const out = path.resolve('.output/zijlijn-start.png');
    await captureSideBySide(ext.context, host, panel, out);
    console.log(`Schermafdruk (screenshot): ${out}`);
  } finally {
    await ext.close();
  }
  void server;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

void main();
