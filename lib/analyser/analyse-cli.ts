/**
 * The pure part of the `analyse` CLI (PRODUCT §4): argument parsing with Dutch errors,
 * splitting a transcript into utterances and rendering JSON lines or the Markdown
 * report. cli/analyse.ts only does the file and stdin I/O.
 */
import { formatReport } from './format-report';
import type { UtteranceAnalysis } from './types';

export type OutputFormat = 'json' | 'md';

export interface AnalyseArgs {
  /** A path, or "-" for stdin. */
  file: string;
  format: OutputFormat;
}

export type ParsedArgs =
  { kind: 'run'; args: AnalyseArgs } | { kind: 'help' } | { kind: 'error'; message: string };

export const USAGE = [
  'Gebruik: npm run --silent analyse -- BESTAND [--format json|md]',
  '',
  'Analyseert elke niet-lege regel als één uiting van de gespreksvoerder.',
  'BESTAND is een tekstbestand, of - om van stdin te lezen.',
  '  --format json  één JSON-object per regel (standaard)',
  '  --format md    een leesbaar verslag voor de praktijkbegeleider',
].join('\n');

const FORMATS: readonly string[] = ['json', 'md'];

export function parseAnalyseArgs(argv: readonly string[]): ParsedArgs {
  let file: string | undefined;
  let format: OutputFormat = 'json';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      if (value === undefined || !FORMATS.includes(value)) {
        return {
          kind: 'error',
          message: `Onbekend formaat: ${value ?? '(leeg)'}. Kies json of md.`,
        };
      }
      format = value as OutputFormat;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { kind: 'error', message: `Onbekende optie: ${arg}` };
    } else if (file === undefined) {
      file = arg;
    } else {
      return { kind: 'error', message: `Geef één bestand op, niet ook ${arg}.` };
    }
  }
  if (file === undefined) {
    return { kind: 'error', message: 'Geef een bestand op, of - om van stdin te lezen.' };
  }
  return { kind: 'run', args: { file, format } };
}

/** One utterance per non-empty line, trimmed, in input order. */
export function utterancesOf(input: string): string[] {
  return input
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function renderAnalyses(
  analyses: readonly UtteranceAnalysis[],
  format: OutputFormat,
): string {
  if (format === 'md') return formatReport(analyses);
  return analyses.map((analysis) => JSON.stringify(analysis) + '\n').join('');
}
