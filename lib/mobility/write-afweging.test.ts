import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import jargonJson from '../packs/default/jargon.json';
import { JargonEntrySchema } from '../packs/pack-schema';
import { checkText } from '../taalcheck/check-text';
import { createJargonMatcher } from '../taalcheck/find-jargon';
import type { MobilityAnswers } from './answers-schema';
import { alone84, copd58, defaultPack, tricycleDaughter, walks150, zijlstadPack } from './cases.nl';
import type { MobilityPack } from './facts';
import { displayName, ladder } from './ladder';
import { proposeStatuses } from './propose-statuses';
import { writeAfweging, type AfwegingInput } from './write-afweging';

const jargon = createJargonMatcher(z.array(JargonEntrySchema).parse(jargonJson));
// Terms the default jargon list leaves out but an inwoner should not meet either.
const OWN_JARGON = [
  'maatwerk',
  'voorliggend',
  'Wmo',
  'CRvB',
  'anti-revaliderend',
  'bruikleen',
  'indicatie',
  'Onderbouwing',
];

const granted84: AfwegingInput = {
  answers: alone84,
  pack: zijlstadPack,
  decisions: {
    rollator: { status: 'past-niet', reason: '' },
    regiotaxi: {
      status: 'past-niet',
      reason: 'Kan niet zelfstandig instappen; boodschappen zijn dagelijks.',
    },
    buurtbus: { status: 'past-niet', reason: 'Halte ligt 400 m van huis.' },
    scootmobiel: {
      status: 'past',
      reason: 'Loopafstand 50 m, dagelijkse boodschappen, geen netwerk.',
    },
  },
  conclusion: { text: 'Scootmobiel toegekend.', granted: ['scootmobiel'] },
  referrals: [
    {
      organisation: 'Welzijn Zijlstad',
      contact: '0591 222 333',
      goal: 'contact en activiteiten in de buurt',
      feedback: 'binnen 4 weken',
      lead: 'consulent',
      consent: true,
    },
  ],
  reEvaluation: 'april 2026',
};

const lineOf = (text: string, name: string) =>
  text.split('\n').find((l) => l.startsWith(`- ${name}:`)) ?? '';

describe('writeAfweging, professional text', () => {
  it.each<[string, MobilityAnswers, MobilityPack]>([
    ['COPD, 58', copd58, defaultPack],
    ['84, alleen', alone84, defaultPack],
    ['driewielfiets, dochter 8 km', tricycleDaughter, defaultPack],
    ['150 m in Zijlstad', walks150, zijlstadPack],
  ])(
    'names every considered alternative with its proposed status and reason: %s',
    (_name, answers, pack) => {
      const actual = writeAfweging({ answers, decisions: {}, pack }).professional;

      const names = new Map(ladder(pack).map((a) => [a.id, displayName(a)]));
      for (const proposal of proposeStatuses(answers, pack)) {
        const line = lineOf(actual, names.get(proposal.alternativeId)!);
        expect(line).toContain('(voorstel, nog niet bevestigd)');
        for (const reason of proposal.reasons) expect(line).toContain(reason);
      }
    },
  );

  it('lets confirmed and overridden decisions win over the proposals', () => {
    const actual = writeAfweging(granted84).professional;

    expect(lineOf(actual, 'Regiotaxi (collectief vraagafhankelijk vervoer)')).toBe(
      '- Regiotaxi (collectief vraagafhankelijk vervoer): past niet (vastgesteld, afwijkend van het voorstel "past waarschijnlijk"). Reden: Kan niet zelfstandig instappen; boodschappen zijn dagelijks.',
    );
    expect(lineOf(actual, 'Rollator of ander loophulpmiddel')).toContain(
      'past niet (vastgesteld). Reden: Loopafstand 50 m met hulpmiddel, onder de gemeentelijke grens van 200 m',
    );
    expect(lineOf(actual, 'Buurtbus Zijlstad')).toBe(
      '- Buurtbus Zijlstad: past niet (vastgesteld). Reden: Halte ligt 400 m van huis. Contact: Buurtbus Zijlstad, 0591 123 456.',
    );
    expect(actual).toContain('17 van de 21 oplossingen zijn nog niet bevestigd.');
  });

  it.each<[string, unknown]>([
    ['an unknown status', { status: 'misschien', reason: 'x' }],
    ['no reason field', { status: 'past' }],
  ])('ignores a decision with %s', (_name, decision) => {
    const actual = writeAfweging({
      answers: copd58,
      pack: defaultPack,
      decisions: { scootmobiel: decision },
    }).professional;

    expect(lineOf(actual, 'Scootmobiel (maatwerkvoorziening)')).toContain(
      'past waarschijnlijk niet (voorstel, nog niet bevestigd)',
    );
  });

  it('writes what was asked, the threshold with its source and what is still unasked', () => {
    const actual = writeAfweging({
      answers: { walkingMeters: 80, cycling: 'nee' },
      pack: zijlstadPack,
      decisions: {},
    }).professional;

    expect(actual).toContain('- Loopafstand: 80 m, onder de gemeentelijke grens van 200 m.');
    expect(actual).toContain('- Vervoer: fietsen: nee.');
    expect(actual).toContain(
      '- Gemeentelijke grens loopafstand: 200 m (bron: Beleidsregels Wmo Zijlstad (test)).',
    );
    expect(actual).toMatch(
      /- Nog niet gevraagd: bestemmingen, openbaar vervoer, eigen auto, .* en stalling en opladen\./,
    );
  });

  it('writes the conclusion, the warm referral and the agreed herbeoordeling of a granted scootmobiel', () => {
    const actual = writeAfweging(granted84).professional;

    expect(actual).toContain(
      'Conclusie\nScootmobiel toegekend.\nToegekend of afgesproken: Scootmobiel (maatwerkvoorziening).',
    );
    expect(actual).toContain(
      '- Welzijn Zijlstad (0591 222 333): doel: contact en activiteiten in de buurt; terugkoppeling: binnen 4 weken; regie: consulent; toestemming inwoner: ja.',
    );
    expect(actual).toContain(
      'Herbeoordeling\nScootmobiel (maatwerkvoorziening): herbeoordeling april 2026.',
    );
    expect(actual).toContain('De aandoening wordt erger');
  });

  it.each<[string, Partial<AfwegingInput>, string, string | undefined]>([
    [
      'no moment agreed',
      { reEvaluation: undefined },
      'moment van herbeoordeling nog niet afgesproken',
      undefined,
    ],
    [
      'nothing granted',
      { conclusion: { text: 'Eerst proefrit driewielfiets.' } },
      'Eerst proefrit driewielfiets.',
      'Herbeoordeling',
    ],
    [
      'no referral while a voorziening fits',
      { referrals: [] },
      'een advies alleen is geen warme overdracht',
      undefined,
    ],
  ])('handles %s', (_name, patch, expected, absent) => {
    const actual = writeAfweging({ ...granted84, ...patch }).professional;

    expect(actual).toContain(expected);
    if (absent) expect(actual).not.toContain(absent);
  });
});

