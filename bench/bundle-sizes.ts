/**
 * contentScriptGzipKB and panelInitialGzipKB, measured on a store build
 * (`.output/chrome-mv3`): gzip (level 9) of the content script file, and of
 * the side panel's entry JS plus its static imports. CSS and lazy chunks are
 * listed but not counted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_SCRIPT_FILE } from '../lib/site-access/sync-content-script';
import { htmlEntryScripts, initialFiles } from './initial-files';

const gzipKB = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length / 1024;

export interface BundleSizes {
  contentScriptGzipKB: number;
  panelInitialGzipKB: number;
  panelInitialFiles: { file: string; gzipKB: number }[];
}

export function measureBundleSizes(buildDir: string): BundleSizes {
  const read = (file: string) => readFileSync(path.join(buildDir, file));
  const html = read('sidepanel.html').toString('utf8');
  const files = initialFiles(htmlEntryScripts(html), (f) => read(f).toString('utf8'));
  const panelInitialFiles = files.map((file) => ({ file, gzipKB: gzipKB(read(file)) }));
  return {
    contentScriptGzipKB: gzipKB(read(CONTENT_SCRIPT_FILE)),
    panelInitialGzipKB: panelInitialFiles.reduce((sum, f) => sum + f.gzipKB, 0),
    panelInitialFiles,
  };
}
