/**
 * Links a local conversation to the host case on screen, by keyed hash only:
 * the case reference is hashed (HMAC with a vault key) and then forgotten.
 * Kept out of lib/host so the content-script bundle never sees the vault.
 */
import { useEffect, useState } from 'react';
import type { ConversationsRepo, ConversationSummary } from '../../lib/vault/conversations-repo';

type CaseRepo = Pick<ConversationsRepo, 'hashCaseRef' | 'findByCaseHash' | 'setCaseHash'>;

export async function linkCase(
  repo: CaseRepo,
  conversationId: string,
  caseRef: string,
): Promise<string> {
  const hash = await repo.hashCaseRef(caseRef);
  await repo.setCaseHash(conversationId, hash);
  return hash;
}

/** Newest first; empty for a blank reference. */
export async function findConversationsForCase(
  repo: CaseRepo,
  caseRef: string,
): Promise<ConversationSummary[]> {
  if (caseRef.trim() === '') return [];
  return repo.findByCaseHash(await repo.hashCaseRef(caseRef));
}

/** The conversations linked to the case on screen; null while loading or without a case. */
export function useCaseConversations(
  repo: CaseRepo | null,
  caseRef: string | null,
): ConversationSummary[] | null {
  const [found, setFound] = useState<{ ref: string; list: ConversationSummary[] } | null>(null);
  useEffect(() => {
    if (!repo || !caseRef) return;
    let alive = true;
    findConversationsForCase(repo, caseRef)
      .then((list) => alive && setFound({ ref: caseRef, list }))
      .catch(() => alive && setFound({ ref: caseRef, list: [] }));
    return () => {
      alive = false;
    };
  }, [repo, caseRef]);
  return found && found.ref === caseRef ? found.list : null;
}
