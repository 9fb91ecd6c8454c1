import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BSN_REPLACEMENT, findBsns, isValidBsn, redactBsn } from './bsn';
import { arbitraryBsn, arbitraryTextWithBsns } from '../testing/bsn-arbitraries';

describe('isValidBsn', () => {
  it.each(['111222333', '123456782', '232262536', '999999990'])('accepts %s', (digits) => {
    expect(isValidBsn(digits)).toBe(true);
  });

  it.each([
    ['123456789', 'fails the elfproef'],
    ['987654321', 'fails the elfproef'],
    ['111222334', 'one digit off'],
    ['000000000', 'all zeros'],
    ['12345678', 'eight digits'],
    ['1234567820', 'ten digits'],
    ['12345678a', 'not only digits'],
  ])('rejects %s (%s)', (digits) => {
    expect(isValidBsn(digits)).toBe(false);
  });
});

const found = (text: string) =>
  findBsns(text).map(({ offset, length }) => text.slice(offset, offset + length));

describe('findBsns', () => {
  it.each([
    ['Haar BSN is 123456782.', ['123456782']],
    ['BSN: 123 456 782', ['123 456 782']],
    ['bsn 123.456.782 (van de paspoortkopie)', ['123.456.782']],
    ['Op de ID-kaart: 1234.56.782', ['1234.56.782']],
    ['Nummer 1234 56 782 genoteerd', ['1234 56 782']],
    ['123-456-782', ['123-456-782']],
    ['bsn-111222333', ['111222333']],
    ['Zij 111222333, hij 232262536.', ['111222333', '232262536']],
    ['123456782 111 222 333', ['123456782', '111 222 333']],
    ['Bel 06-12345678 123456782', ['123456782']],
  ])('finds the BSN in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['Het nummer 123456789 klopt niet met de elfproef.'],
    ['Bel mij op 06-12345678 of 0612345678.'],
    ['Kantoor: 020-1234567, ook (020) 123 4567.'],
    ['Bel +31 612345678, 0031 612345678 of +31 6 12345678.'],
    ['IBAN NL91ABNA0417164300'],
    ['IBAN NL91 ABNA 0417 1643 00'],
    ['Zaak WMO-2026-00123 en Z-123456782.'],
    ['Het dossier 1234567820 is dicht.'],
    ['Een bedrag van 123.456.782,50 euro.'],
    ['Op 12-11-2026 om 10.30 uur, huisnummer 12.'],
    ['Postcode 1234 AB, 3,5 uur per week.'],
  ])('does not flag %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('redactBsn', () => {
  it('replaces each BSN and counts them', () => {
    expect(redactBsn('BSN 123456782 en 111 222 333.')).toEqual({
      text: `BSN ${BSN_REPLACEMENT} en ${BSN_REPLACEMENT}.`,
      removed: 2,
    });
  });

  it('leaves a text without BSN alone', () => {
    expect(redactBsn('Bel 06-12345678.')).toEqual({ text: 'Bel 06-12345678.', removed: 0 });
  });

  it('always finds a generated BSN', () => {
    fc.assert(
      fc.property(arbitraryBsn, (bsn) => {
        expect(isValidBsn(bsn)).toBe(true);
        expect(findBsns(`Mijn BSN is ${bsn}.`)).toHaveLength(1);
      }),
      { seed: 6, numRuns: 1000 },
    );
  });

  it('never leaves a valid BSN behind', () => {
    fc.assert(
      fc.property(arbitraryTextWithBsns, ({ text, bsns }) => {
        const { text: redacted } = redactBsn(text);
        expect(findBsns(redacted)).toEqual([]);
        for (const bsn of bsns) expect(redacted.replace(/\D/g, ' ')).not.toMatch(bsn);
      }),
      { seed: 11, numRuns: 1000 },
    );
  });
});
