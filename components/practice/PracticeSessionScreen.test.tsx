// @vitest-environment happy-dom
import '../../lib/testing/dom-setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ZijlijnDB } from '../../lib/db/zijlijn-db';
import { defaultLayer } from '../../lib/packs/default-pack';
import { resolvePacks } from '../../lib/packs/merge-packs';
import { endSession } from '../../lib/practice/practice-engine';
import {
  newPracticeSession,
  type PracticeMode,
  type PracticeSession,
} from '../../lib/practice/session-schema';
import { createJargonMatcher } from '../../lib/taalcheck/find-jargon';
import { __resetTouchForTests } from '../../lib/vault/session-key';
import { FAST_KDF, freshDb } from '../../lib/testing/vault';
import { createVaultServices, VaultContext, type VaultServices } from '../hooks/use-vault';
import { I18nProvider } from '../i18n/I18nProvider';
import { PracticeSessionScreen } from './PracticeSessionScreen';

const pack = resolvePacks([defaultLayer]).pack;
const jargon = createJargonMatcher(pack.jargon);
const kees = pack.scenarios.find((s) => s.id === 'scootmobiel-kees')!;
const ID = 'oefening-1';

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

const STARTED = Date.UTC(2025, 4, 12, 10);
const fresh = (mode: PracticeMode = 'typed') =>
  newPracticeSession(kees, { id: ID, seed: 7, mode, now: STARTED });

async function renderSession(session: PracticeSession = fresh()) {
  await services.practice.put(ID, session);
  const onBack = vi.fn();
  render(
    <VaultContext.Provider value={services}>
      <I18nProvider lang="nl">
        <PracticeSessionScreen id={ID} pack={pack} jargon={jargon} onBack={onBack} />
      </I18nProvider>
    </VaultContext.Provider>,
  );
  await screen.findByRole('heading', { name: new RegExp(`^(${kees.title}|Nabespreking)$`) });
  return { user: userEvent.setup(), onBack };
}

const feedback = (turn: number) =>
  screen.findByRole('region', { name: `Terugkoppeling op beurt ${turn}` });

describe('PracticeSessionScreen, the practice chat', () => {
  it('shows the inwoner opening in the log and no feedback before the first turn', async () => {
    const { user } = await renderSession();

    await user.type(screen.getByLabelText('Uw vraag of reactie'), 'Waar wilt u naartoe');

    expect(screen.getByRole('log', { name: 'Gesprek' }).textContent).toContain(kees.opening);
    expect(screen.queryByRole('region', { name: /Terugkoppeling/ })).toBeNull();
    expect(screen.getByText('0 van 5 onderwerpen ontdekt')).toBeTruthy();
  });

  it('sends with Enter, then shows the analysis, the trust change and the facts count', async () => {
    const { user } = await renderSession();

    await user.type(
      screen.getByLabelText('Uw vraag of reactie'),
      'Waar wilt u met de scootmobiel naartoe?{Enter}',
    );

    const region = await feedback(1);
    expect(region.textContent).toContain('Open vraag.');
    expect(region.textContent).toContain('Vertrouwen ↑ omhoog +4');
    expect(region.textContent).toContain('Nieuw onderwerp ontdekt');
    expect(screen.getByRole('log').textContent).toContain('Waar wilt u met de scootmobiel');
    expect(screen.getByText('1 van 5 onderwerpen ontdekt')).toBeTruthy();
    expect((screen.getByLabelText('Uw vraag of reactie') as HTMLTextAreaElement).value).toBe('');
  });

  it('adds a line with Shift+Enter instead of sending', async () => {
    const { user } = await renderSession();
    const field = screen.getByLabelText('Uw vraag of reactie') as HTMLTextAreaElement;

    await user.type(field, 'Goedemorgen.{Shift>}{Enter}{/Shift}Hoe gaat het?');

    expect(field.value).toBe('Goedemorgen.\nHoe gaat het?');
    expect(screen.queryByRole('region', { name: /Terugkoppeling/ })).toBeNull();
  });

  it.each([
    ['a closed question', 'Gebruikt u nu een rollator?', 'Gesloten vraag.', null],
    [
      'jargon',
      'Heeft u een indicatie voor een maatwerkvoorziening?',
      'Vakjargon.',
      'Spanning ↑ omhoog',
    ],
    [
      'a leading question',
      'U kunt toch ook gewoon lopen, toch?',
      'Sturende vraag.',
      'Vertrouwen ↓ omlaag',
    ],
    [
      'a why-question',
      'Waarom wilt u per se een scootmobiel?',
      'Waarom-vraag.',
      'Vertrouwen ↓ omlaag',
    ],
    [
      'a reflection',
      'Dat klinkt alsof u zich zorgen maakt over uw vrijheid.',
      'Reflectie.',
      'Vertrouwen ↑ omhoog',
    ],
  ])('gives feedback on %s with its tip', async (_, text, label, movement) => {
    const { user } = await renderSession();

    await user.type(screen.getByLabelText('Uw vraag of reactie'), text);
    await user.click(screen.getByRole('button', { name: 'Versturen' }));

    const region = await feedback(1);
    expect(region.textContent).toContain(label);
    if (movement) expect(region.textContent).toContain(movement);
  });

  it('refuses a turn with a BSN and keeps it out of the session', async () => {
    const { user } = await renderSession();
    const field = screen.getByLabelText('Uw vraag of reactie') as HTMLTextAreaElement;

    await user.type(field, 'Klopt uw BSN 111222333?{Enter}');

    expect((await screen.findByRole('alert')).textContent).toMatch(/bewaart geen BSN/);
    expect(field.value).toBe('Klopt uw BSN 111222333?');
    expect(screen.getByRole('log').textContent).not.toContain('111222333');
    expect((await services.practice.get(ID))!.value.state.log).toEqual([]);
  });

  it('offers three replies in options mode and plays the picked one', async () => {
    const { user } = await renderSession(fresh('options'));
    const group = screen.getByRole('group', { name: 'Kies uw reactie' });
    const options = within(group).getAllByRole('button');
    const picked = options[0]!.textContent!;

    await user.click(options[0]!);

    expect(options).toHaveLength(3);
    expect(screen.queryByLabelText('Uw vraag of reactie')).toBeNull();
    await feedback(1);
    expect(screen.getByRole('log').textContent).toContain(picked);
  });
});

