// @vitest-environment happy-dom
import '../../lib/testing/dom-setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ZijlijnDB } from '../../lib/db/zijlijn-db';
import { analyseUtterance } from '../../lib/analyser/analyse-utterance';
import { defaultLayer } from '../../lib/packs/default-pack';
import { resolvePacks } from '../../lib/packs/merge-packs';
import { endSession, step } from '../../lib/practice/practice-engine';
import { newPracticeSession } from '../../lib/practice/session-schema';
import { __resetTouchForTests } from '../../lib/vault/session-key';
import { FAST_KDF, freshDb } from '../../lib/testing/vault';
import { createVaultServices, VaultContext, type VaultServices } from '../hooks/use-vault';
import { I18nProvider } from '../i18n/I18nProvider';
import { PracticeHome } from './PracticeHome';

const pack = resolvePacks([defaultLayer]).pack;
const kees = pack.scenarios.find((s) => s.id === 'scootmobiel-kees')!;

let db: ZijlijnDB;
let services: VaultServices;

beforeEach(async () => {
  db = freshDb();
  services = createVaultServices(db, { kdf: FAST_KDF, clock: { retentionDays: () => 30 } });
  await services.lock.setUp('482913');
});
afterEach(async () => {
  __resetTouchForTests();
  await db.delete();
});

function renderHome() {
  const open = vi.fn();
  render(
    <VaultContext.Provider value={services}>
      <I18nProvider lang="nl">
        <PracticeHome pack={pack} open={open} />
      </I18nProvider>
    </VaultContext.Provider>,
  );
  return { user: userEvent.setup(), open };
}

/** A finished session of Kees in which one open question found one fact. */
async function storeFinishedSession(id: string) {
  const session = newPracticeSession(kees, {
    id,
    seed: 3,
    mode: 'typed',
    now: Date.UTC(2025, 4, 12, 10),
  });
  const text = 'Waar wilt u met de scootmobiel naartoe?';
  const played = step(session.state, { text, analysis: analyseUtterance(text) }, kees).state;
  await services.practice.put(id, { ...session, state: endSession(played, kees).state });
}

describe('PracticeHome', () => {
  it('lists every scenario of the pack with its level and a start button', async () => {
    renderHome();

    expect(screen.getByRole('heading', { name: 'Oefenen', level: 1 })).toBeTruthy();
    for (const scenario of pack.scenarios) {
      expect(screen.getByRole('button', { name: `Starten: ${scenario.title}` })).toBeTruthy();
    }
    expect(screen.getAllByText(/Niveau: (beginner|gevorderd)/)).toHaveLength(pack.scenarios.length);
    expect(await screen.findByText(/Nog geen oefeningen/)).toBeTruthy();
  });

  it.each([
    ['Zelf typen', 'typed'],
    ['Kies uit opties', 'options'],
  ])('starts a session in mode "%s" and stores it before opening it', async (label, mode) => {
    const { user, open } = renderHome();

    await user.click(screen.getByRole('radio', { name: label }));
    await user.click(screen.getByRole('button', { name: `Starten: ${kees.title}` }));

    await waitFor(() => expect(open).toHaveBeenCalledTimes(1));
    const stored = (await services.practice.get(open.mock.calls[0]![0] as string))!.value;
    expect(stored.scenarioId).toBe('scootmobiel-kees');
    expect(stored.mode).toBe(mode);
    expect(stored.state.log).toEqual([]);
  });

  it('lists earlier sessions with the facts found and reopens one', async () => {
    await storeFinishedSession('eerder-1');
    const { user, open } = renderHome();

    const list = await screen.findByRole('region', { name: 'Eerdere oefeningen' });
    const item = await within(list).findByText(kees.title);
    await user.click(within(list).getByRole('button', { name: /^Openen: Meneer Visser/ }));

    expect(item.parentElement!.textContent).toContain('1 van 5 onderwerpen ontdekt');
    expect(item.parentElement!.textContent).toContain('12 mei 2025');
    expect(open).toHaveBeenCalledWith('eerder-1');
  });

  it('deletes a session only after confirming', async () => {
    await storeFinishedSession('eerder-2');
    const { user } = renderHome();
    const list = await screen.findByRole('region', { name: 'Eerdere oefeningen' });

    await user.click(await within(list).findByRole('button', { name: /^Verwijderen: Meneer/ }));
    await user.click(within(list).getByRole('button', { name: 'Annuleren' }));
    expect(await services.practice.get('eerder-2')).not.toBeNull();

    await user.click(within(list).getByRole('button', { name: /^Verwijderen: Meneer/ }));
    await user.click(within(list).getByRole('button', { name: 'Ja, verwijderen' }));

    await waitFor(async () => expect(await services.practice.get('eerder-2')).toBeNull());
    expect(await within(list).findByText(/Nog geen oefeningen/)).toBeTruthy();
  });
});
