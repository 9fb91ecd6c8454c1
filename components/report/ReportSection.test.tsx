// @vitest-environment happy-dom
import '../../lib/testing/dom-setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  applyChange,
  type Conversation,
  type ConversationChange,
} from '../../lib/conversation/model';
import { buildSystemReport } from '../../lib/report/build-system-report';
import { fullWmo, pack } from '../../lib/report/cases.nl';
import { __HostContextForTests, type HostContextValue } from '../hooks/use-host-context';
import { I18nProvider } from '../i18n/I18nProvider';
import { ReportSection } from './ReportSection';

const changes: ConversationChange[] = [];

function Harness({
  initial,
  insertButton = () => null,
  onPrint,
}: {
  initial: Conversation;
  insertButton?: (text: string) => ReactNode;
  onPrint?: (id: string) => void;
}) {
  const [conversation, setConversation] = useState(initial);
  return (
    <I18nProvider lang="nl">
      <ReportSection
        conversation={conversation}
        change={(change) => {
          changes.push(change);
          setConversation((current) => applyChange(current, change));
        }}
        pack={pack}
        insertButton={insertButton}
        onPrint={onPrint}
      />
    </I18nProvider>
  );
}

function renderSection(props: Partial<Parameters<typeof Harness>[0]> = {}) {
  changes.length = 0;
  const user = userEvent.setup();
  render(<Harness initial={fullWmo} {...props} />);
  const field = (name: 'Verslag voor het registratiesysteem' | 'Brief voor de inwoner') =>
    screen.getByRole('textbox', { name }) as HTMLTextAreaElement;
  return { user, field };
}

