import { describe, expect, it } from 'vitest';
import { applyChange, ConversationSchema, type Conversation } from './model';

const base: Conversation = ConversationSchema.parse({
  id: 'c1',
  type: 'wmo',
  label: 'JB 12-11',
  createdAt: 1,
  updatedAt: 1,
  expiresAt: 2,
});

describe('applyChange', () => {
  it('sets a scalar field', () => {
    const actual = applyChange(base, { field: 'phase', value: 'verkennen' });

    expect(actual.phase).toBe('verkennen');
    expect(base.phase).toBe('voorbereiden');
  });

  it('sets and removes one map entry without touching the others', () => {
    const rated = applyChange(applyChange(base, { field: 'ratings', key: 'financien', value: 2 }), {
      field: 'ratings',
      key: 'wonen',
      value: 4,
    });

    const actual = applyChange(rated, { field: 'ratings', key: 'financien', value: undefined });

    expect(actual.ratings).toEqual({ wonen: 4 });
  });
});

describe('ConversationSchema', () => {
  it('fills defaults for a fresh conversation', () => {
    expect(base).toMatchObject({
      phase: 'voorbereiden',
      profiles: [],
      checklist: {},
      caseHash: null,
    });
  });

  it('rejects a rating outside 1–5', () => {
    const actual = ConversationSchema.safeParse({ ...base, ratings: { wonen: 7 } });

    expect(actual.success).toBe(false);
  });
});
