/**
 * `npm run --silent taalcheck -- FILE` (or `-` for stdin): prints one JSON object
 * with the taalcheck of the text (PRODUCT §4, lib/taalcheck/README.md). Thin: I/O
 * here, everything else in lib/taalcheck. Never prints a BSN, only its offset.
 * Exit codes: 0 done, 2 wrong usage, unreadable input or an invalid jargon list.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { JargonEntrySchema } from '../lib/packs/pack-schema';
import { checkText } from '../lib/taalcheck/check-text';
import { createJargonMatcher } from '../lib/taalcheck/find-jargon';

const JARGON_FILE = new URL('../lib/packs/default/jargon.json', import.meta.url);
const USAGE = [
  'Gebruik: npm run --silent taalcheck -- BESTAND',
  '         npm run --silent taalcheck -- -      (tekst via stdin)',
  '',
  'Geeft één JSON-object: words, sentences, avgSentenceLength, readability,',
  'jargon, longSentences, passive en bsn (alleen de positie, nooit het nummer).',
].join('\n');

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    return fail(`Kan het bestand niet lezen: ${file}`);
  }
}

function loadJargon() {
  try {
    const entries = z.array(JargonEntrySchema).parse(JSON.parse(readFileSync(JARGON_FILE, 'utf8')));
    return createJargonMatcher(entries);
  } catch (error) {
    const reason = error instanceof z.ZodError ? z.prettifyError(error) : String(error);
    return fail(`De jargonlijst (lib/packs/default/jargon.json) is ongeldig:\n${reason}`);
  }
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
} else if (args.length !== 1) {
  fail(`Geef precies één bestand op, of - voor stdin.\n\n${USAGE}`);
} else {
  const text = readInput(args[0]!);
  const result = checkText(text, { jargon: loadJargon() });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
