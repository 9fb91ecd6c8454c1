// @vitest-environment happy-dom
import '../../lib/testing/dom-setup';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { applyChange, ConversationSchema, type Conversation } from '../../lib/conversation/model';
import { alone84 } from '../../lib/mobility/cases.nl';
import { defaultPackInput } from '../../lib/packs/default-pack';
import { PackSchema } from '../../lib/packs/pack-schema';
import { MobilitySection } from './MobilitySection';

const pack = PackSchema.parse(defaultPackInput);
const SCOOTMOBIEL = 'Scootmobiel (maatwerkvoorziening)';
const REGIOTAXI = 'Regiotaxi (collectief vraagafhankelijk vervoer)';
const MOMENT = 'Moment van herbeoordeling';

/** The 84-year-old with 50 m and no network, through the Vervoerscheck section. */
function renderSection(decisions: Conversation['decisions'] = {}) {
  const latest = {
    conversation: ConversationSchema.parse({
      id: 'c1',
      type: 'vervoer',
      label: 'HV 23-11',
      mobility: alone84,
      decisions,
      createdAt: 0,
      updatedAt: 0,
      expiresAt: 0,
    }),
  };
  function Harness() {
    const [conversation, setConversation] = useState(latest.conversation);
    latest.conversation = conversation;
    return (
      <MobilitySection
        conversation={conversation}
        change={(c) => setConversation((prev) => applyChange(prev, c))}
        pack={pack}
      />
    );
  }
  render(<Harness />);
  return { user: userEvent.setup(), latest };
}

const form = () => screen.getByRole('region', { name: 'Conclusie' });
const chips = () => within(form()).getByRole('group', { name: 'Toegekend of afgesproken' });
const preview = () =>
  screen.getByRole('region', { name: 'Afweging voor het verslag en de beschikking' });

describe('ConclusionForm', () => {
  it('offers nothing to grant before an alternative is confirmed as fitting', () => {
    renderSection();

    expect(within(form()).queryByRole('group')).toBeNull();
    expect(within(form()).getByText(/bevestig eerst bij de alternatieven/)).toBeTruthy();
  });

  it.each([
    ['scootmobiel', { scootmobiel: { status: 'past', reason: '' } }, [SCOOTMOBIEL]],
    [
      'regiotaxi and scootmobiel',
      {
        regiotaxi: { status: 'past', reason: '' },
        scootmobiel: { status: 'past', reason: '' },
        scootmobielpool: { status: 'past-niet', reason: 'Geen pool.' },
      },
      [REGIOTAXI, SCOOTMOBIEL],
    ],
  ])('offers only the alternatives confirmed as fitting: %s', (_name, decisions, expected) => {
    renderSection(decisions);

    const names = within(chips())
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(expected);
  });

  it('flags a granted scootmobiel without a herbeoordeling, and stores the moment', async () => {
    const { user, latest } = renderSection({ scootmobiel: { status: 'past', reason: '' } });

    expect(within(form()).queryByLabelText(MOMENT)).toBeNull();
    await user.click(within(chips()).getByRole('button', { name: SCOOTMOBIEL }));

    const moment = within(form()).getByLabelText(MOMENT);
    expect(moment.getAttribute('aria-invalid')).toBe('true');
    expect(within(form()).getByText(/^Herbeoordeling verplicht bij Scootmobiel/)).toBeTruthy();
    expect(preview().textContent).toContain('moment van herbeoordeling nog niet afgesproken');

    await user.type(moment, 'over 12 maanden, april 2027');

    expect(moment.getAttribute('aria-invalid')).toBe('false');
    expect(within(form()).queryByText(/Herbeoordeling verplicht/)).toBeNull();
    expect(latest.conversation.mobility).toMatchObject({
      'afweging-toegekend': ['scootmobiel'],
      'afweging-herbeoordeling': 'over 12 maanden, april 2027',
    });
    expect(preview().textContent).toContain(
      'Scootmobiel (maatwerkvoorziening): herbeoordeling over 12 maanden, april 2027.',
    );
  });

  it('asks no herbeoordeling for a granted regiotaxi', async () => {
    const { user } = renderSection({ regiotaxi: { status: 'past', reason: '' } });

    await user.click(within(chips()).getByRole('button', { name: REGIOTAXI }));

    expect(within(form()).queryByLabelText(MOMENT)).toBeNull();
    expect(preview().textContent).toContain(`Toegekend of afgesproken: ${REGIOTAXI}.`);
  });

  it('writes the conclusion into the afweging and refuses a BSN', async () => {
    const { user, latest } = renderSection();

    await user.click(within(form()).getByLabelText('Conclusie van de afweging'));
    await user.paste('Regiotaxi-pas aanvragen, BSN 123456782.');

    const stored = latest.conversation.mobility['afweging-conclusie'];
    expect(stored).toMatch(/^Regiotaxi-pas aanvragen/);
    expect(stored).not.toContain('123456782');
    expect(within(form()).getByRole('alert').textContent).toContain('BSN');
    expect(preview().textContent).toContain('Regiotaxi-pas aanvragen');
  });

  it('removes the text from the conversation when it is cleared', async () => {
    const { user, latest } = renderSection();
    const text = within(form()).getByLabelText('Conclusie van de afweging');

    await user.type(text, 'Nog overleggen.');
    await user.clear(text);

    expect('afweging-conclusie' in latest.conversation.mobility).toBe(false);
  });
});
