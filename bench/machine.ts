/** The machine a run happened on, for the report and the README table. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { findChromium } from '../scripts/find-chromium';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string;
}

export function describeMachine(): Machine {
  const chromium = findChromium();
  let version = 'unknown';
  try {
    if (chromium)
      version = execFileSync(chromium, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
  } catch {
    // keep "unknown": the browser runs launch will fail loudly anyway
  }
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: version,
  };
}
