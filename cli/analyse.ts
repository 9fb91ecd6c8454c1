/**
 * `npm run --silent analyse -- FILE [--format md]`: annotates a transcript, one
 * utterance per line (PRODUCT §4). Thin: I/O here, everything else in lib/analyser.
 * Exit codes: 0 done, 1 the bundled jargon list is invalid, 2 wrong usage or no input.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { analyseUtterance } from '../lib/analyser/analyse-utterance';
import { USAGE, parseAnalyseArgs, renderAnalyses, utterancesOf } from '../lib/analyser/analyse-cli';
import { JargonEntrySchema } from '../lib/packs/pack-schema';
import { createJargonMatcher } from '../lib/taalcheck/find-jargon';

const JARGON_FILE = new URL('../lib/packs/default/jargon.json', import.meta.url);

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    return fail(`Kan het bestand niet lezen: ${file}`, 2);
  }
}

function loadJargon() {
  try {
    const entries = z.array(JargonEntrySchema).parse(JSON.parse(readFileSync(JARGON_FILE, 'utf8')));
    return createJargonMatcher(entries);
  } catch (error) {
    return fail(`De jargonlijst (lib/packs/default/jargon.json) is ongeldig: ${String(error)}`, 1);
  }
}

const parsed = parseAnalyseArgs(process.argv.slice(2));
if (parsed.kind === 'help') {
  process.stdout.write(`${USAGE}\n`);
} else if (parsed.kind === 'error') {
  fail(`${parsed.message}\n\n${USAGE}`, 2);
} else {
  const input = readInput(parsed.args.file);
  const jargon = loadJargon();
  const analyses = utterancesOf(input).map((text) => analyseUtterance(text, { jargon }));
  process.stdout.write(renderAnalyses(analyses, parsed.args.format));
}
