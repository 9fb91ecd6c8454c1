/**
 * Launches the system Chromium (playwright-core, executablePath) with the demo
 * build of Zijlijn in a fresh profile. Never downloads a browser.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findChromium, NO_CHROMIUM_MESSAGE } from '../../scripts/find-chromium';

export const EXTENSION_ID = 'nljkgbkkobbpgjaaiagdgliaddhianif';
export const DEMO_BUILD = path.resolve('.output/chrome-mv3-demo');

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  url(page: string): string;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

export async function launchExtension(
  options: { extensionPath?: string; headless?: boolean; userDataDir?: string } = {},
): Promise<LaunchedExtension> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  const extensionPath = options.extensionPath ?? DEMO_BUILD;
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'zijlijn-e2e-')));

  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;

  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    url: (page) => `chrome-extension://${extensionId}/${page.replace(/^\//, '')}`,
    close: async () => {
      await context.close();
      if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
