import { describe, expect, it } from 'vitest';
import { matchesPattern } from './match-pattern';

describe('matchesPattern', () => {
  it.each([
    ['http://127.0.0.1/*', 'http://127.0.0.1:8765/scootmobiel.html?zaak=WMO-1'],
    ['https://sociaal.zijlstad.nl/*', 'https://sociaal.zijlstad.nl/zaak/12'],
    ['https://*.zijlstad.nl/*', 'https://wmo.sociaal.zijlstad.nl/'],
    ['https://*.zijlstad.nl/*', 'https://zijlstad.nl/'],
    ['*://suite.gemeente.nl/sd/*', 'http://suite.gemeente.nl/sd/melding'],
    ['http://localhost:3000/*', 'http://localhost:3000/'],
    ['https://gws.gemeente.nl/*/verslag', 'https://gws.gemeente.nl/zaak/12/verslag'],
  ])('%s matches %s', (pattern, href) => {
    expect(matchesPattern(pattern, href)).toBe(true);
  });

  it.each([
    ['https://sociaal.zijlstad.nl/*', 'http://sociaal.zijlstad.nl/'],
    ['https://*.zijlstad.nl/*', 'https://zijlstad.nl.evil.example/'],
    ['https://*.zijlstad.nl/*', 'https://eviljlstad.nl/'],
    ['*://suite.gemeente.nl/sd/*', 'https://suite.gemeente.nl/andere/'],
    ['*://suite.gemeente.nl/*', 'file:///suite.gemeente.nl/'],
    ['http://localhost:3000/*', 'http://localhost:3001/'],
    ['geen patroon', 'https://sociaal.zijlstad.nl/'],
    ['https://sociaal.zijlstad.nl/*', 'geen url'],
  ])('%s does not match %s', (pattern, href) => {
    expect(matchesPattern(pattern, href)).toBe(false);
  });
});
