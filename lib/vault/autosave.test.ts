import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConversationChange } from '../conversation/model';
import { createAutosave, isTapChange } from './autosave';
import { VaultError } from './errors';

const rating = (key: string, value: number): ConversationChange => ({
  field: 'ratings',
  key,
  value,
});

class FakePage extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
}

let page: FakePage;
beforeEach(() => {
  vi.useFakeTimers();
  page = new FakePage();
});
afterEach(() => vi.useRealTimers());

function setup(
  save = vi.fn<(changes: ConversationChange[]) => Promise<void>>().mockResolvedValue(),
) {
  const onError = vi.fn();
  const autosave = createAutosave(save, { delayMs: 100, window: page, document: page, onError });
  return { save, autosave, onError };
}

describe('createAutosave', () => {
  it('writes once after the delay, keeping the last value per field', async () => {
    const { save, autosave } = setup();

    autosave.queue(rating('financien', 2));
    autosave.queue(rating('financien', 3));
    autosave.queue(rating('huisvesting', 4));
    await vi.advanceTimersByTimeAsync(99);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);

    expect(save).toHaveBeenCalledExactlyOnceWith([
      rating('financien', 3),
      rating('huisvesting', 4),
    ]);
  });

  it('with isTapChange writes a tap on the next tick, taking queued typing along', async () => {
    const save = vi.fn<(changes: ConversationChange[]) => Promise<void>>().mockResolvedValue();
    const autosave = createAutosave(save, { immediate: isTapChange, window: page, document: page });
    const note: ConversationChange = {
      field: 'notes',
      key: 'financien',
      value: { own: 'Schulden bij de zorgverzekeraar', strengths: '', wish: '' },
    };

    autosave.queue(note);
    autosave.queue(rating('financien', 2));
    await vi.advanceTimersByTimeAsync(0);

    expect(save).toHaveBeenCalledExactlyOnceWith([note, rating('financien', 2)]);
  });

  it('with isTapChange still coalesces typing over the delay', async () => {
    const save = vi.fn<(changes: ConversationChange[]) => Promise<void>>().mockResolvedValue();
    const autosave = createAutosave(save, { immediate: isTapChange, window: page, document: page });

    autosave.queue({ field: 'label', value: 'Mevr. P' });
    autosave.queue({ field: 'label', value: 'Mevr. Pietersen' });
    await vi.advanceTimersByTimeAsync(50);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(50);

    expect(save).toHaveBeenCalledExactlyOnceWith([{ field: 'label', value: 'Mevr. Pietersen' }]);
  });

  it.each([
    [
      'the page is hidden',
      () => {
        page.visibilityState = 'hidden';
        page.dispatchEvent(new Event('visibilitychange'));
      },
    ],
    ['the page is closed', () => page.dispatchEvent(new Event('pagehide'))],
  ])('flushes at once when %s', async (_, event) => {
    const { save, autosave } = setup();
    autosave.queue({ field: 'label', value: 'Mevr. Pietersen' });

    event();
    await vi.advanceTimersByTimeAsync(0);

    expect(save).toHaveBeenCalledExactlyOnceWith([{ field: 'label', value: 'Mevr. Pietersen' }]);
  });

  it('does not flush when the page becomes visible', async () => {
    const { save, autosave } = setup();
    autosave.queue({ field: 'label', value: 'x' });

    page.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);

    expect(save).not.toHaveBeenCalled();
  });

  it('writes batches one after another, never overlapping', async () => {
    let release: () => void = () => undefined;
    const save = vi
      .fn<(changes: ConversationChange[]) => Promise<void>>()
      .mockImplementationOnce(() => new Promise((resolve) => (release = resolve)))
      .mockResolvedValue();
    const { autosave } = setup(save);
    autosave.queue(rating('financien', 2));
    const first = autosave.flush();
    autosave.queue(rating('financien', 3));
    const second = autosave.flush();

    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    expect(autosave.pendingKeys()).toEqual(new Set(['ratings/financien']));
    release();
    await Promise.all([first, second]);

    expect(save).toHaveBeenLastCalledWith([rating('financien', 3)]);
    expect(autosave.pendingKeys().size).toBe(0);
  });

  it.each([
    ['quota', true],
    ['locked', true],
    ['bsn', false],
    ['invalid', false],
  ] as const)('after a %s error keeps the change for a retry: %s', async (code, kept) => {
    const save = vi
      .fn<(changes: ConversationChange[]) => Promise<void>>()
      .mockRejectedValue(new VaultError(code));
    const { autosave, onError } = setup(save);
    autosave.queue({ field: 'label', value: 'x' });

    await autosave.flush();

    expect(onError).toHaveBeenCalledOnce();
    expect(autosave.pendingKeys().has('label')).toBe(kept);
  });

  it('a newer value queued during a failed write wins over the retry', async () => {
    const save = vi
      .fn<(changes: ConversationChange[]) => Promise<void>>()
      .mockRejectedValueOnce(new VaultError('quota'))
      .mockResolvedValue();
    const { autosave } = setup(save);
    autosave.queue(rating('financien', 2));
    const first = autosave.flush();
    autosave.queue(rating('financien', 5));
    await first;

    await autosave.flush();

    expect(save).toHaveBeenLastCalledWith([rating('financien', 5)]);
  });
});
