// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Adapter } from './adapter-schema';
import { BUILTIN_ADAPTERS } from './builtin';
import { findVerslagField, matchAdapter, readCaseRef } from './match-adapter';
import { parseAdapters } from './parse-adapters';

const SAMPLES = path.resolve('e2e/host-pages/demo-registration');
const DEMO = 'http://127.0.0.1:8765';
const { adapters } = parseAdapters(BUILTIN_ADAPTERS, 'builtin');

function loadSample(file: string): void {
  const html = readFileSync(path.join(SAMPLES, file), 'utf8');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '');
}

describe('matchAdapter on the saved demo pages', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = '<head></head><body></body>';
  });

  it.each([
    ['clientoverzicht.html', 'clientoverzicht', undefined, null, null],
    ['melding.html', 'wmo-melding', 'wmo', 'WMO-2026-00123', null],
    ['onderzoeksverslag.html', 'onderzoeksverslag', 'wmo', 'WMO-2026-00123', 'verslag-onderzoek'],
    ['scootmobiel.html', 'aanvraag-scootmobiel', 'vervoer', 'WMO-2026-00123', 'afweging'],
  ])('recognises %s as %s', (file, screenId, type, caseRef, fieldId) => {
    loadSample(file);

    const actual = matchAdapter(
      { href: `${DEMO}/${file}?zaak=WMO-2026-00123` },
      document,
      adapters,
    );

    expect(actual?.adapter.id).toBe('demo-registration');
    expect(actual?.screen?.id).toBe(screenId);
    expect(actual?.screen?.conversationType).toBe(type);
    expect(readCaseRef(document, actual)).toBe(caseRef);
    expect(findVerslagField(document, actual)?.id ?? null).toBe(fieldId);
  });

  it.each([
    ['another site', 'https://sociaal.zijlstad.nl/scootmobiel.html'],
    ['a file URL', 'file:///tmp/scootmobiel.html'],
  ])('does not match %s', (_name, href) => {
    loadSample('scootmobiel.html');

    const actual = matchAdapter({ href }, document, adapters);

    expect(actual).toBeNull();
  });

  it('matches the site but no screen on an unknown page, and reads no case reference', () => {
    document.body.innerHTML = '<h1>Agenda</h1><span id="zaaknummer">WMO-2026-00999</span>';

    const actual = matchAdapter({ href: `${DEMO}/agenda.html` }, document, adapters);

    expect(actual?.screen).toBeNull();
    expect(readCaseRef(document, actual)).toBeNull();
    expect(findVerslagField(document, actual)).toBeNull();
  });

  it('tries the verslag selectors in order and skips an invalid one', () => {
    loadSample('onderzoeksverslag.html');
    document.getElementById('verslag-onderzoek')!.id = 'verslag-nieuw';
    const demo = adapters[0]!;
    const screen = demo.screens.find((s) => s.id === 'onderzoeksverslag')!;
    const broken: Adapter = {
      ...demo,
      screens: [
        {
          ...screen,
          verslagField: [
            { selector: 'textarea[[', note: 'kapotte selector', seen: '2026-11-23' },
            ...screen.verslagField!,
          ],
        },
      ],
    };

    const actual = findVerslagField(
      document,
      matchAdapter({ href: DEMO + '/' }, document, [broken]),
    );

    expect(actual?.id).toBe('verslag-nieuw');
  });

  it('keeps script-bearing case text as plain, bounded text', () => {
    loadSample('melding.html');
    document.getElementById('zaaknummer')!.innerHTML =
      '<b>WMO-1</b><img src="x" onerror="alert(1)">' + 'x'.repeat(200);

    const actual = readCaseRef(document, matchAdapter({ href: DEMO + '/' }, document, adapters));

    expect(actual).toBe(`WMO-1${'x'.repeat(75)}`);
  });
});
