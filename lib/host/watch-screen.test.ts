// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { watchScreen, type Timers } from './watch-screen';

/** Timers under the test's control: nothing runs until `flush()`. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  const timers: Timers = {
    setTimeout: (fn) => (pending.set(next, fn), next++),
    clearTimeout: (id) => void pending.delete(id),
  };
  const flush = () => {
    const due = [...pending.values()];
    pending.clear();
    due.forEach((fn) => fn());
  };
  return { timers, flush, pending };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchScreen', () => {
  it('calls back once after a burst of DOM changes', async () => {
    const { timers, flush, pending } = manualTimers();
    const onQuiet = vi.fn();
    watchScreen(document.body, onQuiet, timers);

    for (let i = 0; i < 5; i++) document.body.append(document.createElement('div'));
    await settle();
    flush();

    expect(onQuiet).toHaveBeenCalledTimes(1);
    expect(pending.size).toBe(0);
  });

  it('stops observing when stopped', async () => {
    const { timers, flush } = manualTimers();
    const onQuiet = vi.fn();
    const stop = watchScreen(document.body, onQuiet, timers);

    stop();
    document.body.append(document.createElement('div'));
    await settle();
    flush();

    expect(onQuiet).not.toHaveBeenCalled();
  });
});
