import { describe, expect, it } from 'vitest';
import {
  clockOffset,
  longTasksTouching,
  scriptIntervals,
  totalMs,
  type TraceEvent,
} from './trace-attribution';

const CS = 'chrome-extension://abc/content-scripts/host.js';
const x = (name: string, ts: number, dur: number, url = CS): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  tid: 1,
  args: { data: { url } },
});

describe('scriptIntervals and totalMs', () => {
  it.each([
    ['one evaluation', [x('EvaluateScript', 1000, 1500)], 1.5],
    [
      'compile nested in evaluation counts once',
      [x('EvaluateScript', 1000, 1500), x('v8.compile', 1100, 300)],
      1.5,
    ],
    [
      'a later callback adds up',
      [x('EvaluateScript', 1000, 1500), x('FunctionCall', 9000, 250)],
      1.75,
    ],
    ['other scripts are ignored', [x('EvaluateScript', 1000, 1500, 'http://host/app.js')], 0],
    ['other event names are ignored', [{ ...x('EvaluateScript', 1000, 1500), name: 'RunTask' }], 0],
  ])('%s', (_, events, expected) => {
    expect(totalMs(scriptIntervals(events, CS))).toBeCloseTo(expected, 6);
  });
});

describe('clockOffset', () => {
  it('aligns a user-timing mark with its performance.now() value', () => {
    const events: TraceEvent[] = [{ name: 'bench:start', ph: 'R', ts: 5_000_000, tid: 1 }];

    expect(clockOffset(events, 'bench:start', 12)).toBe(4988);
  });

  it('fails loudly without the mark', () => {
    expect(() => clockOffset([], 'bench:start', 0)).toThrow('not in trace');
  });
});

describe('longTasksTouching', () => {
  const intervals: [number, number][] = [[1100, 1104]]; // trace clock, ms

  it.each([
    ['a long task around the script', { startTime: 90, duration: 60 }, 1],
    ['a long task before the script', { startTime: 10, duration: 60 }, 0],
    ['a long task after the script', { startTime: 110, duration: 60 }, 0],
  ])('%s', (_, task, expected) => {
    expect(longTasksTouching([task], intervals, 1000)).toBe(expected);
  });
});
