/**
 * The figures `npm run bench` reports and the budget each must meet:
 * PRODUCT.md §5 where it sets one, otherwise our own (marked "bench").
 * Figures without a budget are context for a ratio. Pure.
 */

export type FigureKey =
  | 'panelReadyMs'
  | 'floorReadyMs'
  | 'panelReadyRatio'
  | 'panelLockedReadyMs'
  | 'panelLockedReadyRatio'
  | 'tapPersistP95Ms'
  | 'hostStartMs'
  | 'hostLongTasks'
  | 'hostLoadRatio'
  | 'contentScriptGzipKB'
  | 'panelInitialGzipKB'
  | 'list5000Ms'
  | 'open5000Ms'
  | 'unlockMs'
  | 'analyserPerSec'
  | 'taalcheckMs'
  | 'extensionNetworkRequests';

export type Figures = Partial<Record<FigureKey, number>>;

export interface FigureSpec {
  key: FigureKey;
  label: string;
  unit: string;
  budget?: { op: '<=' | '>='; limit: number; source: 'PRODUCT §5' | 'bench' };
}

const product = (op: '<=' | '>=', limit: number) => ({ op, limit, source: 'PRODUCT §5' as const });
const own = (op: '<=' | '>=', limit: number) => ({ op, limit, source: 'bench' as const });

export const FIGURES: readonly FigureSpec[] = [
  {
    key: 'panelReadyMs',
    label: 'Side panel ready (home, unlocked), median of 20 cold loads',
    unit: 'ms',
  },
  { key: 'floorReadyMs', label: 'Floor: empty React 19 page, same build, same run', unit: 'ms' },
  {
    key: 'panelReadyRatio',
    label: 'Side panel ready ÷ floor',
    unit: '×',
    budget: product('<=', 1.25),
  },
  {
    key: 'panelLockedReadyMs',
    label: 'Side panel ready (lock screen), median of 20 cold loads',
    unit: 'ms',
  },
  {
    key: 'panelLockedReadyRatio',
    label: 'Lock screen ready ÷ floor',
    unit: '×',
    budget: product('<=', 1.25),
  },
  {
    key: 'tapPersistP95Ms',
    label: 'Leefgebied tap → persisted encrypted, p95 of 200',
    unit: 'ms',
    budget: product('<=', 30),
  },
  {
    key: 'hostStartMs',
    label: 'Content script main-thread time at start, 10,000 elements',
    unit: 'ms',
    budget: product('<=', 2),
  },
  {
    key: 'hostLongTasks',
    label: 'Long tasks during content script start',
    unit: '',
    budget: product('<=', 0),
  },
  {
    key: 'hostLoadRatio',
    label: 'Host page load with ÷ without extension',
    unit: '×',
    budget: own('<=', 1.1),
  },
  {
    key: 'contentScriptGzipKB',
    label: 'Content script, gzip',
    unit: 'KB',
    budget: product('<=', 15),
  },
  {
    key: 'panelInitialGzipKB',
    label: 'Side panel initial JS (entry + static imports), gzip',
    unit: 'KB',
    budget: product('<=', 200),
  },
  {
    key: 'list5000Ms',
    label: 'Home list with 5,000 stored conversations',
    unit: 'ms',
    budget: product('<=', 100),
  },
  {
    key: 'open5000Ms',
    label: 'Open one conversation with 5,000 stored',
    unit: 'ms',
    budget: product('<=', 30),
  },
  {
    key: 'unlockMs',
    label: 'PIN → unlocked (PBKDF2 600,000)',
    unit: 'ms',
    budget: own('<=', 1000),
  },
  {
    key: 'analyserPerSec',
    label: 'Question analyser (Node, default-pack jargon)',
    unit: '/s',
    budget: product('>=', 20_000),
  },
  {
    key: 'taalcheckMs',
    label: 'Taalcheck of a two-page letter (Node)',
    unit: 'ms',
    budget: own('<=', 100),
  },
  {
    key: 'extensionNetworkRequests',
    label: 'Network requests from extension pages, full conversation',
    unit: '',
    budget: product('<=', 0),
  },
];

export type Verdict = 'pass' | 'fail' | 'info' | 'missing';

export interface Row {
  spec: FigureSpec;
  value: number | undefined;
  verdict: Verdict;
}

export function verdictOf(spec: FigureSpec, value: number | undefined): Verdict {
  if (value === undefined || !Number.isFinite(value)) return spec.budget ? 'missing' : 'info';
  if (!spec.budget) return 'info';
  const { op, limit } = spec.budget;
  return (op === '<=' ? value <= limit : value >= limit) ? 'pass' : 'fail';
}

export function evaluate(figures: Figures, specs: readonly FigureSpec[] = FIGURES): Row[] {
  return specs.map((spec) => ({
    spec,
    value: figures[spec.key],
    verdict: verdictOf(spec, figures[spec.key]),
  }));
}

/** True when no budgeted figure failed or went unmeasured. */
export function allPass(rows: readonly Row[]): boolean {
  return rows.every((row) => row.verdict === 'pass' || row.verdict === 'info');
}
