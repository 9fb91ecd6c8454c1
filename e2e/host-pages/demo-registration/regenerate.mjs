/**
 * Regenerates the saved sample pages of the demo registration system: serves demo/ on
 * 127.0.0.1, lets headless Chromium run app.js, and saves the rendered DOM without scripts,
 * stylesheets or icons, so unit tests can load the pages into happy-dom without running code.
 *
 * Usage: node e2e/host-pages/demo-registration/regenerate.mjs  (output is formatted with Prettier)
 * Chromium: CHROME_PATH, else `chromium` on the PATH.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import * as prettier from 'prettier';

const here = fileURLToPath(new URL('.', import.meta.url));
const demoRoot = fileURLToPath(new URL('../../../demo/', import.meta.url));
const ZAAK = 'WMO-2026-00123';
const PAGES = [
  { file: 'clientoverzicht.html', path: 'index.html' },
  { file: 'melding.html', path: `melding.html?zaak=${ZAAK}` },
  { file: 'onderzoeksverslag.html', path: `onderzoeksverslag.html?zaak=${ZAAK}` },
  { file: 'scootmobiel.html', path: `scootmobiel.html?zaak=${ZAAK}` },
];
const TYPES = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
};

function serveDemo() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = join(demoRoot, path === '/' ? 'index.html' : path);
    try {
      if (!file.startsWith(demoRoot)) throw new Error('outside demo/');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function dumpDom(url) {
  const profile = await mkdtemp(join(tmpdir(), 'zijlijn-dump-'));
  try {
    const { stdout } = await promisify(execFile)(
      process.env.CHROME_PATH || 'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${profile}`,
        '--dump-dom',
        url,
      ],
      { maxBuffer: 10 * 1024 * 1024 },
    );
    return stdout;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

function clean(html, path) {
  const body = html
    .replace(/<!doctype html>/i, '')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    // Prettier would start long textarea content on a new line; happy-dom keeps that newline.
    .replace(/<textarea\b[^>]*>[^<]/gi, (match) => `<!-- prettier-ignore -->${match}`)
    .trim();
  return (
    '<!doctype html>\n' +
    `<!-- Rendered sample of demo/${path} after app.js ran; scripts and styles removed.\n` +
    '     Regenerate with: node e2e/host-pages/demo-registration/regenerate.mjs -->\n' +
    body +
    '\n'
  );
}

const server = await serveDemo();
const { port } = server.address();
try {
  for (const page of PAGES) {
    const html = await dumpDom(`http://127.0.0.1:${port}/${page.path}`);
    if (!html.includes('id="topbar"') || !html.includes('class="topbar__brand"')) {
      throw new Error(`app.js did not render ${page.path}`);
    }
    const target = join(here, page.file);
    const options = await prettier.resolveConfig(target);
    await writeFile(
      target,
      await prettier.format(clean(html, page.path), { ...options, filepath: target }),
    );
    process.stdout.write(`saved ${page.file}\n`);
  }
} finally {
  server.close();
}
