/**
 * One conversation, live across panels, with optimistic autosaved changes.
 * What you see = the live row, plus our saved changes the live query has not
 * caught up with yet, plus changes still queued. A stale live result never
 * overwrites a local edit; a newer edit from another panel does win.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  applyChange,
  type Conversation,
  type ConversationChange,
} from '../../lib/conversation/model';
import { createAutosave, isTapChange, type Autosave } from '../../lib/vault/autosave';
import { fieldKeyOf } from '../../lib/vault/conversation-fields';
import { toVaultError, type VaultError } from '../../lib/vault/errors';
import { send } from '../../lib/messaging/client';
import { useVault } from './use-vault';

interface Confirmed {
  change: ConversationChange;
  updatedAt: number;
}

export interface UseConversation {
  /** null while loading, when locked, or when it does not exist (see `missing`). */
  conversation: Conversation | null;
  change: (change: ConversationChange) => void;
  missing: boolean;
  /** Field keys that could not be opened. */
  damaged: string[];
  error: VaultError | null;
  flush: () => Promise<void>;
}

export function useConversation(id: string): UseConversation {
  const { conversations } = useVault();
  const live = useLiveQuery(
    () =>
      conversations.load(id).then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      ),
    [conversations, id],
  );
  const [pending, setPending] = useState(new Map<string, ConversationChange>());
  const [confirmed, setConfirmed] = useState(new Map<string, Confirmed>());
  const [error, setError] = useState<VaultError | null>(null);
  const autosave = useRef<Autosave | null>(null);

  useEffect(() => {
    const settle = (batch: ConversationChange[]) =>
      setPending((current) => {
        const next = new Map(current);
        for (const change of batch) {
          if (next.get(fieldKeyOf(change)) === change) next.delete(fieldKeyOf(change));
        }
        return next;
      });
    const instance = createAutosave(
      async (batch) => {
        const { updatedAt } = await conversations.save(id, batch);
        setConfirmed((current) => {
          const next = new Map(current);
          for (const change of batch) next.set(fieldKeyOf(change), { change, updatedAt });
          return next;
        });
      },
      {
        immediate: isTapChange,
        onSaved: (batch) => {
          setError(null);
          settle(batch);
        },
        // A refused change (e.g. a BSN) stays visible, unsaved, until it is edited.
        onError: (failure) => setError(failure),
        // The panel is closing: the background finishes what is not stored yet.
        handOff: (changes) =>
          void send('vault/save-changes', { conversationId: id, changes }).catch(() => undefined),
      },
    );
    autosave.current = instance;
    return () => {
      instance.dispose();
      autosave.current = null;
    };
  }, [conversations, id]);

  const change = useCallback((next: ConversationChange) => {
    setPending((current) => new Map(current).set(fieldKeyOf(next), next));
    autosave.current?.queue(next);
  }, []);

  const flush = useCallback(() => autosave.current?.flush() ?? Promise.resolve(), []);

  const loaded = live && 'value' in live ? live.value : null;
  const conversation = useMemo(() => {
    if (!loaded) return null;
    let view = loaded.conversation;
    for (const { change, updatedAt } of confirmed.values()) {
      // The live query has not caught up with this write yet.
      if (updatedAt > loaded.conversation.updatedAt) view = applyChange(view, change);
    }
    for (const change of pending.values()) view = applyChange(view, change);
    return view;
  }, [loaded, confirmed, pending]);

  return {
    conversation,
    change,
    missing: live !== undefined && 'value' in live && live.value === null,
    damaged: loaded?.damaged ?? [],
    error: error ?? (live && 'error' in live ? toVaultError(live.error) : null),
    flush,
  };
}
