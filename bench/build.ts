/**
 * Builds what the benchmark measures: the store build (`.output/chrome-mv3`,
 * for sizes: what ships) and the bench build (`.output/chrome-mv3-bench`: the
 * demo-like build plus the bench pages, for everything in Chromium). Build
 * output goes to stderr so `--json` keeps stdout clean.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const STORE_BUILD = path.resolve('.output/chrome-mv3');
export const BENCH_BUILD = path.resolve('.output/chrome-mv3-bench');

function wxtBuild(args: string[]): void {
  const wxt = path.resolve('node_modules/.bin/wxt');
  // WXT sets NODE_ENV to the mode name when unset, and any mode but "production" gets
  // React's development build. Measure what the store ships: production React.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(wxt, ['build', ...args], { stdio: ['ignore', 2, 2], env });
  if (result.status !== 0) throw new Error(`wxt build ${args.join(' ')} failed (${result.status})`);
}

export function buildAll(): void {
  wxtBuild([]);
  wxtBuild(['--mode', 'bench']);
}
