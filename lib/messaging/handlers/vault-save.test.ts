import { describe, expect, it } from 'vitest';
import { createConversationsRepo } from '../../vault/conversations-repo';
import { freshDb, testKeyring } from '../../testing/vault';
import { createRouter } from '../router';
import { createAdapterHandlers } from './adapters';
import { createHostHandlers } from './host-status';
import { createVaultSaveHandlers } from './vault-save';

const ID = 'nljkgbkkobbpgjaaiagdgliaddhianif';
const PANEL = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const CONTENT = { id: ID, url: 'http://127.0.0.1:8765/zaak.html', tab: { id: 3 }, frameId: 0 };

async function setup() {
  const repo = createConversationsRepo(freshDb(), testKeyring());
  const conversation = await repo.create({ type: 'wmo', label: 'AB 23-11' });
  const route = createRouter(
    { ...createHostHandlers(), ...createAdapterHandlers(), ...createVaultSaveHandlers(repo) },
    ID,
  );
  return { repo, conversation, route };
}

describe('vault/save-changes', () => {
  it('stores what a closing panel handed over', async () => {
    const { repo, conversation, route } = await setup();

    const actual = await route(
      {
        type: 'vault/save-changes',
        data: {
          conversationId: conversation.id,
          changes: [
            { field: 'ratings', key: 'financien', value: 2 },
            {
              field: 'notes',
              key: 'financien',
              value: { own: 'Rekeningen stapelen zich op', strengths: '', wish: '' },
            },
          ],
        },
      },
      PANEL,
    );

    expect(actual).toEqual({ ok: true, data: { saved: 2 } });
    const stored = await repo.get(conversation.id);
    expect(stored?.ratings).toEqual({ financien: 2 });
    expect(stored?.notes.financien?.own).toBe('Rekeningen stapelen zich op');
  });

  it.each([
    ['a content script', CONTENT, [{ field: 'ratings', key: 'financien', value: 2 }]],
    ['an invalid rating', PANEL, [{ field: 'ratings', key: 'financien', value: 9 }]],
    ['an unknown field', PANEL, [{ field: 'geheim', value: 'x' }]],
    [
      'a BSN in a note',
      PANEL,
      [{ field: 'notes', key: 'wonen', value: { own: 'BSN 111222333', strengths: '', wish: '' } }],
    ],
  ])('refuses %s and changes nothing', async (_name, sender, changes) => {
    const { repo, conversation, route } = await setup();
    const before = await repo.get(conversation.id);

    const actual = await route(
      { type: 'vault/save-changes', data: { conversationId: conversation.id, changes } },
      sender,
    );

    expect(actual.ok).toBe(false);
    expect(await repo.get(conversation.id)).toEqual(before);
  });
});
