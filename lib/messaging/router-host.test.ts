import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LoadedAdapters } from '../site-access/adapter-sources';
import { parseAdapters } from '../adapters/parse-adapters';
import { BUILTIN_ADAPTERS } from '../adapters/builtin';
import { createAdapterHandlers } from './handlers/adapters';
import { createHostHandlers } from './handlers/host-status';
import { createVaultSaveHandlers } from './handlers/vault-save';
import { createRouter } from './router';

const ID = 'nljkgbkkobbpgjaaiagdgliaddhianif';
const CONTENT = {
  id: ID,
  url: 'http://127.0.0.1:8765/scootmobiel.html',
  tab: { id: 7 },
  frameId: 0,
};
const PANEL = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const OPTIONS = { id: ID, url: `chrome-extension://${ID}/options.html` };
const FOREIGN = { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'https://evil.example/' };

const loaded: LoadedAdapters = {
  ...parseAdapters(BUILTIN_ADAPTERS, 'builtin'),
  origins: new Map([['demo-registration', 'builtin']]),
  problems: ['Adapter uit het beleid ongeldig: "gws" › matches: ontbreekt'],
};
const route = createRouter(
  {
    ...createHostHandlers(),
    ...createAdapterHandlers(async () => loaded),
    ...createVaultSaveHandlers(),
  },
  ID,
);

describe('the router for the host messages', () => {
  it('gives a content script the validated adapters', async () => {
    const actual = await route({ type: 'host/adapters', data: {} }, CONTENT);

    expect(actual).toMatchObject({ ok: true, data: { adapters: [{ id: 'demo-registration' }] } });
  });

  it('gives the options page the adapter status with the problems', async () => {
    const actual = await route({ type: 'adapters/status', data: {} }, OPTIONS);

    expect(actual).toEqual({
      ok: true,
      data: {
        adapters: [
          {
            id: 'demo-registration',
            name: 'Demo registratiesysteem Gemeente Zijlstad',
            origin: 'builtin',
            screens: 4,
          },
        ],
        problems: loaded.problems,
      },
    });
  });

  it.each([
    ['a foreign sender', { type: 'host/adapters', data: {} }, FOREIGN],
    ['the panel asking as a content script', { type: 'host/adapters', data: {} }, PANEL],
    ['a content script asking for the status', { type: 'adapters/status', data: {} }, CONTENT],
    [
      'a content script announcing page text',
      {
        type: 'host/announced',
        data: { origin: 'x', screen: 'x', adapterId: null, caseRef: 'WMO-1' },
      },
      CONTENT,
    ],
  ])('refuses %s', async (_name, message, sender) => {
    const actual = await route(message, sender);

    expect(actual.ok).toBe(false);
  });

  it('answers every arbitrary message from any sender with a result, never a throw (fuzzed)', async () => {
    const message = fc.oneof(
      fc.jsonValue(),
      fc.record({
        type: fc.constantFrom(
          'host/adapters',
          'adapters/status',
          'host/announced',
          'host/status',
          'x',
        ),
        data: fc.jsonValue(),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        message,
        fc.constantFrom(CONTENT, PANEL, OPTIONS, FOREIGN),
        async (m, sender) => {
          const actual = await route(m, sender);

          expect(typeof actual.ok).toBe('boolean');
          if (sender === FOREIGN) expect(actual.ok).toBe(false);
        },
      ),
      { numRuns: 1000, seed: 20261123 },
    );
  });
});
