/**
 * House conventions, enforced by tests rather than reviews (STYLE §2.9).
 * Each of these fails when someone breaks the rule it names.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackgroundHandlers } from './messaging/handlers';
import { protocol } from './messaging/protocol';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? walk(file) : [file];
  });
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*import\s+(?!type\b)[^'"]*['"]([^'"]+)['"]/gm)].map(
    (m) => m[1]!,
  );

describe('conventions', () => {
  it('has a background handler for every protocol entry', () => {
    const actual = Object.keys(createBackgroundHandlers()).sort();

    expect(actual).toEqual(Object.keys(protocol).sort());
  });

  it('keeps only entrypoints in entrypoints/ (WXT builds every loose file)', () => {
    const allowedFiles = new Set(['background.ts', 'host.ts']);
    const loose = readdirSync('entrypoints').filter(
      (name) => !statSync(path.join('entrypoints', name)).isDirectory() && !allowedFiles.has(name),
    );
    const pagesWithoutHtml = readdirSync('entrypoints').filter(
      (name) =>
        statSync(path.join('entrypoints', name)).isDirectory() &&
        !existsSync(path.join('entrypoints', name, 'index.html')),
    );

    expect(loose).toEqual([]);
    expect(pagesWithoutHtml).toEqual([]);
  });

  it('ships saved sample pages for every built-in adapter', () => {
    const adapters = readdirSync('lib/adapters/builtin').filter((f) => f.endsWith('.json'));
    const missing = adapters
      .map(
        (f) =>
          (JSON.parse(readFileSync(path.join('lib/adapters/builtin', f), 'utf8')) as { id: string })
            .id,
      )
      .filter((id) => {
        const dir = path.join('e2e/host-pages', id);
        return !existsSync(dir) || !readdirSync(dir).some((f) => f.endsWith('.html'));
      });

    expect(adapters.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('keeps the pure engines free of React, WXT, Dexie and the browser layers', () => {
    const engines = [
      'analyser',
      'taalcheck',
      'report',
      'prompts',
      'practice',
      'packs',
      'adapters',
      'mobility',
      'conversation',
      'i18n',
      'crypto',
    ];
    const forbidden =
      /^(react|react-dom|wxt|#imports|dexie)(\/|$)|\/(db|vault|messaging|settings|host|site-access)\//;
    const offending = engines
      .flatMap((engine) => walk(path.join('lib', engine)))
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
      .flatMap((file) =>
        importsOf(file)
          .filter((spec) => forbidden.test(spec))
          .map((spec) => `${file} → ${spec}`),
      );

    expect(offending).toEqual([]);
  });

  it('keeps the content script away from the vault, React and zod', () => {
    const offending = importsOf('entrypoints/host.ts').filter((spec) =>
      /^(react|zod|dexie)(\/|$)|\/(db|vault|crypto)\//.test(spec),
    );

    expect(offending).toEqual([]);
  });

  it('never imports lib/testing from production code', () => {
    const offending = [...walk('lib'), ...walk('components'), ...walk('entrypoints')]
      .filter(
        (file) =>
          /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith('lib/testing'),
      )
      .filter((file) => importsOf(file).some((spec) => spec.includes('/testing')));

    expect(offending).toEqual([]);
  });
});
