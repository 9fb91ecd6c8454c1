import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import defaultJargon from '../packs/default/jargon.json';
import { JargonEntrySchema, type JargonEntry } from '../packs/pack-schema';
import { createJargonMatcher } from './find-jargon';

const entry = (id: string, term: string, b1: string, variants: string[] = []): JargonEntry => ({
  id,
  term,
  b1,
  variants,
  explanation: '',
  source: 'domain-anchors §5.6',
  version: 1,
});

// Terms and B1 alternatives after domain-anchors §5.6.
const match = createJargonMatcher([
  entry('maatwerkvoorziening', 'maatwerkvoorziening', 'hulp die speciaal voor u geregeld wordt'),
  entry('voorziening', 'voorziening', 'hulp'),
  entry('keukentafelgesprek', 'keukentafelgesprek', 'gesprek over uw situatie'),
  entry('eigen-bijdrage', 'eigen bijdrage', 'het deel dat u zelf betaalt'),
  entry('pgb', 'pgb', 'geld om zelf hulp in te kopen', ['persoonsgebonden budget']),
  entry('mantelzorg', 'mantelzorg', 'zorg van familie, vrienden of buren'),
  entry('beschikking', 'beschikking', 'de brief met het besluit'),
  entry('aanvraag', 'aanvraag', 'uw vraag om hulp'),
  entry('hulpmiddel', 'hulpmiddel', 'iets dat het dagelijks leven makkelijker maakt'),
  entry('indicatie', 'indicatie', 'de beslissing welke hulp u krijgt'),
  entry('herindicatie', 'herindicatie', 'opnieuw kijken of de hulp nog past'),
  entry('zin', 'ZiN', 'de gemeente regelt de hulp via een organisatie', ['zorg in natura']),
  entry('uitgezet', 'oud', 'niet meer gebruikt'),
]);

const found = (text: string) => match(text).map((hit) => [hit.term, hit.entryId]);

describe('createJargonMatcher', () => {
  it.each([
    ['U krijgt een maatwerkvoorziening.', [['maatwerkvoorziening', 'maatwerkvoorziening']]],
    ['De maatwerkvoorzieningen lopen af.', [['maatwerkvoorzieningen', 'maatwerkvoorziening']]],
    ['Uw Wmo-maatwerkvoorziening loopt af.', [['Wmo-maatwerkvoorziening', 'maatwerkvoorziening']]],
    ['We plannen twee keukentafelgesprekken.', [['keukentafelgesprekken', 'keukentafelgesprek']]],
    ['Het keukentafelgesprekje was kort.', [['keukentafelgesprekje', 'keukentafelgesprek']]],
    ['De Beschikkingen komen per post.', [['Beschikkingen', 'beschikking']]],
    ['Twee aanvragen zijn binnen.', [['aanvragen', 'aanvraag']]],
    ['Hulpmiddelen zoals een rollator.', [['Hulpmiddelen', 'hulpmiddel']]],
    [
      'Het PGB en de pgb’s en pgb-houders.',
      [
        ['PGB', 'pgb'],
        ['pgb’s', 'pgb'],
        ['pgb-houders', 'pgb'],
      ],
    ],
    ['Met een persoonsgebonden budget.', [['persoonsgebonden budget', 'pgb']]],
    [
      'Zorg in natura, ZiN of ZIN.',
      [
        ['Zorg in natura', 'zin'],
        ['ZiN', 'zin'],
        ['ZIN', 'zin'],
      ],
    ],
    ['De eigen bijdragen stijgen.', [['eigen bijdragen', 'eigen-bijdrage']]],
    ['De mantelzorgtaken zijn zwaar.', [['mantelzorgtaken', 'mantelzorg']]],
    ['Een woonvoorziening is nodig.', [['woonvoorziening', 'voorziening']]],
    ['De herindicatie volgt.', [['herindicatie', 'herindicatie']]],
    ['De indicatiestelling volgt.', [['indicatiestelling', 'indicatie']]],
  ])('flags %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['Zij is zorgvuldig en zin heeft ze wel.'],
    ['De mantelzorger komt morgen.'],
    ['Hij is onvoorzienig geweest.'],
    ['Eigen, bijdrage.'],
    ['Er is een beschikbaar plan.'],
    ['Een oude fiets.'],
  ])('does not flag %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reports offset, length and the B1 suggestion', () => {
    const text = 'Na het keukentafelgesprek volgt de beschikking.';
    expect(match(text)).toEqual([
      {
        term: 'keukentafelgesprek',
        offset: 7,
        length: 18,
        suggestion: 'gesprek over uw situatie',
        entryId: 'keukentafelgesprek',
      },
      {
        term: 'beschikking',
        offset: 35,
        length: 11,
        suggestion: 'de brief met het besluit',
        entryId: 'beschikking',
      },
    ]);
  });

  it('skips disabled entries', () => {
    const matcher = createJargonMatcher([
      { ...entry('melding', 'melding', 'u laat het ons weten'), disabled: true },
    ]);
    expect(matcher('Uw melding is binnen.')).toEqual([]);
  });
});

describe('with the default pack', () => {
  const defaultMatch = createJargonMatcher(z.array(JargonEntrySchema).parse(defaultJargon));
  const ids = (text: string) => defaultMatch(text).map((hit) => hit.entryId);

  it.each([
    ['Indien nodig bellen wij u.', ['indien']],
    ['Uw mantelzorgers helpen u.', ['mantelzorger']],
    ['We hebben de leefgebieden besproken.', ['leefgebied']],
    ['U heeft recht op gratis cliëntondersteuning.', ['clientondersteuning']],
  ])('flags %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    'U kunt uw aanvraag indienen bij de gemeente.',
    'Zij is sinds maart in dienst bij de supermarkt.',
    'Uw dochter doet de boodschappen.',
  ])('does not flag %j', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
