import { describe, expect, it } from 'vitest';
import { defaultPackInput } from '../packs/default-pack';
import { parsePack } from '../packs/load-packs';
import { RUNGS } from '../packs/pack-schema';
import type { MobilityAnswers } from './answers-schema';
import { alone84, copd58, defaultPack, tricycleDaughter, walks150, zijlstadPack } from './cases.nl';
import type { MobilityPack } from './facts';
import { proposeStatuses, type Status } from './propose-statuses';

function proposalFor(answers: MobilityAnswers, pack: MobilityPack, id: string) {
  const proposal = proposeStatuses(answers, pack).find((p) => p.alternativeId === id);
  if (!proposal) throw new Error(`no proposal for ${id}`);
  return { status: proposal.status, reasons: proposal.reasons.join(' | ') };
}

describe('proposeStatuses', () => {
  describe.each<[string, MobilityAnswers, [string, Status, string][]]>([
    [
      '58 jaar, COPD, fysiotherapeut adviseert lopen',
      copd58,
      [
        [
          'rollator',
          'past',
          'Loopafstand 300 m zonder hulpmiddel, boven de gemeentelijke grens van 100 m',
        ],
        ['openbaar-vervoer', 'past', 'reist zelfstandig met het openbaar vervoer'],
        ['lift-netwerk', 'past', 'partner of huisgenoot, elke week'],
        ['beweegaanbod', 'past', 'warm verwijzen naar beweegaanbod of fysiotherapie'],
        ['boodschappendienst', 'nagaan', 'bewegen is medisch belangrijk'],
        ['welzijnswerk', 'past', 'alleen op een scootmobiel'],
        ['scootmobiel', 'past-niet', 'anti-revaliderend werken (CRvB 2016:1741)'],
        ['scootmobiel', 'past-niet', 'boven de gemeentelijke grens van 100 m'],
        ['e-bike', 'nagaan', 'trapondersteuning'],
      ],
    ],
    [
      '84 jaar, 50 m met rollator, geen netwerk',
      alone84,
      [
        [
          'rollator',
          'past-niet',
          'Loopafstand 50 m met hulpmiddel, onder de gemeentelijke grens van 100 m',
        ],
        ['lift-netwerk', 'past-niet', 'niemand in het netwerk'],
        ['hulp-netwerk', 'past-niet', 'niemand in het netwerk'],
        ['buurtbus', 'past-niet', 'halte is waarschijnlijk niet bereikbaar'],
        ['regiotaxi', 'past', 'Haalt thuis op'],
        ['welzijnswerk', 'past', 'niemand in het netwerk'],
        ['scootmobielpool', 'nagaan', 'nagaan of de pool dichtbij genoeg is'],
        [
          'scootmobiel',
          'past',
          'Loopafstand 50 m met hulpmiddel, onder de gemeentelijke grens van 100 m',
        ],
        ['scootmobiel', 'past', 'boodschappen 0,8 km (elke dag)'],
        ['scootmobiel', 'past', 'herbeoordeling'],
        ['vervoerskostenvergoeding', 'past-niet', 'Regiotaxi'],
      ],
    ],
    [
      'driewielfiets, dochter op 8 km',
      tricycleDaughter,
      [
        ['driewielfiets', 'nagaan', 'familie of vrienden 8 km (eens per week)'],
        ['driewielfiets', 'nagaan', 'heen en terug 16 km'],
        ['fiets', 'past-niet', 'alleen op een driewielfiets'],
        ['lift-netwerk', 'nagaan', 'familie, af en toe'],
        ['regiotaxi', 'past', 'tot 8 km'],
        ['vrijwilligersvervoer', 'past', 'familie of vrienden 8 km'],
        ['valys', 'past-niet', 'binnen de regio'],
        ['aangepaste-fiets', 'nagaan', 'trapondersteuning'],
        [
          'scootmobiel',
          'past-niet',
          'Loopafstand 150 m met hulpmiddel, boven de gemeentelijke grens van 100 m',
        ],
      ],
    ],
  ])('%s', (_name, answers, rows) => {
    it.each(rows)('proposes %s as "%s" because "%s"', (id, expectedStatus, expectedReason) => {
      const actual = proposalFor(answers, defaultPack, id);

      expect(actual.status).toBe(expectedStatus);
      expect(actual.reasons).toContain(expectedReason);
    });
  });

  it('lists the available alternatives in ladder order', () => {
    const rungOf = new Map(defaultPack.mobilityAlternatives.map((a) => [a.id, a.rung]));

    const actual = proposeStatuses(copd58, defaultPack).map((p) =>
      RUNGS.indexOf(rungOf.get(p.alternativeId)!),
    );

    expect(actual).toEqual([...actual].sort((a, b) => a - b));
    expect(actual).toHaveLength(defaultPack.mobilityAlternatives.length);
  });

  it.each<[string, string]>([
    ['rollator', 'hoe ver kan de inwoner lopen'],
    ['fiets', 'fietst de inwoner'],
    ['eigen-auto', 'rijdt de inwoner zelf auto'],
    ['lift-netwerk', 'is er iemand in het netwerk die de inwoner kan rijden'],
    ['regiotaxi', 'waar wil de inwoner naartoe'],
    ['beweegaanbod', 'is bewegen medisch belangrijk'],
    ['scootmobiel', 'hoe ver kan de inwoner lopen'],
  ])('asks first when nothing is known: %s → nagaan, "%s"', (id, expectedQuestion) => {
    const actual = proposalFor({}, defaultPack, id);

    expect(actual.status).toBe('nagaan');
    expect(actual.reasons).toContain(`Nog vragen: ${expectedQuestion}`);
  });

  it('keeps the scootmobiel on "nagaan" until the earlier rungs are asked', () => {
    const actual = proposalFor(
      { walkingMeters: 40, destinations: [{ purpose: 'boodschappen', km: 1 }] },
      defaultPack,
      'scootmobiel',
    );

    expect(actual.status).toBe('nagaan');
    expect(actual.reasons).toContain('Nog vragen: fietsen, eigen auto, netwerk');
  });

  it.each<[string, MobilityAnswers, Status, string]>([
    [
      'traffic doubts',
      { ...alone84, trafficDoubts: ['zicht'] },
      'nagaan',
      'Twijfels over zien in het verkeer: rijvaardigheid nagaan',
    ],
    [
      'no charging point',
      { ...alone84, chargingAtHome: false },
      'nagaan',
      'geen stalling of oplaadpunt',
    ],
    ['exercise important', { ...alone84, exerciseImportant: true }, 'nagaan', 'anti-revaliderend'],
    [
      'a daily lift',
      {
        ...alone84,
        driverInNetwork: true,
        networkHelpers: ['familie'],
        networkAvailability: 'dagelijks',
      },
      'nagaan',
      'Eerder op de ladder past waarschijnlijk: Meerijden met familie, vrienden of buren',
    ],
  ])('holds back the scootmobiel for %s', (_name, answers, expectedStatus, expectedReason) => {
    const actual = proposalFor(answers, defaultPack, 'scootmobiel');

    expect(actual.status).toBe(expectedStatus);
    expect(actual.reasons).toContain(expectedReason);
  });

  it('reads the threshold and the ladder from the shipped default pack', () => {
    const parsed = parsePack(defaultPackInput);
    if (!parsed.ok) throw new Error(parsed.error);

    const actual = proposalFor(alone84, parsed.pack, 'scootmobiel');

    expect(actual.status).toBe('past');
    expect(actual.reasons).toContain('onder de gemeentelijke grens van 100 m');
  });

  it('falls back to a 100 m threshold when the pack has no setting', () => {
    const pack = { mobilityAlternatives: defaultPack.mobilityAlternatives };

    const actual = proposalFor(walks150, pack, 'scootmobiel');

    expect(actual.status).toBe('past-niet');
    expect(actual.reasons).toContain('boven de gemeentelijke grens van 100 m');
  });
});

