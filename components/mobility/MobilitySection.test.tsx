// @vitest-environment happy-dom
import '../../lib/testing/dom-setup';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { applyChange, ConversationSchema, type Conversation } from '../../lib/conversation/model';
import { alone84, walks150 } from '../../lib/mobility/cases.nl';
import { defaultPackInput } from '../../lib/packs/default-pack';
import { parsePack } from '../../lib/packs/load-packs';
import type { Pack } from '../../lib/packs/pack-schema';
import { MobilitySection } from './MobilitySection';

function loadPack(overrides: Partial<Pack> = {}): Pack {
  const parsed = parsePack(defaultPackInput);
  if (!parsed.ok) throw new Error(parsed.error);
  return { ...parsed.pack, ...overrides };
}

const defaultPack = loadPack();
/** A municipality with a 200 m threshold and its own buurtbus. */
const zijlstad = loadPack({
  mobility: { walkingThresholdMeters: 200, source: 'Beleidsregels Wmo Zijlstad (test)' },
  mobilityAlternatives: defaultPack.mobilityAlternatives.map((a) =>
    a.id === 'buurtbus'
      ? { ...a, local: { name: 'Buurtbus Zijlstad', contact: '0591 123 456' } }
      : a,
  ),
});

function conversationWith(mobility: Record<string, unknown> = {}): Conversation {
  return ConversationSchema.parse({
    id: 'c1',
    type: 'vervoer',
    label: 'AB 23-11',
    mobility,
    createdAt: 0,
    updatedAt: 0,
    expiresAt: 0,
  });
}

