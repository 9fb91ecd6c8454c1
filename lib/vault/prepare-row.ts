/**
 * Turns a plaintext Conversation into the row that is stored: metadata in
 * plaintext, every field sealed and bound to `conversation/<id>/<field key>`.
 * Sealing happens before any Dexie transaction (Web Crypto would end it).
 */
import { sealJson, type SealedBox } from '../crypto/sealed-box';
import type { Conversation } from '../conversation/model';
import type { ConversationRow } from '../db/rows';
import { assertNoBsn } from './bsn-guard';
import { conversationToFields } from './conversation-fields';
import { expiryFor, type RepoClock } from './repo-clock';

export const conversationAad = (id: string, fieldKey: string) => `conversation/${id}/${fieldKey}`;

export async function prepareConversationRow(
  key: CryptoKey,
  conversation: Conversation,
  clock: RepoClock,
): Promise<ConversationRow> {
  const fields: Record<string, SealedBox> = {};
  for (const [fieldKey, value] of conversationToFields(conversation)) {
    assertNoBsn(value);
    fields[fieldKey] = await sealJson(key, value, conversationAad(conversation.id, fieldKey));
  }
  const { id, type, createdAt, updatedAt, caseHash } = conversation;
  const expiresAt = await expiryFor(updatedAt, clock);
  return { id, type, createdAt, updatedAt, expiresAt, caseHash, fields };
}