describe('proposeStatuses with a municipal pack (Zijlstad: 200 m, no pool, own buurtbus)', () => {
  it.each<[string, MobilityAnswers, string, Status, Status, string]>([
    [
      '150 m lopen',
      walks150,
      'scootmobiel',
      'past-niet',
      'past',
      'onder de gemeentelijke grens van 200 m',
    ],
    [
      '150 m lopen',
      walks150,
      'buurtbus',
      'past',
      'past-niet',
      'Contact: Buurtbus Zijlstad, 0591 123 456.',
    ],
    [
      '150 m lopen',
      walks150,
      'rollator',
      'past',
      'nagaan',
      'onder de gemeentelijke grens van 200 m',
    ],
    ['driewielfiets', tricycleDaughter, 'scootmobiel', 'past-niet', 'nagaan', 'Inwoner fietst nog'],
  ])('%s: %s goes from "%s" to "%s"', (_name, answers, id, before, after, expectedReason) => {
    const actualDefault = proposalFor(answers, defaultPack, id);
    const actualLocal = proposalFor(answers, zijlstadPack, id);

    expect(actualDefault.status).toBe(before);
    expect(actualLocal.status).toBe(after);
    expect(actualLocal.reasons).toContain(expectedReason);
  });

  it('drops the unavailable scootmobielpool and adds the local boodschappenbus with its contact', () => {
    const actual = proposeStatuses(alone84, zijlstadPack);

    const ids = actual.map((p) => p.alternativeId);
    expect(ids).not.toContain('scootmobielpool');
    expect(ids.indexOf('boodschappenbus-zijlstad')).toBeLessThan(ids.indexOf('scootmobiel'));
    expect(actual.find((p) => p.alternativeId === 'boodschappenbus-zijlstad')).toMatchObject({
      status: 'nagaan',
      reasons: expect.arrayContaining([
        'Contact: Boodschappenbus De Zijl, welzijn@zijlstad.example.',
      ]),
    });
  });

  it('skips disabled items', () => {
    const pack = {
      ...defaultPack,
      mobilityAlternatives: defaultPack.mobilityAlternatives.map((a) =>
        a.id === 'valys' ? { ...a, disabled: true } : a,
      ),
    };

    const actual = proposeStatuses(alone84, pack).map((p) => p.alternativeId);

    expect(actual).not.toContain('valys');
  });
});
