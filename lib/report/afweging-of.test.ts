import { describe, expect, it } from 'vitest';
import { alone84 } from '../mobility/cases.nl';
import { afwegingOf } from './afweging-of';
import { buildCitizenLetter } from './build-citizen-letter';
import { buildSystemReport } from './build-system-report';
import { conversation, pack } from './cases.nl';

const DECISIONS = {
  regiotaxi: { status: 'past', reason: 'Voor bezoek aan de huisarts.' },
  scootmobiel: { status: 'past', reason: 'Loopt 50 m met rollator, dagelijkse boodschappen.' },
};

/** The 84-year-old with 50 m and no network; the scootmobiel is granted. */
const granted = (conclusion: Record<string, unknown>) =>
  conversation('vervoer', {
    mobility: { ...alone84, ...conclusion },
    decisions: DECISIONS,
  });

const scootmobiel84 = granted({
  'afweging-conclusie': 'Scootmobiel in bruikleen toegekend; regiotaxi-pas aangevraagd.',
  'afweging-toegekend': ['scootmobiel', 'regiotaxi'],
  'afweging-herbeoordeling': 'over 12 maanden, april 2027',
});

describe('afwegingOf with a recorded conclusion', () => {
  it.each([
    ['Scootmobiel in bruikleen toegekend; regiotaxi-pas aangevraagd.'],
    [
      'Toegekend of afgesproken: Regiotaxi (collectief vraagafhankelijk vervoer) en Scootmobiel (maatwerkvoorziening).',
    ],
    ['Scootmobiel (maatwerkvoorziening): herbeoordeling over 12 maanden, april 2027.'],
  ])('the professional text holds %j', (line) => {
    expect(afwegingOf(scootmobiel84, pack)!.professional.split('\n')).toContain(line);
  });

  it('says the herbeoordeling is not agreed when the moment is missing', () => {
    const text = afwegingOf(granted({ 'afweging-toegekend': ['scootmobiel'] }), pack)!;

    expect(text.professional).toContain(
      'Scootmobiel (maatwerkvoorziening): moment van herbeoordeling nog niet afgesproken.',
    );
    expect(text.inwoner).toContain('We spreken nog af wanneer we samen kijken');
  });

  it('ignores a granted alternative that is no longer confirmed as fitting', () => {
    const talk = granted({ 'afweging-toegekend': ['buurtbus'] });

    const text = afwegingOf(talk, pack)!.professional;

    expect(text).not.toContain('Toegekend of afgesproken');
    expect(text).toContain('Nog geen conclusie vastgelegd.');
  });
});

describe('the verslag and the letter of a granted scootmobiel', () => {
  it('the verslag carries the conclusion and the herbeoordeling', () => {
    const report = buildSystemReport(scootmobiel84, pack);

    expect(report).toContain('Scootmobiel in bruikleen toegekend; regiotaxi-pas aangevraagd.');
    expect(report).toContain('herbeoordeling over 12 maanden, april 2027');
  });

  it('the B1 letter tells what was agreed and when we look again', () => {
    const letter = buildCitizenLetter(scootmobiel84, pack);
    const agreed = letter.slice(letter.indexOf('Wat we hebben afgesproken:'));

    expect(agreed).toMatch(/^- Een scootmobiel/m);
    expect(letter).toContain(
      'We kijken samen of dit nog goed bij u past. Dat doen we: over 12 maanden, april 2027.',
    );
  });
});

describe('the verslag counts the vervoerscheck as coverage', () => {
  it.each([
    ['- Loopafstand, met of zonder hulpmiddel (gemeentelijke grens): besproken.'],
    ['- Fietsen: fiets, e-bike of driewielfiets: besproken.'],
    ['- Hoe de inwoner zich nu verplaatst: niet besproken.'],
  ])('holds the line %j', (line) => {
    expect(buildSystemReport(scootmobiel84, pack).split('\n')).toContain(line);
  });

  it('keeps the explicit mark of the professional', () => {
    const talk = { ...scootmobiel84, checklist: { 'vervoer-loopafstand': 'later' as const } };

    expect(buildSystemReport(talk, pack).split('\n')).toContain(
      '- Loopafstand, met of zonder hulpmiddel (gemeentelijke grens): later bespreken.',
    );
  });
});
