// @vitest-environment happy-dom
import '../../lib/testing/dom-setup';
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ZijlijnDB } from '../../lib/db/zijlijn-db';
import { pack } from '../../lib/report/cases.nl';
import { FAST_KDF, freshDb } from '../../lib/testing/vault';
import { createVaultServices, VaultContext, type VaultServices } from '../hooks/use-vault';
import { I18nProvider } from '../i18n/I18nProvider';
import { PrintLetter } from './PrintLetter';

let db: ZijlijnDB;
let services: VaultServices;
let id: string;

beforeEach(async () => {
  db = freshDb();
  services = createVaultServices(db, { kdf: FAST_KDF, clock: { retentionDays: () => 30 } });
  await services.lock.setUp('482913');
  id = (await services.conversations.create({ type: 'wmo', label: 'MJ 16-6' })).id;
});
afterEach(() => db.delete());

function renderPrint(conversationId = id) {
  return render(
    <VaultContext.Provider value={services}>
      <I18nProvider lang="nl">
        <PrintLetter id={conversationId} pack={pack} />
      </I18nProvider>
    </VaultContext.Provider>,
  );
}

describe('PrintLetter', () => {
  it('prints the generated letter with its headings', async () => {
    await services.conversations.save(id, [
      { field: 'checklist', key: 'wmo-eigen-kracht', value: 'besproken' },
    ]);
    renderPrint();

    const letter = await screen.findByRole('article', { name: 'Brief voor de inwoner' });

    expect(within(letter).getByRole('heading', { level: 1 }).textContent).toBe(
      'Verslag van ons gesprek',
    );
    expect(within(letter).getByRole('heading', { name: 'Wat gebeurt er nu?' })).toBeTruthy();
    expect(within(letter).getByText('wat u zelf kunt')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Afdrukken of bewaren als pdf' })).toBeTruthy();
  });

  it('prints the consulent’s edit instead of the generated letter', async () => {
    await services.conversations.save(id, [
      { field: 'texts', key: 'letter', value: 'Brief\n\nBeste mevrouw Jansen,\nTot dinsdag.' },
    ]);
    renderPrint();

    const letter = await screen.findByRole('article', { name: 'Brief voor de inwoner' });

    expect(letter.textContent).toBe('BriefBeste mevrouw Jansen,Tot dinsdag.');
  });

  it('says so when the conversation no longer exists', async () => {
    renderPrint('bestaat-niet');

    expect((await screen.findByRole('alert')).textContent).toBe('Dit gesprek bestaat niet meer.');
  });
});
