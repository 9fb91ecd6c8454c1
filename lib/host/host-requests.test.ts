import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INSERT_LENGTH, parseHostRequest } from './host-requests';

describe('parseHostRequest', () => {
  it.each([
    [{ type: 'host/get-context', data: {} }, { type: 'host/get-context' }],
    [
      { type: 'host/insert-text', data: { text: 'Hulpvraag: boodschappen doen.' } },
      { type: 'host/insert-text', text: 'Hulpvraag: boodschappen doen.' },
    ],
  ])('accepts %j', (message, expected) => {
    expect(parseHostRequest(message)).toEqual(expected);
  });

  it.each([
    ['an unknown type', { type: 'vault/export', data: {} }],
    ['no data', { type: 'host/get-context' }],
    ['extra fields', { type: 'host/get-context', data: { tabId: 1 } }],
    ['extra insert fields', { type: 'host/insert-text', data: { text: 'x', submit: true } }],
    ['empty text', { type: 'host/insert-text', data: { text: '' } }],
    [
      'text that is too long',
      { type: 'host/insert-text', data: { text: 'x'.repeat(MAX_INSERT_LENGTH + 1) } },
    ],
    ['text that is not a string', { type: 'host/insert-text', data: { text: ['x'] } }],
    ['an array', [{ type: 'host/get-context', data: {} }]],
    [
      'a class instance',
      Object.assign(Object.create({ forged: true }) as object, {
        type: 'host/get-context',
        data: {},
      }),
    ],
    ['a string', '{"type":"host/get-context","data":{}}'],
    ['null', null],
  ])('ignores %s', (_name, message) => {
    expect(parseHostRequest(message)).toBeNull();
  });

  it('never throws and accepts only the exact shapes (fuzzed)', () => {
    const near = fc.record({
      type: fc.oneof(fc.constantFrom('host/get-context', 'host/insert-text'), fc.string()),
      data: fc.oneof(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.record({ text: fc.jsonValue() }),
      ),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), near), (message) => {
        const actual = parseHostRequest(message);

        if (actual?.type === 'host/insert-text') {
          expect(typeof actual.text).toBe('string');
          expect(actual.text.length).toBeGreaterThan(0);
        }
        if (actual) expect(['host/get-context', 'host/insert-text']).toContain(actual.type);
      }),
      { numRuns: 1000, seed: 20261123 },
    );
  });
});
