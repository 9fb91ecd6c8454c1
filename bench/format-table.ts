/**
 * Renders the evaluated figures as a plain-text table for the terminal or as
 * Markdown for the README. Pure.
 */
import type { Row, Verdict } from './budgets';

const VERDICT: Record<Verdict, string> = {
  pass: 'pass',
  fail: 'FAIL',
  info: '',
  missing: 'not measured',
};

export function formatValue(value: number | undefined, unit: string): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  const digits = Math.abs(value) >= 1000 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const text = value.toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  });
  if (unit === '') return text;
  return unit === '×' ? `${text}×` : `${text} ${unit}`;
}

function budgetText(row: Row): string {
  const { budget } = row.spec;
  if (!budget) return '';
  const op = budget.op === '<=' ? '≤' : '≥';
  return `${op} ${formatValue(budget.limit, row.spec.unit)} (${budget.source})`;
}

function cells(row: Row): string[] {
  return [
    row.spec.label,
    formatValue(row.value, row.spec.unit),
    budgetText(row),
    VERDICT[row.verdict],
  ];
}

const HEADER = ['Figure', 'Value', 'Budget', 'Result'];

export function formatTable(rows: readonly Row[]): string {
  const table = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, i) => Math.max(...table.map((line) => line[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (i === 1 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [
    line(table[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...table.slice(1).map(line),
  ].join('\n');
}

export function formatMarkdown(rows: readonly Row[]): string {
  const escape = (v: string) => v.replaceAll('|', '\\|');
  return [
    `| ${HEADER.join(' | ')} |`,
    '|---|--:|---|---|',
    ...rows.map((row) => `| ${cells(row).map(escape).join(' | ')} |`),
  ].join('\n');
}
