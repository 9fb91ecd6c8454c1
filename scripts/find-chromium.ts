/**
 * Finds the system Chromium: $CHROME_PATH, then chromium, chromium-browser,
 * google-chrome on PATH. Never downloads a browser.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const NO_CHROMIUM_MESSAGE = [
  'Geen Chromium gevonden. Installeer Chromium of Google Chrome (bijvoorbeeld: sudo apt-get install chromium),',
  'of zet CHROME_PATH naar het programma.',
  'No Chromium found. Install Chromium or Google Chrome (e.g. sudo apt-get install chromium), or set CHROME_PATH.',
].join('\n');

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : null;
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of CANDIDATES) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return null;
}
