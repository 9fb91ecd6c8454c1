// @vitest-environment happy-dom
import '../../lib/testing/dom-setup';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ZijlijnDB } from '../../lib/db/zijlijn-db';
import { __resetTouchForTests } from '../../lib/vault/session-key';
import { FAST_KDF, freshDb } from '../../lib/testing/vault';
import { createVaultServices, VaultContext, type VaultServices } from '../hooks/use-vault';
import { I18nProvider } from '../i18n/I18nProvider';
import { LockButton } from './LockButton';
import { VaultGate } from './VaultGate';

let db: ZijlijnDB;
let services: VaultServices;

beforeEach(() => {
  db = freshDb();
  services = createVaultServices(db, { kdf: FAST_KDF, clock: { retentionDays: () => 30 } });
});
afterEach(async () => {
  __resetTouchForTests();
  await db.delete();
});

function renderGate() {
  return render(
    <VaultContext.Provider value={services}>
      <I18nProvider lang="nl">
        <LockButton />
        <VaultGate>
          <p>Gesprekken</p>
        </VaultGate>
      </I18nProvider>
    </VaultContext.Provider>,
  );
}

async function lockedVault() {
  await services.lock.setUp('482913');
  await services.lock.lock();
}

describe('VaultGate', () => {
  it('asks for a new PIN twice on first run and then opens', async () => {
    const user = userEvent.setup();
    renderGate();

    expect(await screen.findByRole('heading', { name: 'Kies een pincode' })).toBeTruthy();
    await user.type(screen.getByLabelText('Pincode'), '482913');
    await user.type(screen.getByLabelText('Pincode herhalen'), '482913');
    await user.click(screen.getByRole('button', { name: 'Pincode instellen' }));

    expect(await screen.findByText('Gesprekken')).toBeTruthy();
  });

  it.each([
    ['two different PINs', '482913', '482914', 'De twee pincodes zijn niet gelijk.'],
    ['a PIN that is too short', '4829', '4829', /minstens 6 cijfers/],
  ])('refuses %s with a Dutch message', async (_, pin, repeat, message) => {
    const user = userEvent.setup();
    renderGate();

    await user.type(await screen.findByLabelText('Pincode'), pin);
    await user.type(screen.getByLabelText('Pincode herhalen'), repeat);
    await user.click(screen.getByRole('button', { name: 'Pincode instellen' }));

    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect(screen.queryByText('Gesprekken')).toBeNull();
  });

  it('unlocks with the right PIN after a wrong one', async () => {
    await lockedVault();
    const user = userEvent.setup();
    renderGate();

    await user.type(await screen.findByLabelText('Pincode'), '000000');
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Deze pincode klopt niet.');
    await user.type(screen.getByLabelText('Pincode'), '482913');
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));

    expect(await screen.findByText('Gesprekken')).toBeTruthy();
  });

  it('locks again with Vergrendelen', async () => {
    await services.lock.setUp('482913');
    const user = userEvent.setup();
    renderGate();

    await user.click(await screen.findByRole('button', { name: 'Vergrendelen' }));

    expect(await screen.findByRole('button', { name: 'Ontgrendelen' })).toBeTruthy();
    expect(screen.queryByText('Gesprekken')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Vergrendelen' })).toBeNull();
  });

  it('makes the user wait after five wrong PINs', async () => {
    await lockedVault();
    const user = userEvent.setup();
    renderGate();

    for (let i = 0; i < 5; i++) {
      await user.type(await screen.findByLabelText('Pincode'), '000000');
      await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
      await screen.findByRole('alert');
    }

    const status = await screen.findByRole('status');
    expect(status.textContent).toMatch(/Probeer het over \d+ seconden opnieuw/);
    expect(screen.getByRole('button', { name: 'Ontgrendelen' }).hasAttribute('disabled')).toBe(
      true,
    );
  });

  it('explains a forgotten PIN and wipes after a confirmation naming what is lost', async () => {
    await services.lock.setUp('482913');
    await services.conversations.create({ type: 'wmo', label: 'Mevr. De Boer' });
    await services.lock.lock();
    const user = userEvent.setup();
    renderGate();

    await user.click(await screen.findByRole('button', { name: 'Pincode vergeten?' }));
    expect(screen.getByText(/niet terug te halen/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Alles wissen' }));
    expect((await screen.findByText(/Dit wist 1 gesprek/)).textContent).toMatch(/0 oefensessie/);
    const confirm = screen.getByRole('button', { name: 'Alles definitief wissen' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    await user.click(screen.getByLabelText('Ik begrijp dat dit niet terug te halen is'));
    await user.click(confirm);

    expect(await screen.findByRole('button', { name: 'Pincode instellen' })).toBeTruthy();
    expect(await db.conversations.count()).toBe(0);
  });
});