describe('writeAfweging, inwoner text', () => {
  it.each<[string, AfwegingInput]>([
    ['toegekende scootmobiel', granted84],
    ['COPD zonder besluiten', { answers: copd58, pack: defaultPack, decisions: {} }],
    [
      'driewielfiets, alles bevestigd',
      {
        answers: tricycleDaughter,
        pack: defaultPack,
        decisions: Object.fromEntries(
          proposeStatuses(tricycleDaughter, defaultPack).map((p) => [
            p.alternativeId,
            { status: p.status, reason: '' },
          ]),
        ),
        referrals: [
          {
            organisation: 'Fietsenmaker De Spaak',
            goal: 'een proefrit op een driewielfiets met trapondersteuning',
          },
        ],
      },
    ],
  ])('uses no jargon and short sentences: %s', (_name, input) => {
    const actual = writeAfweging(input).inwoner;

    expect(jargon('De maatwerkvoorziening volgt.')).toHaveLength(1);
    expect(jargon(actual).map((hit) => hit.term)).toEqual([]);
    for (const term of OWN_JARGON) expect(actual.toLowerCase()).not.toContain(term.toLowerCase());
    expect(checkText(actual, { jargon }).avgSentenceLength).toBeLessThanOrEqual(15);
  });

  it('tells confirmed outcomes, the agreements and the moment to look again, in plain words', () => {
    const actual = writeAfweging(granted84).inwoner;

    expect(actual).toContain('U kunt ongeveer 50 meter lopen, met een rollator of stok.');
    expect(actual).toContain('Dit past niet goed bij u:\n- Lopen met een rollator of stok.');
    expect(actual).toContain('- Een kleine bus in uw buurt (Buurtbus Zijlstad, 0591 123 456).');
    expect(actual).toContain('- Een scootmobiel die u van de gemeente mag gebruiken.');
    expect(actual).toContain(
      '- Welzijn Zijlstad neemt contact met u op. Zij helpen u met: contact en activiteiten in de buurt.',
    );
    expect(actual).toContain('Dat doen we: april 2026.');
  });

  it('does not present unconfirmed proposals as outcomes', () => {
    const actual = writeAfweging({ answers: copd58, pack: defaultPack, decisions: {} }).inwoner;

    expect(actual).not.toContain('Dit past bij u');
    expect(actual).toContain('Over de mogelijkheden praten we nog.');
  });

  it('asks consent before a referral the inwoner has not agreed to', () => {
    const actual = writeAfweging({
      ...granted84,
      referrals: [{ organisation: 'Fysiotherapie Zijlstad', goal: 'beter en verder lopen' }],
    }).inwoner;

    expect(actual).toContain(
      'Als u het goed vindt, vragen wij Fysiotherapie Zijlstad om contact met u op te nemen.',
    );
  });
});
