import { describe, expect, it } from 'vitest';
import { evaluate, type FigureSpec } from './budgets';
import { formatMarkdown, formatTable, formatValue } from './format-table';

const specs: FigureSpec[] = [
  { key: 'floorReadyMs', label: 'Floor', unit: 'ms' },
  {
    key: 'tapPersistP95Ms',
    label: 'Tap → persisted',
    unit: 'ms',
    budget: { op: '<=', limit: 30, source: 'PRODUCT §5' },
  },
  {
    key: 'analyserPerSec',
    label: 'Analyser',
    unit: '/s',
    budget: { op: '>=', limit: 20_000, source: 'PRODUCT §5' },
  },
  {
    key: 'panelReadyRatio',
    label: 'Ready ÷ floor',
    unit: '×',
    budget: { op: '<=', limit: 1.25, source: 'PRODUCT §5' },
  },
];

describe('formatValue', () => {
  it.each([
    [12.345, 'ms', '12.3 ms'],
    [1.234, '×', '1.23×'],
    [123456.7, '/s', '123,457 /s'],
    [0, '', '0'],
    [undefined, 'ms', '—'],
  ])('%d %s reads %s', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });
});

describe('formatTable', () => {
  it('shows value, budget and verdict per figure, aligned', () => {
    const rows = evaluate(
      { floorReadyMs: 80, tapPersistP95Ms: 41.2, analyserPerSec: 95_000 },
      specs,
    );

    const lines = formatTable(rows).split('\n');

    expect(lines[0]).toMatch(/^Figure\s+Value\s+Budget\s+Result$/);
    expect(lines[2]).toMatch(/^Floor\s+80 ms$/);
    expect(lines[3]).toMatch(/Tap → persisted\s+41\.2 ms\s+≤ 30 ms \(PRODUCT §5\)\s+FAIL$/);
    expect(lines[4]).toMatch(/Analyser\s+95,000 \/s\s+≥ 20,000 \/s \(PRODUCT §5\)\s+pass$/);
    expect(lines[5]).toMatch(/Ready ÷ floor\s+—\s+≤ 1\.25× \(PRODUCT §5\)\s+not measured$/);
  });
});

describe('formatMarkdown', () => {
  it('renders one table row per figure', () => {
    const rows = evaluate({ panelReadyRatio: 1.1 }, specs);

    const actual = formatMarkdown(rows).split('\n');

    expect(actual).toHaveLength(2 + specs.length);
    expect(actual.at(-1)).toBe('| Ready ÷ floor | 1.1× | ≤ 1.25× (PRODUCT §5) | pass |');
  });
});
