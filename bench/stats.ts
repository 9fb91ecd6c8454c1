/**
 * The statistics the benchmark reports: medians (robust against the odd slow
 * run), nearest-rank percentiles, ratios and rounding. Pure.
 */

function sorted(samples: readonly number[]): number[] {
  const finite = samples.filter((x) => Number.isFinite(x));
  if (finite.length === 0) throw new Error('no samples');
  return [...finite].sort((a, b) => a - b);
}

/** The middle value; the mean of the two middle values for an even count. */
export function median(samples: readonly number[]): number {
  const s = sorted(samples);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0..100): the smallest sample ≥ p % of all samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (p < 0 || p > 100) throw new Error(`percentile out of range: ${p}`);
  const s = sorted(samples);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1]!;
}

/** Drops the first `count` samples (warm-up: JIT, disk cache, lazy compilation). */
export function afterWarmUp<T>(samples: readonly T[], count: number): T[] {
  return samples.slice(Math.min(count, samples.length));
}

export function ratio(value: number, floor: number): number {
  if (!(floor > 0)) throw new Error(`floor must be positive: ${floor}`);
  return value / floor;
}

/** Rounds to `digits` decimals, keeping integers integral. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
