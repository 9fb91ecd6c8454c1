import { describe, expect, it } from 'vitest';
import { findBsns } from '../taalcheck/bsn';
import { buildSystemReport } from './build-system-report';
import {
  ALL,
  conversation,
  emptyVervoer,
  emptyVrij,
  emptyWerk,
  emptyWmo,
  fullWmo,
  pack,
  vervoer,
  vrij,
  werk,
} from './cases.nl';

const headingsOf = (report: string) => report.split('\n\n').map((block) => block.split('\n')[0]);

describe('buildSystemReport templates', () => {
  it.each([
    [
      'wmo',
      fullWmo,
      ['Verslag Wmo-onderzoek', 'Wmo-onderzoek', 'Leefgebieden', 'Brede uitvraag leefgebieden'],
    ],
    [
      'werk',
      werk,
      ['Verslag gesprek werk en participatie', 'Werk en participatie', 'Leefgebieden'],
    ],
    [
      'vervoer',
      vervoer,
      ['Verslag Wmo-onderzoek vervoer', 'Scootmobiel en vervoer', 'Afweging vervoersvraag'],
    ],
    ['vrij', vrij, ['Verslag gesprek leefgebieden', 'Leefgebieden', 'Brede uitvraag leefgebieden']],
  ])('a %s conversation opens with its own sections', (_type, talk, expected) => {
    const actual = headingsOf(buildSystemReport(talk, pack)).slice(0, expected.length);

    expect(actual).toEqual(expected);
  });

  it.each(Object.entries(ALL))('%s ends with afspraken, signalen and open punten', (_, talk) => {
    const actual = headingsOf(buildSystemReport(talk, pack)).slice(-3);

    expect(actual).toEqual(['Afspraken', 'Signalen tijdens het gesprek', 'Open punten']);
  });

  it('reports the Wmo-onderzoek items in the order of art. 2.3.2 lid 4', () => {
    const report = buildSystemReport(fullWmo, pack);
    const items = pack.checklists.find((list) => list.id === 'wmo-onderzoek')!.items;

    const positions = items.map((item) => report.indexOf(`- ${item.text} (`));

    expect(positions.every((position) => position > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('buildSystemReport on an almost empty conversation', () => {
  it.each([
    ['wmo', emptyWmo, 'Hulpvraag in de eigen woorden van de inwoner'],
    ['werk', emptyWerk, 'Doel van de inwoner: werk, opleiding, stage of vrijwilligerswerk'],
    ['vervoer', emptyVervoer, 'Hoe de inwoner zich nu verplaatst'],
    ['vrij', emptyVrij, 'Inkomen en rondkomen'],
  ])('the %s verslag says what was not discussed and invents nothing', (_type, talk, item) => {
    const report = buildSystemReport(talk, pack);

    expect(report).toContain('- Geen leefgebieden gescoord of beschreven.');
    expect(report).toContain('- Geen afspraken vastgelegd.');
    expect(report).toContain('- Geen signalen vastgelegd.');
    expect(report).toMatch(new RegExp(`Niet besproken[^\\n]*${item.replace(/[()]/g, '\\$&')}`));
    expect(report).not.toMatch(/: besproken\.|niveau \d|Warme overdracht/);
  });

  it('the empty vervoer verslag has an afweging without a conclusion', () => {
    const report = buildSystemReport(emptyVervoer, pack);

    expect(report).toContain('Afweging vervoersvraag');
    expect(report).toContain('Nog geen conclusie vastgelegd.');
    expect(report).not.toContain('(vastgesteld)');
  });
});

describe('buildSystemReport on a full Wmo-onderzoek', () => {
  const report = buildSystemReport(fullWmo, pack);

  it.each([
    [
      '- Gebruikelijke hulp van huisgenoten (Wmo 2015 art. 2.3.2 lid 4 sub b): niet van toepassing.',
    ],
    ['- Ondersteuning van de mantelzorger (Wmo 2015 art. 2.3.2 lid 4 sub d): later bespreken.'],
    ['- Maatschappelijk nuttige activiteiten (Wmo 2015 art. 2.3.2 lid 4 sub e): niet besproken.'],
    ['- Welke maatwerkvoorziening nodig is (Wmo 2015 art. 2.3.2 lid 4 sub g): besproken.'],
    ['- Instrumentele ADL: niveau 2, niet zelfredzaam.'],
    ['  - In eigen woorden: "Het huishouden lukt niet meer sinds mijn heupoperatie."'],
    ['  - Sterke kanten en netwerk: Dochter doet elke zaterdag de boodschappen.'],
    ['  - Wens: Zelf blijven koken.'],
    ['- Sociaal netwerk: niveau 3, beperkt zelfredzaam.'],
    ['- Huisvesting: niveau 4, voldoende zelfredzaam.'],
    ['- Consulent: Huishoudelijke ondersteuning aanvragen (wanneer: vrijdag 20 juni).'],
    ['- Inwoner: De folder van de boodschappendienst lezen.'],
    [
      '  - Warme overdracht: organisatie: Welzijn Zijlstad; doel: Een maatje zoeken voor een wekelijkse wandeling; duur: drie maanden; terugkoppeling: Na zes weken belt de ouderenadviseur de consulent; regie: consulent; toestemming inwoner: ja.',
    ],
    ['- Vergeetachtig of overzicht kwijt.'],
    ['- Vermoeid.'],
    ['- Later bespreken: Ondersteuning van de mantelzorger.'],
    ['- Niet besproken: Mogelijkheid van een persoonlijk plan genoemd.'],
    ['Datum: maandag 16 juni 2025'],
  ])('holds the line %j', (line) => {
    expect(report.split('\n')).toContain(line);
  });

  it('names only the leefgebieden that were scored or described, and lists the rest as not discussed', () => {
    const line = report.split('\n').find((l) => l.startsWith('- Niet besproken: Financiën'));

    expect(line).toContain('Justitie');
    expect(line).not.toContain('Huisvesting');
  });

  it('keeps the shorter brede uitvraag to what was discussed, and its open items on one line', () => {
    expect(report).toContain('- Besproken: Schulden en achterstanden; Wonen.');
    expect(report).toMatch(
      /- Niet besproken \(brede uitvraag leefgebieden\): Inkomen en rondkomen;/,
    );
  });

  it('marks an acute signal', () => {
    const actual = buildSystemReport(
      conversation('vrij', { signals: { 'acute-dreiging': true } }),
      pack,
    );

    expect(actual).toContain('- Acute dreiging (acuut).');
  });

  it('writes a warm handover without consent as not yet given', () => {
    expect(buildSystemReport(vrij, pack)).toContain('toestemming inwoner: nog niet gegeven.');
  });
});

describe('buildSystemReport on a vervoer conversation', () => {
  const report = buildSystemReport(vervoer, pack);

  it('places the afweging after the vervoersvraag and before the Wmo-onderzoek', () => {
    const headings = headingsOf(report);

    expect(headings.indexOf('Afweging vervoersvraag')).toBe(
      headings.indexOf('Scootmobiel en vervoer') + 1,
    );
    expect(headings.indexOf('Wmo-onderzoek')).toBeGreaterThan(
      headings.indexOf('Afweging vervoersvraag'),
    );
  });

  it.each([
    [
      '- Scootmobiel (maatwerkvoorziening): past niet (vastgesteld). Reden: Bewegen is medisch belangrijk; loopt 300 m.',
    ],
    ['- Buurtbus: past (vastgesteld). Reden: Rijdt twee keer per week naar de markt.'],
    ['- Stallen en opladen bij de woning: later bespreken.'],
    [
      '- Fysiotherapie De Brug: doel: Weer langer kunnen lopen; duur: twaalf weken; terugkoppeling: Verslag aan de consulent na afloop; regie: consulent; toestemming inwoner: ja.',
    ],
  ])('holds the line %j', (line) => {
    expect(report.split('\n')).toContain(line);
  });
});

describe('buildSystemReport and the BSN', () => {
  it('never writes a BSN that slipped into free text', () => {
    const talk = conversation('wmo', {
      notes: {
        financien: { own: 'Mijn BSN is 123456782, staat op de brief.', strengths: '', wish: '' },
      },
      agreements: [{ who: 'consulent', what: 'Dossier 111222333 opvragen', when: '' }],
    });

    const actual = buildSystemReport(talk, pack);

    expect(findBsns(actual)).toEqual([]);
    expect(actual).not.toMatch(/123456782|111222333/);
    expect(actual).toContain('[BSN verwijderd]');
  });
});
