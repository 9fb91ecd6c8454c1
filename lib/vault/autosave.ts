/**
 * Coalescing autosave for one conversation: changes are merged per field key
 * and written within `delayMs` (well inside the 250 ms promise of issue 3),
 * one batch at a time so a later value never loses to an earlier write. The
 * page being hidden or closed flushes at once. Taps (see `isTapChange`) can
 * skip the delay: there is no typing burst to coalesce, and PRODUCT §5 wants
 * a tap persisted within 30 ms (p95, `npm run bench`).
 */
import type { ConversationChange } from '../conversation/model';
import { fieldKeyOf } from './conversation-fields';
import { toVaultError, type VaultError } from './errors';

export const AUTOSAVE_DELAY_MS = 100;

/** Fields changed by a tap, never by typing: nothing to coalesce, so write at once. */
const TAP_FIELDS = new Set<ConversationChange['field']>([
  'ratings',
  'signals',
  'prompts',
  'checklist',
  'prep',
  'phase',
  'startedAt',
  'profiles',
]);

export const isTapChange = (change: ConversationChange) => TAP_FIELDS.has(change.field);

export interface AutosaveOptions {
  delayMs?: number;
  /** Changes to write on the next tick instead of after `delayMs` (e.g. `isTapChange`). */
  immediate?: (change: ConversationChange) => boolean;
  onSaved?: (changes: ConversationChange[]) => void;
  onError?: (error: VaultError, changes: ConversationChange[]) => void;
  /**
   * Called synchronously on `pagehide` with everything not yet stored, so a
   * longer-lived context (the background) can finish the write after the page
   * is gone; the in-page write is still attempted too (same values, harmless).
   */
  handOff?: (changes: ConversationChange[]) => void;
  /** Where to listen for pagehide/visibilitychange; defaults to the page. */
  window?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  document?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
}

export interface Autosave {
  queue(change: ConversationChange): void;
  /** Writes everything queued now; resolves when it is stored (or failed). */
  flush(): Promise<void>;
  /** Field keys queued or being written. */
  pendingKeys(): Set<string>;
  dispose(): void;
}

/** Errors where trying again later can succeed; others drop the change. */
const RETRIABLE = new Set(['quota', 'unavailable', 'locked', 'unknown']);

export function createAutosave(
  save: (changes: ConversationChange[]) => Promise<unknown>,
  options: AutosaveOptions = {},
): Autosave {
  const { delayMs = AUTOSAVE_DELAY_MS, onSaved, onError } = options;
  const win = options.window ?? (typeof window === 'undefined' ? undefined : window);
  const doc = options.document ?? (typeof document === 'undefined' ? undefined : document);
  const queued = new Map<string, ConversationChange>();
  let writing: ConversationChange[] = [];
  let chain: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function writeBatch(): Promise<void> {
    if (queued.size === 0) return;
    writing = [...queued.values()];
    queued.clear();
    const batch = writing;
    try {
      await save(batch);
      onSaved?.(batch);
    } catch (raw) {
      const error = toVaultError(raw);
      if (RETRIABLE.has(error.code)) {
        for (const change of batch) {
          const key = fieldKeyOf(change);
          if (!queued.has(key)) queued.set(key, change);
        }
      }
      onError?.(error, batch);
    } finally {
      writing = [];
    }
  }

  function flush(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    chain = chain.then(writeBatch);
    return chain;
  }

  const onPageHide = () => {
    const unsaved = new Map<string, ConversationChange>();
    for (const change of writing) unsaved.set(fieldKeyOf(change), change);
    for (const [key, change] of queued) unsaved.set(key, change);
    if (unsaved.size > 0) options.handOff?.([...unsaved.values()]);
    void flush();
  };
  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') void flush();
  };
  win?.addEventListener('pagehide', onPageHide);
  doc?.addEventListener('visibilitychange', onVisibility);

  return {
    queue(change) {
      queued.set(fieldKeyOf(change), change);
      if (options.immediate?.(change)) {
        // Next tick, not now: changes made in the same event still form one batch.
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => void flush(), 0);
        return;
      }
      timer ??= setTimeout(() => void flush(), delayMs);
    },
    flush,
    pendingKeys: () => new Set([...queued.keys(), ...writing.map(fieldKeyOf)]),
    dispose() {
      win?.removeEventListener('pagehide', onPageHide);
      doc?.removeEventListener('visibilitychange', onVisibility);
      void flush();
    },
  };
}
