/**
 * One stored practice session: opened once from the sealed store, changed in
 * memory and written back in order, one write at a time. A deferred change
 * (typing a reflection answer) waits for a quiet moment; `flush` and leaving
 * the screen write it at once, so nothing typed is lost.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PracticeSession } from '../../lib/practice/session-schema';
import { toVaultError } from '../../lib/vault/errors';
import { useVault } from '../hooks/use-vault';

const QUIET_MS = 600;

export interface UsePracticeSession {
  session: PracticeSession | null;
  status: 'loading' | 'ready' | 'missing';
  /** Dutch message of the last failed read or write; null when all is saved. */
  error: string | null;
  update: (next: PracticeSession, options?: { defer?: boolean }) => void;
  flush: () => Promise<void>;
}

export function usePracticeSession(id: string): UsePracticeSession {
  const { practice } = useVault();
  const [session, setSession] = useState<PracticeSession | null>(null);
  const [status, setStatus] = useState<UsePracticeSession['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const deferred = useRef<{ value: PracticeSession; timer: ReturnType<typeof setTimeout> } | null>(
    null,
  );

  useEffect(() => {
    let alive = true;
    practice.get(id).then(
      (record) => {
        if (!alive) return;
        setSession(record?.value ?? null);
        setStatus(record ? 'ready' : 'missing');
      },
      (e: unknown) => {
        if (!alive) return;
        setError(toVaultError(e).message);
        setStatus('missing');
      },
    );
    return () => {
      alive = false;
    };
  }, [practice, id]);

  const write = useCallback(
    (value: PracticeSession) => {
      chain.current = chain.current
        .then(() => practice.put(value.id, value))
        .then(
          () => setError(null),
          (e: unknown) => setError(toVaultError(e).message),
        );
      return chain.current;
    },
    [practice],
  );

  const flush = useCallback(() => {
    const pending = deferred.current;
    if (pending) {
      clearTimeout(pending.timer);
      deferred.current = null;
      void write(pending.value);
    }
    return chain.current;
  }, [write]);

  const update = useCallback(
    (next: PracticeSession, options: { defer?: boolean } = {}) => {
      setSession(next);
      if (deferred.current) clearTimeout(deferred.current.timer);
      if (options.defer) {
        const timer = setTimeout(() => void flush(), QUIET_MS);
        deferred.current = { value: next, timer };
      } else {
        deferred.current = null;
        void write(next);
      }
    },
    [flush, write],
  );

  // Leaving the screen writes what is still waiting.
  useEffect(() => () => void flush(), [flush]);

  return { session, status, error, update, flush };
}
