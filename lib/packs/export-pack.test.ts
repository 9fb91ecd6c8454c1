import { describe, expect, it } from 'vitest';
import { exportPack } from './export-pack';
import { parsePackText } from './load-packs';

describe('exportPack', () => {
  it('exports the default pack as JSON that imports again unchanged', () => {
    const exported = exportPack();
    if (!exported.ok) throw new Error(exported.error);

    const reimported = parsePackText(exported.json);

    expect(reimported.ok && reimported.pack).toEqual(JSON.parse(exported.json));
    expect(reimported.ok && reimported.pack.id).toBe('zijlijn-standaard');
  });

  it('fails with the Dutch reason when a layer is invalid', () => {
    const actual = exportPack([{ origin: 'default', input: { id: 'kapot', name: 'Kapot' } }]);

    expect(actual).toEqual({ ok: false, error: 'Pakket ongeldig: version: ontbreekt' });
  });

  it('passes unresolved references on as warnings', () => {
    const prompt = {
      id: 'p',
      text: 'Vraag?',
      kind: 'question',
      why: 'Reden.',
      source: 'domain-anchors §5.1',
      profiles: ['student'],
    };

    const actual = exportPack([
      { origin: 'default', input: { id: 'x', name: 'x', version: '1', prompts: [prompt] } },
    ]);

    expect(actual.ok && actual.warnings).toEqual([
      'prompts › "p" › profiles: onbekend profiel "student"',
    ]);
  });
});
