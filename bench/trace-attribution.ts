/**
 * Attributes main-thread time in a Chrome trace to one script URL (the way
 * DevTools' Performance panel does): the top-level EvaluateScript,
 * FunctionCall and v8.compile events of that script, nested ones counted
 * once. Also maps trace time onto the page's performance timeline through a
 * user-timing mark, so PerformanceObserver long tasks can be matched. Pure.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number; // µs
  dur?: number; // µs
  tid: number;
  args?: { data?: { url?: string }; fileName?: string };
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile']);

/** [start, end] in ms on the trace clock, nested intervals merged away. */
export function scriptIntervals(events: readonly TraceEvent[], url: string): [number, number][] {
  const own = events
    .filter((e) => e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && e.args?.data?.url === url)
    .map((e) => [e.ts / 1000, (e.ts + (e.dur ?? 0)) / 1000] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of own) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

export const totalMs = (intervals: readonly [number, number][]) =>
  intervals.reduce((sum, [start, end]) => sum + (end - start), 0);

/** Trace-clock ms of a user-timing mark minus its performance.now() value. */
export function clockOffset(events: readonly TraceEvent[], mark: string, markTime: number): number {
  const event = events.find(
    (e) => e.name === mark && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n'),
  );
  if (!event) throw new Error(`mark ${mark} not in trace`);
  return event.ts / 1000 - markTime;
}

/** Long tasks (performance timeline) that contain any of the intervals (trace clock). */
export function longTasksTouching(
  longTasks: readonly { startTime: number; duration: number }[],
  intervals: readonly [number, number][],
  offset: number,
): number {
  return longTasks.filter(({ startTime, duration }) => {
    const start = startTime + offset;
    const end = start + duration;
    return intervals.some(([s, e]) => s < end && e > start);
  }).length;
}
