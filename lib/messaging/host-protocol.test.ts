import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostProtocol, parseHostAnswer } from './host-protocol';

const CONTEXT = {
  screen: { id: 'aanvraag-scootmobiel', name: 'Aanvraag scootmobiel', conversationType: 'vervoer' },
  adapterId: 'demo-registration',
  caseRef: 'WMO-2026-00123',
};

describe('parseHostAnswer', () => {
  it.each([
    ['host/get-context', { ok: true, data: CONTEXT }, true],
    ['host/get-context', { ok: true, data: { ...CONTEXT, screen: null, caseRef: null } }, true],
    ['host/insert-text', { ok: true, data: { result: 'inserted' } }, true],
    ['host/insert-text', { ok: false, error: 'Geen veld' }, false],
    ['host/insert-text', { ok: true, data: { result: 'submitted' } }, false],
    ['host/get-context', { ok: true, data: { ...CONTEXT, vault: 'open' } }, false],
    ['host/get-context', { ok: true, data: { ...CONTEXT, caseRef: 'x'.repeat(81) } }, false],
    [
      'host/get-context',
      { ok: true, data: { ...CONTEXT, screen: { ...CONTEXT.screen, conversationType: 'jeugd' } } },
      false,
    ],
    ['host/get-context', undefined, false],
  ] as const)('%s answer %j yields data: %s', (type, answer, expected) => {
    expect(parseHostAnswer(type, answer).ok).toBe(expected);
  });

  it('never throws and never lets extra fields through (fuzzed)', () => {
    const answers = fc.oneof(
      fc.jsonValue(),
      fc.record(
        { ok: fc.boolean(), data: fc.jsonValue(), error: fc.jsonValue() },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('host/get-context', 'host/insert-text'),
        answers,
        (type, answer) => {
          const actual = parseHostAnswer(type, answer);

          if (actual.ok)
            expect(hostProtocol[type].response.safeParse(actual.data).success).toBe(true);
          else expect(actual.error.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000, seed: 20261123 },
    );
  });

  it('validates outgoing requests (fuzzed)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        const actual = hostProtocol['host/insert-text'].request.safeParse(data);

        if (actual.success) expect(actual.data.text.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000, seed: 20261123 },
    );
  });
});
