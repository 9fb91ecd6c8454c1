import { describe, expect, it } from 'vitest';
import { isValidSource } from '../packs/source-format';
import type { MobilityAnswers } from './answers-schema';
import { alone84, copd58, defaultPack, walks150, zijlstadPack } from './cases.nl';
import type { MobilityPack } from './facts';
import { mobilitySignals } from './signals';

const ids = (answers: MobilityAnswers, pack: MobilityPack = defaultPack) =>
  mobilitySignals(answers, pack).map((s) => s.id);

const signal = (answers: MobilityAnswers, id: string, pack: MobilityPack = defaultPack) => {
  const found = mobilitySignals(answers, pack).find((s) => s.id === id);
  if (!found) throw new Error(`no signal ${id}`);
  return found;
};

describe('mobilitySignals', () => {
  it.each<[string, MobilityAnswers, MobilityPack, string, string]>([
    [
      '50 m, 100 m grens',
      alone84,
      defaultPack,
      'loopafstand-onder-grens',
      'Loopafstand 50 m met hulpmiddel, onder de gemeentelijke grens van 100 m.',
    ],
    [
      '150 m, 100 m grens',
      walks150,
      defaultPack,
      'loopafstand-boven-grens',
      'Loopafstand 150 m zonder hulpmiddel, boven de gemeentelijke grens van 100 m.',
    ],
    [
      '150 m, 200 m grens (Zijlstad)',
      walks150,
      zijlstadPack,
      'loopafstand-onder-grens',
      'Loopafstand 150 m zonder hulpmiddel, onder de gemeentelijke grens van 200 m.',
    ],
    [
      '100 m, 100 m grens',
      { walkingMeters: 100 },
      defaultPack,
      'loopafstand-onder-grens',
      'Loopafstand 100 m, gelijk aan de gemeentelijke grens van 100 m.',
    ],
    [
      'niet gevraagd',
      {},
      zijlstadPack,
      'loopafstand-onbekend',
      'Loopafstand nog niet gevraagd (gemeentelijke grens: 200 m).',
    ],
  ])(
    'compares the loopafstand with the threshold: %s',
    (_name, answers, pack, expectedId, expectedText) => {
      const actual = signal(answers, expectedId, pack);

      expect(actual.text).toBe(expectedText);
    },
  );

  it('cites an accepted source on every signal', () => {
    const everything: MobilityAnswers = {
      ...copd58,
      trafficDoubts: ['zicht'],
      storageAtHome: false,
      fallRisk: true,
      progressive: true,
    };

    const actual = mobilitySignals(everything, defaultPack).filter((s) => !isValidSource(s.source));

    expect(actual).toEqual([]);
  });

  it('cites the municipal source of the threshold', () => {
    const actual = signal(walks150, 'loopafstand-onder-grens', zijlstadPack);

    expect(actual.source).toBe('Beleidsregels Wmo Zijlstad (test)');
  });

  it('proposes a beweegroute and a vitaliteitsgesprek when exercise is medically important', () => {
    const actual = signal(copd58, 'bewegen-medisch-belangrijk');

    expect(actual.text).toContain('anti-revaliderend');
    expect(actual.text).toContain('CRvB 2016:1741');
    expect(actual.actions.join(' ')).toMatch(/fysiotherapie.*verwijs warm/);
    expect(actual.actions.join(' ')).toContain('vitaliteitsgesprek');
  });

  it.each<[string, MobilityAnswers, string, string]>([
    [
      'no charging point',
      { storageAtHome: true, chargingAtHome: false },
      'stalling-opladen',
      'Thuis geen oplaadpunt.',
    ],
    [
      'no storage, no charging',
      { storageAtHome: false, chargingAtHome: false },
      'stalling-opladen',
      'Thuis geen stalling en oplaadpunt.',
    ],
    [
      'doubts about sight and reaction',
      { trafficDoubts: ['zicht', 'reactie'] },
      'rijvaardigheid',
      'Twijfels over zien en reactievermogen in het verkeer.',
    ],
    [
      'focused on the scootmobiel',
      { focusOnlyScootmobiel: true },
      'breder-gesprek',
      'De inwoner richt zich alleen op een scootmobiel. Open het gesprek breder.',
    ],
  ])('raises a signal for %s', (_name, answers, expectedId, expectedText) => {
    const actual = signal(answers, expectedId);

    expect(actual.text).toBe(expectedText);
    expect(actual.actions.length).toBeGreaterThan(0);
  });

  it('opens the wider conversation with questions about what the inwoner wants to do', () => {
    const actual = signal(copd58, 'breder-gesprek').actions;

    expect(actual).toContain('Wat wilt u weer kunnen doen, als vervoer geen probleem was?');
  });

  it.each<[string, MobilityAnswers, string[]]>([
    [
      '"geen" doubts and storage in place',
      { trafficDoubts: ['geen'], storageAtHome: true, chargingAtHome: true },
      ['rijvaardigheid', 'stalling-opladen'],
    ],
    [
      'unknown storage',
      { walkingMeters: 80 },
      ['stalling-opladen', 'bewegen-medisch-belangrijk', 'breder-gesprek'],
    ],
  ])('stays quiet for %s', (_name, answers, absent) => {
    const actual = ids(answers);

    for (const id of absent) expect(actual).not.toContain(id);
  });
});
