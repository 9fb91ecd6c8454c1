// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_ADAPTERS } from '../adapters/builtin';
import { parseAdapters } from '../adapters/parse-adapters';
import { createFocusTracker } from './focus-tracker';
import { createHostResponder } from './host-responder';

const { adapters } = parseAdapters(BUILTIN_ADAPTERS, 'builtin');

function open(file: string, href: string) {
  const html = readFileSync(path.resolve('e2e/host-pages/demo-registration', file), 'utf8');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '');
  const location = new URL(href) as unknown as Location;
  const tracker = createFocusTracker(document, (doc, handler) =>
    doc.addEventListener('focusin', handler, true),
  );
  return createHostResponder(document, location, adapters, tracker);
}

describe('createHostResponder', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = '<head></head><body></body>';
  });

  it('announces only ids: the screen and the adapter, never the case reference', () => {
    const host = open(
      'scootmobiel.html',
      'http://127.0.0.1:8765/scootmobiel.html?zaak=WMO-2026-00123',
    );

    const actual = host.announcement();

    expect(actual).toEqual({
      origin: 'http://127.0.0.1:8765',
      screen: 'aanvraag-scootmobiel',
      adapterId: 'demo-registration',
    });
    expect(JSON.stringify(actual)).not.toContain('WMO-2026');
  });

  it('gives the panel the screen, its conversation type and the case reference', () => {
    const host = open('scootmobiel.html', 'http://127.0.0.1:8765/scootmobiel.html');

    const actual = host.answer({ type: 'host/get-context', data: {} });

    expect(actual).toEqual({
      ok: true,
      data: {
        screen: {
          id: 'aanvraag-scootmobiel',
          name: 'Aanvraag scootmobiel',
          conversationType: 'vervoer',
        },
        adapterId: 'demo-registration',
        caseRef: 'WMO-2026-00123',
      },
    });
  });

  it("inserts into the adapter's verslag field of the screen", () => {
    const host = open('onderzoeksverslag.html', 'http://127.0.0.1:8765/onderzoeksverslag.html');
    const field = document.querySelector<HTMLTextAreaElement>('#verslag-onderzoek')!;
    const before = field.value;

    const actual = host.answer({
      type: 'host/insert-text',
      data: { text: 'Hulpvraag besproken.' },
    });

    expect(actual).toEqual({ ok: true, data: { result: 'inserted' } });
    expect(field.value.startsWith(before)).toBe(true);
    expect(field.value.endsWith('Hulpvraag besproken.')).toBe(true);
  });

  it('inserts into the last focused field when the screen has no verslag field', () => {
    const host = open('melding.html', 'http://127.0.0.1:8765/melding.html');
    const field = document.querySelector<HTMLTextAreaElement>('#omschrijving')!;
    field.focus();
    field.setSelectionRange(0, field.value.length);
    document.querySelector<HTMLElement>('h1')!.focus();

    host.answer({ type: 'host/insert-text', data: { text: 'Nieuwe omschrijving.' } });

    expect(field.value).toBe('Nieuwe omschrijving.');
  });

  it('reports no target on an unknown page where nothing was focused', () => {
    const host = open('clientoverzicht.html', 'https://elders.example/overzicht');

    const actual = host.answer({ type: 'host/insert-text', data: { text: 'Tekst' } });

    expect(actual).toEqual({ ok: true, data: { result: 'no-target' } });
    expect(host.announcement()).toEqual({
      origin: 'https://elders.example',
      screen: null,
      adapterId: null,
    });
  });

  it('stays silent on anything that is not a request', () => {
    const host = open('scootmobiel.html', 'http://127.0.0.1:8765/scootmobiel.html');

    expect(host.answer({ type: 'vault/export', data: {} })).toBeUndefined();
  });

  it('notices a screen change of a single-page app', () => {
    const host = open('melding.html', 'http://127.0.0.1:8765/app');
    document.querySelector('#form-melding')!.id = 'form-aanvraag-scootmobiel';
    document.querySelector('h1')!.textContent = 'Aanvraag scootmobiel';

    const changed = host.refresh();

    expect(changed).toBe(true);
    expect(host.announcement().screen).toBe('aanvraag-scootmobiel');
  });
});
