import { describe, expect, it } from 'vitest';
import { findPassives } from './passive-voice';

const passives = (text: string) => findPassives(text).map((hit) => hit.text);

describe('findPassives', () => {
  it.each([
    ['Uw aanvraag wordt door de gemeente besproken.', ['wordt door de gemeente besproken']],
    ['Uw situatie zal worden beoordeeld.', ['zal worden beoordeeld']],
    ['De hulp is aangevraagd.', ['is aangevraagd']],
    ['Een traplift werd toegekend.', ['werd toegekend']],
    ['Uw formulieren zijn ontvangen.', ['zijn ontvangen']],
    ['Het is besproken met uw dochter.', ['is besproken']],
    ['De aanvraag werd in maart afgewezen.', ['werd in maart afgewezen']],
    ['Er wordt gekeken naar andere hulp.', ['wordt gekeken']],
    ['De hulp wordt vanaf 1 mei toegewezen.', ['wordt vanaf 1 mei toegewezen']],
    ['U wordt gebeld door de thuiszorg.', ['wordt gebeld']],
    ['De afspraak is vastgesteld.', ['is vastgesteld']],
    ['Ik ben geholpen door mijn zoon.', ['ben geholpen']],
    ['Hij werd geïnformeerd over de kosten.', ['werd geïnformeerd']],
    ['Het verslag is gisteren verstuurd.', ['is gisteren verstuurd']],
    ['We weten dat de aanvraag ontvangen is.', ['ontvangen is']],
    ['Dit is iets dat beoordeeld moet worden.', ['beoordeeld moet worden']],
    ['Uw vraag wordt erkend.', ['wordt erkend']],
    [
      'De brief is ontvangen en wordt volgende week besproken.',
      ['is ontvangen', 'wordt volgende week besproken'],
    ],
  ])('flags %j', (text, expected) => {
    expect(passives(text)).toEqual(expected);
  });

  it.each([
    'Mevrouw is blij met de hulp.',
    'Hij is moe en ziek.',
    'Zij is ziek geworden.',
    'Ik ben gisteren naar de huisarts gegaan.',
    'Hij is vorig jaar verhuisd.',
    'Zijn moeder is overleden.',
    'Het is niet gelukt.',
    'Ik ben vergeten te bellen.',
    'Hij heeft met zijn zoon besproken wat hij wil.',
    'Hulp bij de was gevraagd.',
    'Zij is gezond en al jaren getrouwd.',
    'Ik ben erg bezorgd over mijn moeder.',
    'Hij is tevreden over de thuiszorg.',
    'Dat is moeilijk te begrijpen.',
    'Het is verschillend per gemeente.',
    'U bent van harte welkom.',
    'Zijn gezondheid is goed.',
    'Ze is beneden.',
    'Wij bellen u volgende week.',
  ])('does not flag %j', (text) => {
    expect(passives(text)).toEqual([]);
  });

  it('gives offsets into the text', () => {
    const text = 'Goed nieuws: uw aanvraag is toegekend.';
    expect(findPassives(text)).toEqual([{ offset: 25, length: 12, text: 'is toegekend' }]);
  });
});
