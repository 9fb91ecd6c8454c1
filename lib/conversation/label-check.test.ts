import { describe, expect, it } from 'vitest';
import { looksLikeName } from './label-check';

describe('looksLikeName', () => {
  it.each(['Jan de Vries', 'Fatima Yilmaz', 'mevrouw Anna Bakker', 'Piet van der Berg 12-11'])(
    'warns for "%s"',
    (label) => {
      expect(looksLikeName(label)).toBe(true);
    },
  );

  it.each([
    'JB 12-11',
    'J.d.V. 23-11-2026',
    'Intake wijk Noord',
    'AB keukentafel',
    'Melding 4 nov',
    '',
  ])('accepts "%s"', (label) => {
    expect(looksLikeName(label)).toBe(false);
  });
});
