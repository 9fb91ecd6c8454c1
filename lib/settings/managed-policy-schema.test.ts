import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANAGED_KEYS, parseManagedPolicy } from './managed-policy-schema';

describe('parseManagedPolicy', () => {
  it('keeps valid keys and reports the invalid ones in Dutch', () => {
    const actual = parseManagedPolicy({
      retentionDaysMax: 14,
      autoLockMinutesMax: 'vijf',
      allowedSites: ['https://sociaal.zijlstad.nl/*'],
      unknownKey: true,
    });

    expect(actual.policy).toEqual({
      retentionDaysMax: 14,
      allowedSites: ['https://sociaal.zijlstad.nl/*'],
    });
    expect(actual.problems).toEqual([
      'Beleidsinstelling "autoLockMinutesMax" is ongeldig en wordt genegeerd.',
    ]);
  });

  it('is described for the browser with the same keys', () => {
    const schema = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as {
      properties: Record<string, unknown>;
    };

    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_KEYS].sort());
  });
});
