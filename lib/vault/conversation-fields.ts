/**
 * How a Conversation is split into sealed fields and put back together. Pure.
 * Field keys: a scalar field name (`label`), or `<map field>/<entry key>`
 * (`ratings/financien`). Entry keys never contain "." because Dexie updates
 * use `fields.<field key>` as a key path.
 */
import {
  ConversationSchema,
  MAP_FIELDS,
  SCALAR_FIELDS,
  type Conversation,
  type ConversationChange,
  type MapField,
  type ScalarField,
} from '../conversation/model';

export type FieldRef = { field: ScalarField } | { field: MapField; key: string };

/** The plaintext, non-personal part of a row. */
export type ConversationMeta = Pick<
  Conversation,
  'id' | 'type' | 'createdAt' | 'updatedAt' | 'expiresAt' | 'caseHash'
>;

const scalarSet = new Set<string>(SCALAR_FIELDS);
const mapSet = new Set<string>(MAP_FIELDS);

export function fieldKeyOf(change: ConversationChange): string {
  return 'key' in change ? `${change.field}/${change.key}` : change.field;
}

export function parseFieldKey(fieldKey: string): FieldRef | null {
  const slash = fieldKey.indexOf('/');
  if (slash < 0) return scalarSet.has(fieldKey) ? { field: fieldKey as ScalarField } : null;
  const field = fieldKey.slice(0, slash);
  const key = fieldKey.slice(slash + 1);
  if (!mapSet.has(field) || !isValidEntryKey(key)) return null;
  return { field: field as MapField, key };
}

export function isValidEntryKey(key: string): boolean {
  return key.length > 0 && key.length <= 200 && !key.includes('.');
}

/** Validates one field value against ConversationSchema; returns the parsed value. */
export function parseFieldValue(
  ref: FieldRef,
  value: unknown,
): { ok: true; value: unknown } | { ok: false; issue: string } {
  const schema = ConversationSchema.shape[ref.field];
  const input = 'key' in ref ? { [ref.key]: value } : value;
  const result = schema.safeParse(input);
  if (!result.success) return { ok: false, issue: result.error.issues[0]?.message ?? 'ongeldig' };
  const parsed: unknown =
    'key' in ref ? (result.data as Record<string, unknown>)[ref.key] : result.data;
  return { ok: true, value: parsed };
}

/** Every personal value of a conversation, keyed by field key. */
export function conversationToFields(conversation: Conversation): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const field of SCALAR_FIELDS) fields.set(field, conversation[field]);
  for (const field of MAP_FIELDS) {
    for (const [key, value] of Object.entries(conversation[field])) {
      fields.set(`${field}/${key}`, value);
    }
  }
  return fields;
}

/** Rebuilds a conversation; unknown or invalid field keys are reported, not thrown. */
export function fieldsToConversation(
  meta: ConversationMeta,
  values: Map<string, unknown>,
): { conversation: Conversation; invalid: string[] } {
  const draft: Record<string, unknown> = { ...meta, label: '' };
  for (const field of MAP_FIELDS) draft[field] = {};
  const invalid: string[] = [];
  for (const [fieldKey, raw] of values) {
    const ref = parseFieldKey(fieldKey);
    const parsed = ref && parseFieldValue(ref, raw);
    if (!ref || !parsed?.ok) {
      invalid.push(fieldKey);
      continue;
    }
    if ('key' in ref) (draft[ref.field] as Record<string, unknown>)[ref.key] = parsed.value;
    else draft[ref.field] = parsed.value;
  }
  return { conversation: ConversationSchema.parse(draft), invalid };
}
