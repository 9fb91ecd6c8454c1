/**
 * Finishes a closing panel's autosave in the background: the panel hands over
 * what it had not written yet on `pagehide`, and this seals and stores it with
 * the session-held key. The repo validates every field key and value and
 * refuses a BSN, exactly as for an in-page save.
 */
import type { ConversationChange } from '../../conversation/model';
import { getDb } from '../../db/db';
import { createConversationsRepo, type ConversationsRepo } from '../../vault/conversations-repo';
import { createSessionKeyring } from '../../vault/keyring';
import type { Handlers } from '../router';

export function createVaultSaveHandlers(repo?: ConversationsRepo) {
  let conversations = repo;
  const save: Handlers['vault/save-changes'] = async ({ conversationId, changes }) => {
    conversations ??= createConversationsRepo(getDb(), createSessionKeyring());
    await conversations.save(conversationId, changes as ConversationChange[]);
    return { saved: changes.length };
  };
  return { 'vault/save-changes': save };
}
