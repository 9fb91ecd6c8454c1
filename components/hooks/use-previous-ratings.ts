import { useEffect, useState } from 'react';
import type { Conversation, Rating } from '../../lib/conversation/model';
import type { ConversationsRepo, ConversationSummary } from '../../lib/vault/conversations-repo';

/**
 * The leefgebieden ratings of the previous conversation with the same inwoner:
 * the same host case (keyed hash) or, without a case link, the same label.
 */
export function pickPrevious(
  current: Conversation,
  candidates: ConversationSummary[],
): ConversationSummary | null {
  return (
    candidates
      .filter((c) => c.id !== current.id && c.createdAt < current.createdAt)
      .sort((a, b) => b.createdAt - a.createdAt)[0] ?? null
  );
}

export function usePreviousRatings(
  repo: ConversationsRepo,
  conversation: Conversation | null,
): Record<string, Rating> | undefined {
  const [ratings, setRatings] = useState<Record<string, Rating> | undefined>(undefined);
  const id = conversation?.id;
  const caseHash = conversation?.caseHash ?? null;
  const label = conversation?.label.trim().toLowerCase() ?? '';

  useEffect(() => {
    if (!conversation) return;
    let alive = true;
    void (async () => {
      const candidates = caseHash
        ? await repo.findByCaseHash(caseHash)
        : (await repo.list({ limit: 200 })).filter(
            (c) => label !== '' && c.label.trim().toLowerCase() === label,
          );
      const previous = pickPrevious(conversation, candidates);
      const loaded = previous ? await repo.get(previous.id) : null;
      if (alive)
        setRatings(loaded && Object.keys(loaded.ratings).length > 0 ? loaded.ratings : undefined);
    })().catch(() => undefined);
    return () => {
      alive = false;
    };
    // Only a change of identity, case or label means another previous conversation.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [repo, id, caseHash, label]);

  return ratings;
}