describe('ReportSection', () => {
  it('shows both generated texts in labelled fields', () => {
    const { field } = renderSection();

    expect(field('Verslag voor het registratiesysteem').value).toBe(
      buildSystemReport(fullWmo, pack),
    );
    expect(field('Brief voor de inwoner').value).toMatch(/^Verslag van ons gesprek\n/);
    expect(field('Brief voor de inwoner').value).toContain('Wat gebeurt er nu?');
  });

  it('stores an edit in conversation.texts and "Opnieuw maken" returns to the generated text', async () => {
    const { user, field } = renderSection();
    const generated = field('Brief voor de inwoner').value;
    const regenerate = screen.getByRole('button', {
      name: 'Opnieuw maken: brief',
    }) as HTMLButtonElement;
    expect(regenerate.disabled).toBe(true);

    await user.type(field('Brief voor de inwoner'), ' Tot ziens.');

    expect(field('Brief voor de inwoner').value).toBe(`${generated} Tot ziens.`);
    expect(changes.at(-1)).toEqual({
      field: 'texts',
      key: 'letter',
      value: `${generated} Tot ziens.`,
    });
    expect(screen.getByText('U heeft deze tekst aangepast.')).toBeTruthy();

    await user.click(regenerate);

    expect(field('Brief voor de inwoner').value).toBe(generated);
    expect(changes.at(-1)).toEqual({ field: 'texts', key: 'letter', value: undefined });
  });

  it('flags jargon typed into the letter and replaces it with one click', async () => {
    const { user, field } = renderSection();
    const letter = field('Brief voor de inwoner');
    await user.clear(letter);
    await user.type(
      letter,
      'U krijgt een maatwerkvoorziening. Die maatwerkvoorziening past bij u.',
    );
    const check = screen.getByRole('region', { name: 'Taalcheck: brief' });

    await user.click(
      within(check).getByRole('button', {
        name: 'Vervang "maatwerkvoorziening" door "hulp die de gemeente speciaal voor u regelt" (2×)',
      }),
    );

    expect(letter.value).toBe(
      'U krijgt een hulp die de gemeente speciaal voor u regelt. Die hulp die de gemeente speciaal voor u regelt past bij u.',
    );
    expect(within(check).queryByRole('button', { name: /^Vervang/ })).toBeNull();
  });

  it.each([
    ['Verslag', 'Kopiëren: verslag', 'Verslag voor het registratiesysteem', 'Verslag gekopieerd.'],
    ['Brief', 'Kopiëren: brief', 'Brief voor de inwoner', 'Brief gekopieerd.'],
  ] as const)(
    'copies the %s to the clipboard and says so',
    async (_text, button, label, message) => {
      const { user, field } = renderSection();
      const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);

      await user.click(screen.getByRole('button', { name: button }));

      expect(writeText).toHaveBeenCalledWith(field(label).value);
      expect(screen.getByRole('status').textContent).toBe(message);
    },
  );

  it('says so when copying fails', async () => {
    const { user } = renderSection();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));

    await user.click(screen.getByRole('button', { name: 'Kopiëren: brief' }));

    expect(screen.getByRole('status').textContent).toBe(
      'Kopiëren lukte niet. Selecteer de tekst en kopieer met Ctrl+C.',
    );
  });

  it('refuses a BSN typed into the verslag', async () => {
    const { user, field } = renderSection();
    const report = field('Verslag voor het registratiesysteem');
    await user.clear(report);

    await user.type(report, 'BSN 123456782');

    expect(report.value).not.toContain('123456782');
    expect(screen.getByRole('alert').textContent).toContain('BSN');
    expect(JSON.stringify(changes)).not.toContain('123456782');
  });

  it('shows the readability of the letter against the B1 threshold', () => {
    renderSection();

    const check = screen.getByRole('region', { name: 'Taalcheck: brief' });

    expect(
      within(check).getByText(/^Leesbaarheid: \d+(,\d)? \(.+\)\. Past bij B1 \(vanaf 65\)\.$/),
    ).toBeTruthy();
  });

  it('lists long sentences and passive constructions', async () => {
    const { user, field } = renderSection();
    const letter = field('Brief voor de inwoner');
    await user.clear(letter);

    await user.type(
      letter,
      'Uw aanvraag wordt door de gemeente beoordeeld. Wij hebben met u gesproken over uw situatie thuis en over de mensen die u helpen en over wat u zelf nog kunt doen.',
    );
    const check = screen.getByRole('region', { name: 'Taalcheck: brief' });

    expect(within(check).getByText('"wordt door de gemeente beoordeeld"')).toBeTruthy();
    expect(
      within(check).getByText('24 woorden: "Wij hebben met u gesproken over uw situatie…"'),
    ).toBeTruthy();
  });

  it('hands the current verslag to the insert button', async () => {
    const insert = vi.fn((text: string) => (
      <button type="button" data-length={text.length}>
        Invoegen in registratiesysteem
      </button>
    ));
    const { user, field } = renderSection({ insertButton: insert });
    await user.type(field('Verslag voor het registratiesysteem'), '!');

    expect(screen.getByRole('button', { name: 'Invoegen in registratiesysteem' })).toBeTruthy();
    expect(insert).toHaveBeenLastCalledWith(`${buildSystemReport(fullWmo, pack)}!`);
  });

  it('offers the host insert button by default, with the verslag as its text', async () => {
    const insert = vi.fn(async () => 'inserted' as const);
    const host = { connected: true, insert } as unknown as HostContextValue;
    const user = userEvent.setup();
    render(
      <I18nProvider lang="nl">
        <__HostContextForTests.Provider value={host}>
          <ReportSection conversation={fullWmo} change={() => undefined} pack={pack} />
        </__HostContextForTests.Provider>
      </I18nProvider>,
    );

    await user.click(screen.getByRole('button', { name: 'Invoegen in registratiesysteem' }));

    expect(insert).toHaveBeenCalledWith(buildSystemReport(fullWmo, pack));
  });

  it('opens the print page of this conversation in a new tab', async () => {
    const { user } = renderSection({ onPrint: undefined });

    await user.click(screen.getByRole('button', { name: 'Afdrukken' }));

    await waitFor(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.map((tab) => tab.url)).toContain(
        `chrome-extension://test-extension-id/print.html#${fullWmo.id}`,
      );
    });
  });
});
