// @vitest-environment happy-dom
import '../../lib/testing/dom-setup';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { __HostContextForTests, type HostContextValue } from '../hooks/use-host-context';
import { I18nProvider } from '../i18n/I18nProvider';
import { HostBanner } from './HostBanner';
import { InsertButton } from './InsertButton';

function host(overrides: Partial<HostContextValue> = {}): HostContextValue {
  return {
    loaded: true,
    tabId: 7,
    origin: 'http://127.0.0.1:8765',
    hasAccess: true,
    connected: true,
    screen: {
      id: 'aanvraag-scootmobiel',
      name: 'Aanvraag scootmobiel',
      conversationType: 'vervoer',
    },
    adapterId: 'demo-registration',
    caseRef: 'WMO-2026-00123',
    requestAccess: vi.fn(async () => true),
    insert: vi.fn(async () => 'inserted' as const),
    ...overrides,
  };
}

function renderWith(value: HostContextValue, ui: ReactNode) {
  return render(
    <I18nProvider lang="nl">
      <__HostContextForTests.Provider value={value}>{ui}</__HostContextForTests.Provider>
    </I18nProvider>,
  );
}

describe('InsertButton', () => {
  it.each([
    ['inserted', 'Ingevoegd. Controleer de tekst in het registratiesysteem voordat u opslaat.'],
    [
      'no-target',
      'Geen veld gevonden. Klik eerst in het veld waar de tekst moet komen en probeer het opnieuw.',
    ],
    [
      'not-editable',
      'Dit veld kan Zijlijn niet invullen (alleen-lezen of in een afgeschermd kader). Gebruik Kopiëren.',
    ],
    ['no-host', 'Geen registratiesysteem bereikbaar in dit venster.'],
  ] as const)('shows the result %s in Dutch', async (result, expected) => {
    const value = host({ insert: vi.fn(async () => result) });
    renderWith(value, <InsertButton text="Meneer wil zelf boodschappen doen." />);

    await userEvent.click(screen.getByRole('button', { name: 'Invoegen in registratiesysteem' }));

    expect(value.insert).toHaveBeenCalledWith('Meneer wil zelf boodschappen doen.');
    expect(await screen.findByText(expected)).toHaveProperty('role', 'status');
  });

  it('is disabled with an explanation when no registration system is connected', () => {
    renderWith(host({ connected: false }), <InsertButton text="Tekst" />);

    const button = screen.getByRole('button', { name: 'Invoegen in registratiesysteem' });

    expect(button).toHaveProperty('disabled', true);
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/Invoegen kan als Zijlijn actief is/)).toBeTruthy();
  });
});

describe('HostBanner', () => {
  it('suggests the conversation type of the recognised screen', async () => {
    const onSuggest = vi.fn();
    renderWith(host(), <HostBanner onSuggest={onSuggest} />);

    await userEvent.click(
      screen.getByRole('button', { name: 'Nieuw gesprek: Scootmobiel en vervoer' }),
    );

    expect(screen.getByText('In beeld: Aanvraag scootmobiel')).toBeTruthy();
    expect(screen.getByText(/Past bij: Scootmobiel en vervoer/)).toBeTruthy();
    expect(onSuggest).toHaveBeenCalledWith('vervoer');
  });

  it('renders script-bearing page text as text', () => {
    const caseRef = '<img src=x onerror="alert(1)">';
    const { container } = renderWith(host({ caseRef }), <HostBanner />);

    expect(screen.getByText(`Zaak ${caseRef}`)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });

  it('asks for access to the site from the click', async () => {
    const value = host({ hasAccess: false, connected: false });
    renderWith(value, <HostBanner />);

    await userEvent.click(screen.getByRole('button', { name: 'Zijlijn gebruiken op deze site' }));

    expect(value.requestAccess).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Zijlijn werkt nu op http://127.0.0.1:8765.',
    );
  });
});
