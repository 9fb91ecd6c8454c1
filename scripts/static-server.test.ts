import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveFile } from './static-server';

const mounts = { '/': 'demo', '/fixtures': 'e2e/host-pages' };

describe('resolveFile', () => {
  it.each([
    ['/../package.json'],
    ['/%2e%2e/package.json'],
    ['/fixtures/../../package.json'],
    ['/bestaat-niet.html'],
  ])('refuses %s', (url) => {
    expect(resolveFile(mounts, url)).toBeNull();
  });

  it('serves the folder index for /', () => {
    const actual = resolveFile({ '/': 'scripts' }, '/static-server.ts?x=1');

    expect(actual).toBe(path.resolve('scripts/static-server.ts'));
  });
});
