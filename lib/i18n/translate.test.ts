import { describe, expect, it } from 'vitest';
import { dictionaries } from './messages';
import { createTranslator, format } from './translate';

describe('format', () => {
  it.each([
    ['Zijlijn werkt op {origin}.', { origin: 'gemeente.nl' }, 'Zijlijn werkt op gemeente.nl.'],
    ['{n} van {total}', { n: 2, total: 5 }, '2 van 5'],
    ['Onbekend {x}', {}, 'Onbekend {x}'],
  ])('fills %s', (template, params, expected) => {
    const actual = format(template, params);

    expect(actual).toBe(expected);
  });
});

describe('dictionaries', () => {
  it('has an English text for every Dutch key and no empty texts', () => {
    const nlKeys = Object.keys(dictionaries.nl).sort();
    const enKeys = Object.keys(dictionaries.en).sort();

    expect(enKeys).toEqual(nlKeys);
    for (const lang of ['nl', 'en'] as const) {
      for (const [key, text] of Object.entries(dictionaries[lang])) {
        expect(text.trim(), `${lang}:${key}`).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',');

    for (const [key, text] of Object.entries(dictionaries.nl)) {
      const english = dictionaries.en[key as keyof typeof dictionaries.en];
      expect(placeholders(english), key).toBe(placeholders(text));
    }
  });

  it('says inwoner, never cliënt, in Dutch UI text', () => {
    const offending = Object.entries(dictionaries.nl).filter(([, text]) =>
      /\bcli[eë]nt(en)?\b/i.test(text.replace(/cliëntondersteun\w*/gi, '')),
    );

    expect(offending).toEqual([]);
  });

  it('translates by key', () => {
    const t = createTranslator(dictionaries, 'en');

    expect(t('home.newConversation')).toBe('New conversation');
  });
});
