// @vitest-environment happy-dom
import '../../lib/testing/dom-setup';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ZijlijnDB } from '../../lib/db/zijlijn-db';
import { FAST_KDF, freshDb } from '../../lib/testing/vault';
import { useConversation } from './use-conversation';
import { createVaultServices, VaultContext, type VaultServices } from './use-vault';

let db: ZijlijnDB;
let services: VaultServices;
let id: string;

beforeEach(async () => {
  db = freshDb();
  services = createVaultServices(db, { kdf: FAST_KDF, clock: { retentionDays: () => 30 } });
  await services.lock.setUp('482913');
  id = (await services.conversations.create({ type: 'wmo', label: 'Mevr. Smit' })).id;
});
afterEach(() => db.delete());

/** Each call is one panel window with its own vault services over the same database. */
function openPanel() {
  const own = createVaultServices(db, { kdf: FAST_KDF, clock: { retentionDays: () => 30 } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <VaultContext.Provider value={own}>{children}</VaultContext.Provider>
  );
  return renderHook(() => useConversation(id), { wrapper });
}

describe('useConversation', () => {
  it('is null while loading, then the decrypted conversation', async () => {
    const panel = openPanel();

    expect(panel.result.current.conversation).toBeNull();
    await waitFor(() => expect(panel.result.current.conversation?.label).toBe('Mevr. Smit'));
  });

  it('shows a change at once and stores it', async () => {
    const panel = openPanel();
    await waitFor(() => expect(panel.result.current.conversation).not.toBeNull());

    act(() => panel.result.current.change({ field: 'ratings', key: 'financien', value: 2 }));

    expect(panel.result.current.conversation?.ratings).toEqual({ financien: 2 });
    await waitFor(async () =>
      expect((await services.conversations.get(id))?.ratings).toEqual({ financien: 2 }),
    );
  });

  it('keeps edits of two panels to different fields, and each sees the other', async () => {
    const left = openPanel();
    const right = openPanel();
    await waitFor(() => expect(left.result.current.conversation).not.toBeNull());
    await waitFor(() => expect(right.result.current.conversation).not.toBeNull());

    act(() => left.result.current.change({ field: 'label', value: 'Mevr. Smit, traplift' }));
    act(() => right.result.current.change({ field: 'signals', key: 'overweldigd', value: true }));

    const expected = { label: 'Mevr. Smit, traplift', signals: { overweldigd: true } };
    await waitFor(() => expect(left.result.current.conversation).toMatchObject(expected));
    await waitFor(() => expect(right.result.current.conversation).toMatchObject(expected));
    expect(await services.conversations.get(id)).toMatchObject(expected);
  });

  it('never lets an older stored value replace a quicker local edit', async () => {
    const panel = openPanel();
    await waitFor(() => expect(panel.result.current.conversation).not.toBeNull());
    const labels = ['M', 'Me', 'Mev', 'Mevr', 'Mevr.', 'Mevr. J', 'Mevr. Ja', 'Mevr. Jansen'];
    const seen: string[] = [];

    for (const label of labels) {
      act(() => panel.result.current.change({ field: 'label', value: label }));
      seen.push(panel.result.current.conversation!.label);
      await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
      seen.push(panel.result.current.conversation!.label);
    }
    await act(() => panel.result.current.flush());

    expect(seen).toEqual(labels.flatMap((label) => [label, label]));
    await waitFor(() => expect(panel.result.current.conversation?.label).toBe('Mevr. Jansen'));
    expect((await services.conversations.get(id))?.label).toBe('Mevr. Jansen');
  });

  it('reports a refused BSN and keeps the typed text on screen, unsaved', async () => {
    const panel = openPanel();
    await waitFor(() => expect(panel.result.current.conversation).not.toBeNull());

    act(() => panel.result.current.change({ field: 'label', value: 'BSN 123456782' }));
    await act(() => panel.result.current.flush());

    expect(panel.result.current.error?.code).toBe('bsn');
    expect(panel.result.current.conversation?.label).toBe('BSN 123456782');
    expect((await services.conversations.get(id))?.label).toBe('Mevr. Smit');
  });

  it('flushes a pending change when the panel closes', async () => {
    const panel = openPanel();
    await waitFor(() => expect(panel.result.current.conversation).not.toBeNull());

    act(() => panel.result.current.change({ field: 'phase', value: 'afspraken' }));
    window.dispatchEvent(new Event('pagehide'));
    panel.unmount();

    await waitFor(async () =>
      expect((await services.conversations.get(id))?.phase).toBe('afspraken'),
    );
  });
});