function renderSection(pack = defaultPack, mobility: Record<string, unknown> = {}) {
  const latest: { conversation: Conversation } = { conversation: conversationWith(mobility) };
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

const group = (name: string) => screen.getByRole('group', { name });
const tap = (groupName: string, option: string) =>
  userEvent.click(within(group(groupName)).getByRole('button', { name: option }));
const ladder = () => screen.getByRole('region', { name: 'Alternatieven' });
const alternative = (name: string) =>
  within(ladder()).getByRole('heading', { name, level: 4 }).closest('li')!;

describe('MobilitySection', () => {
  it('takes the 84-year-old with 50 m and no network through the check by taps', async () => {
    const { user, latest } = renderSection();

    await tap('Waar wil de inwoner naartoe?', 'Boodschappen');
    await user.type(
      screen.getByLabelText('Hoe ver is het (km, enkele reis)? (Boodschappen)'),
      '0,8',
    );
    await tap('Hoe vaak? (Boodschappen)', 'Elke dag');
    await user.type(screen.getByLabelText('Hoe ver kan de inwoner lopen (meter)?'), '50');
    await tap('Is dat met een hulpmiddel (rollator, stok)?', 'Ja');
    await tap('Kan de inwoner fietsen?', 'Nee');
    await tap('Reist de inwoner met bus, tram of trein?', 'Nee');
    await tap('Rijdt de inwoner zelf auto?', 'Nee');
    await tap('Is er iemand die de inwoner kan rijden?', 'Nee');
    await tap('Wie kan helpen?', 'Niemand');
    expect(
      within(alternative('Scootmobiel (maatwerkvoorziening)')).getByText(/^Nog vragen: of bewegen/),
    ).toBeTruthy();
    await tap('Is bewegen medisch belangrijk (advies arts of fysio)?', 'Nee');
    await tap('Twijfels over veilig in het verkeer?', 'Geen twijfels');
    await tap('Is er thuis een veilige stalling?', 'Ja');
    await tap('Kan hij daar opladen?', 'Ja');

    expect(latest.conversation.mobility).toMatchObject({
      destinations: [{ purpose: 'boodschappen', km: 0.8, frequency: 'dagelijks' }],
      walkingMeters: 50,
      walkingWithAid: true,
      networkHelpers: ['niemand'],
      driverInNetwork: false,
    });
    expect(
      within(group('Lopen en fietsen')).getByText(
        'Loopafstand 50 m met hulpmiddel, onder de gemeentelijke grens van 100 m.',
      ),
    ).toBeTruthy();
    expect(
      within(alternative('Scootmobiel (maatwerkvoorziening)')).getByText(
        'Voorstel: past waarschijnlijk',
      ),
    ).toBeTruthy();
    expect(
      within(alternative('Meerijden met familie, vrienden of buren')).getByText(
        'Voorstel: past waarschijnlijk niet',
      ),
    ).toBeTruthy();
  });

  it.each([
    ['Medisch beeld', 'Valt de inwoner weleens?', 'Ja', /De inwoner valt weleens\./],
    ['Medisch beeld', 'Wordt de aandoening erger?', 'Ja', /De aandoening wordt erger\./],
    [
      'Waar naartoe',
      'Gaat het de inwoner alleen om een scootmobiel?',
      'Ja',
      /Open het gesprek breder/,
    ],
    [
      'Medisch beeld',
      'Is bewegen medisch belangrijk (advies arts of fysio)?',
      'Ja',
      /anti-revaliderend werken \(CRvB 2016:1741\)/,
    ],
    ['Thuis', 'Kan hij daar opladen?', 'Nee', /Thuis geen oplaadpunt\./],
    [
      'Veiligheid',
      'Twijfels over veilig in het verkeer?',
      'Zien',
      /Twijfels over zien in het verkeer/,
    ],
  ])(
    'raises a signal in "%s" when "%s" is answered %s',
    async (groupName, question, answer, expected) => {
      renderSection();
      expect(within(group(groupName)).queryByText(expected)).toBeNull();

      await tap(question, answer);

      expect(within(group(groupName)).getByText(expected)).toBeTruthy();
    },
  );

  it('confirms a proposal with one tap and keeps the proposal as the reason', async () => {
    const { latest } = renderSection(defaultPack, alone84);
    const card = alternative('Regiotaxi (collectief vraagafhankelijk vervoer)');

    await userEvent.click(within(card).getByRole('button', { name: 'Past' }));

    expect(latest.conversation.decisions['regiotaxi']).toEqual({ status: 'past', reason: '' });
    expect(within(card).getByText('Bevestigd')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Past' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(within(card).queryByText(/Reden verplicht/)).toBeNull();
  });

  it('asks for a reason when the professional overrides, and writes it into the afweging', async () => {
    const { user, latest } = renderSection(defaultPack, alone84);
    const card = alternative('Scootmobiel (maatwerkvoorziening)');

    await user.click(within(card).getByRole('button', { name: 'Past niet' }));

    expect(within(card).getByText(/Reden verplicht: u wijkt af van het voorstel/)).toBeTruthy();
    const reason = within(card).getByLabelText('Reden: Scootmobiel (maatwerkvoorziening)');
    expect(reason.getAttribute('aria-invalid')).toBe('true');

    await user.type(reason, 'Dochter verhuist volgende maand naar de buurt');

    expect(within(card).queryByText(/Reden verplicht/)).toBeNull();
    expect(latest.conversation.decisions['scootmobiel']).toEqual({
      status: 'past-niet',
      reason: 'Dochter verhuist volgende maand naar de buurt',
    });
    const afweging = screen.getByRole('region', {
      name: 'Afweging voor het verslag en de beschikking',
    });
    expect(afweging.textContent).toContain(
      'afwijkend van het voorstel "past waarschijnlijk"). Reden: Dochter verhuist volgende maand naar de buurt',
    );

    await user.click(
      within(card).getByRole('button', {
        name: 'Terug naar voorstel: Scootmobiel (maatwerkvoorziening)',
      }),
    );
    expect(latest.conversation.decisions['scootmobiel']).toBeUndefined();
  });

  it.each([
    ['de standaardgrens van 100 m', defaultPack, 'boven de gemeentelijke grens van 100 m'],
    ['de Zijlstadse grens van 200 m', zijlstad, 'onder de gemeentelijke grens van 200 m'],
  ])('weighs 150 m loopafstand against %s', (_, pack, expected) => {
    renderSection(pack, walks150);

    expect(within(group('Lopen en fietsen')).getByText(new RegExp(expected))).toBeTruthy();
    expect(
      within(alternative('Scootmobiel (maatwerkvoorziening)')).getByText(new RegExp(expected)),
    ).toBeTruthy();
  });

  it('shows the local name and contact of a municipal provision', () => {
    renderSection(zijlstad, alone84);

    const card = alternative('Buurtbus Zijlstad');

    expect(within(card).getByText('In uw gemeente: Buurtbus Zijlstad, 0591 123 456')).toBeTruthy();
    expect(within(card).getByText('Buurtbus')).toBeTruthy();
  });

  it.each([
    [['Familie', 'Buren', 'Niemand'], ['niemand']],
    [['Niemand', 'Familie'], ['familie']],
    [['Familie', 'Familie'], undefined],
  ])('keeps "Niemand" exclusive: tapping %j stores %j', async (taps, expected) => {
    const { latest } = renderSection();

    for (const option of taps) await tap('Wie kan helpen?', option);

    expect(latest.conversation.mobility['networkHelpers']).toEqual(expected);
  });

  it('stops asking when the network can help once the answer is "Niemand"', async () => {
    renderSection();
    expect(screen.getByRole('group', { name: 'Wanneer kunnen zij helpen?' })).toBeTruthy();

    await tap('Wie kan helpen?', 'Niemand');

    expect(screen.queryByRole('group', { name: 'Wanneer kunnen zij helpen?' })).toBeNull();
  });

  it('clears a yes/no answer when the pressed chip is tapped again', async () => {
    const { latest } = renderSection();

    await tap('Rijdt de inwoner zelf auto?', 'Nee');
    expect(latest.conversation.mobility['ownCar']).toBe(false);
    await tap('Rijdt de inwoner zelf auto?', 'Nee');

    expect('ownCar' in latest.conversation.mobility).toBe(false);
  });

  it('refuses a loopafstand that is not a number and keeps the last valid one', async () => {
    const { user, latest } = renderSection();
    const field = screen.getByLabelText('Hoe ver kan de inwoner lopen (meter)?');

    await user.type(field, '50m');

    expect(latest.conversation.mobility['walkingMeters']).toBe(50);
    expect(screen.getByRole('alert').textContent).toBe('Vul een getal in, bijvoorbeeld 50.');
  });

  it.each([
    ['Kopiëren: afweging', /^Afweging vervoersvraag\n/, 'Afweging gekopieerd.'],
    [
      'Kopiëren: uitleg voor de inwoner',
      /^Uw vraag over vervoer\nU wilt graag naar de winkel/,
      'Uitleg voor de inwoner gekopieerd.',
    ],
  ])('"%s" copies its own text', async (button, expectedText, expectedStatus) => {
    const { user } = renderSection(defaultPack, alone84);

    await user.click(screen.getByRole('button', { name: button }));

    expect(await navigator.clipboard.readText()).toMatch(expectedText);
    expect(screen.getByRole('status').textContent).toBe(expectedStatus);
  });
});