describe('PracticeSessionScreen, the debrief', () => {
  async function playAndFinish() {
    const context = await renderSession();
    const field = screen.getByLabelText('Uw vraag of reactie');
    await context.user.type(field, 'Waar wilt u met de scootmobiel naartoe?{Enter}');
    await context.user.type(field, 'Gebruikt u nu een rollator?{Enter}');
    await feedback(2);
    await context.user.click(screen.getByRole('button', { name: 'Gesprek afronden' }));
    await screen.findByRole('heading', { name: 'Nabespreking' });
    return context;
  }

  it('shows facts found and missed, the technique profile and the moments', async () => {
    await playAndFinish();

    expect(screen.getByRole('heading', { name: 'Ontdekt (1 van 5)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Gemist' })).toBeTruthy();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: 'Open vraag 1' })).toBeTruthy();
    expect(within(table).getByRole('row', { name: 'Gesloten vraag 1' })).toBeTruthy();
    expect(screen.getByText('Aandeel open vragen: 50%.')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Beste moment' }).textContent).toContain(
      'Beurt 1: “Waar wilt u met de scootmobiel naartoe?”',
    );
    expect(screen.getByRole('region', { name: 'Zwakste moment' })).toBeTruthy();
  });

  it('stores the answers to the three reflection questions with the session', async () => {
    const { user } = await playAndFinish();

    await user.type(screen.getByLabelText('Wat werkte wel?'), 'Doorvragen op de supermarkt.');
    await user.type(screen.getByLabelText('Wat werkte niet?'), 'De vraag over de rollator.');
    await user.type(screen.getByLabelText('Hoe kan het beter?'), 'Eerst naar het lopen vragen.');
    await user.tab();

    await waitFor(async () => {
      const stored = (await services.practice.get(ID))!.value;
      expect(stored.reflection).toEqual({
        worked: 'Doorvragen op de supermarkt.',
        didNotWork: 'De vraag over de rollator.',
        better: 'Eerst naar het lopen vragen.',
      });
      expect(stored.state.outcome).toBe('trainee-ended');
    });
  });

  it.each([
    ['Exporteren (JSON)', '.json', '"worked": "Doorvragen"'],
    ['Exporteren (tekst)', '.txt', 'Wat werkte wel?\nDoorvragen'],
  ])('%s downloads a file with the session and the answers', async (name, ext, expected) => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:zijlijn-test';
    });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });
    const { user } = await playAndFinish();
    await user.type(screen.getByLabelText('Wat werkte wel?'), 'Doorvragen');

    await user.click(screen.getByRole('button', { name }));

    await waitFor(() =>
      expect(downloads).toEqual([`oefensessie-scootmobiel-kees-2025-05-12${ext}`]),
    );
    expect(await blobs[0]!.text()).toContain(expected);
  });

  it('opens a finished session at its debrief, and goes back to the list', async () => {
    const session = fresh();
    const ended = { ...session, state: endSession(session.state, kees).state, endedAt: STARTED };
    const { user, onBack } = await renderSession(ended);

    await user.click(screen.getByRole('button', { name: 'Terug naar Oefenen' }));

    expect(screen.getByRole('heading', { name: 'Nabespreking' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Ontdekt (0 van 5)' })).toBeTruthy();
    expect(screen.queryByLabelText('Uw vraag of reactie')).toBeNull();
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('says so when the session no longer exists', async () => {
    render(
      <VaultContext.Provider value={services}>
        <I18nProvider lang="nl">
          <PracticeSessionScreen id="weg" pack={pack} jargon={jargon} onBack={() => {}} />
        </I18nProvider>
      </VaultContext.Provider>,
    );

    expect(await screen.findByText(/bestaat niet meer/)).toBeTruthy();
  });
});
