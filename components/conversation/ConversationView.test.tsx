// @vitest-environment happy-dom
import '../../lib/testing/dom-setup';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { applyChange, ConversationSchema, type Conversation } from '../../lib/conversation/model';
import { defaultPackInput } from '../../lib/packs/default-pack';
import { PackSchema } from '../../lib/packs/pack-schema';
import { I18nProvider } from '../i18n/I18nProvider';
import { ConversationView, type Section } from './ConversationView';

const pack = PackSchema.parse(defaultPackInput);

function Harness({ initial }: { initial: Partial<Conversation> }) {
  const [conversation, setConversation] = useState(() =>
    ConversationSchema.parse({
      id: 'c1',
      type: 'wmo',
      label: 'JB 23-11',
      createdAt: 1,
      updatedAt: 1,
      expiresAt: 2,
      ...initial,
    }),
  );
  const [section, setSection] = useState<Section>('gesprek');
  return (
    <I18nProvider lang="nl">
      <ConversationView
        conversation={conversation}
        change={(change) => setConversation((c) => applyChange(c, change))}
        pack={pack}
        section={section}
        onSection={setSection}
      />
    </I18nProvider>
  );
}

const suggestions = () =>
  [
    ...screen
      .getByRole('heading', { name: 'Suggesties' })
      .parentElement!.querySelectorAll('.prompt-text'),
  ].map((p) => p.textContent);

describe('ConversationView', () => {
  it('shows at most three suggestions and makes room when one is marked', async () => {
    render(<Harness initial={{ phase: 'verkennen' }} />);
    const before = suggestions();

    await userEvent.click(screen.getByRole('button', { name: `Gesteld: ${before[0]}` }));

    expect(before.length).toBe(3);
    expect(suggestions()).not.toContain(before[0]);
    expect(suggestions().length).toBe(3);
  });

  it('puts act-first suggestions on top when acute dreiging is tapped', async () => {
    render(<Harness initial={{ phase: 'verkennen' }} />);

    await userEvent.click(
      within(screen.getByRole('group', { name: 'Signalen' })).getByRole('button', {
        name: 'Acute dreiging',
      }),
    );

    expect(screen.getByText('Acute dreiging: eerst handelen, daarna uitleggen.')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Gesteld: / }).length).toBeLessThanOrEqual(3);
    const first = document.querySelector('.prompt')!;
    expect(first.classList.contains('prompt-behaviour')).toBe(true);
    expect(first.querySelector('.prompt-why')!.textContent).toMatch(/acute dreiging/i);
  });

  it('counts coverage and lets a topic be marked as discussed', async () => {
    render(<Harness initial={{ phase: 'verkennen' }} />);
    const count = () => screen.getByText(/van \d+ besproken/).textContent;
    const before = count();

    const group = screen
      .getAllByRole('group')
      .find((g) => within(g).queryByRole('button', { name: 'Besproken' }))!;
    await userEvent.click(within(group).getByRole('button', { name: 'Besproken' }));

    expect(before).toMatch(/^0 van/);
    expect(count()).toMatch(/^1 van/);
  });

  it('rates a leefgebied with one tap and draws the spinnenweb', async () => {
    render(<Harness initial={{}} />);

    await userEvent.click(screen.getByRole('tab', { name: 'Leefgebieden' }));
    await userEvent.click(
      within(screen.getByRole('radiogroup', { name: 'Niveau Financiën' })).getByRole('radio', {
        name: '2 Niet zelfredzaam',
      }),
    );

    expect(screen.getByRole('img', { name: 'Spinnenweb' })).toBeTruthy();
    expect(screen.getByText(/Financiën: 2/)).toBeTruthy();
    // Only the rated leefgebied is drawn: unrated is unknown, not zero.
    expect(document.querySelectorAll('.radar-dot').length).toBe(1);
    expect(
      document.querySelector('.radar-current')!.getAttribute('points')!.split(' ').length,
    ).toBe(1);
  });

  it('starts the timer when the talk moves past Voorbereiden', async () => {
    render(<Harness initial={{}} />);
    expect(screen.getByText('Het gesprek is nog niet begonnen.')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Volgende fase: Openen' }));

    expect(screen.getByText(/Gestart om/)).toBeTruthy();
  });
});
