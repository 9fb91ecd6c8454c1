import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

function run(args: string[], input = '') {
  const result = spawnSync(tsx, ['cli/taalcheck.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('taalcheck CLI', () => {
  it('prints one JSON object for text on stdin, with BSN offsets only', () => {
    const { code, stdout } = run(['-'], 'Uw beschikking is verstuurd. BSN 123456782.');
    expect(code).toBe(0);
    expect(stdout).not.toContain('123456782');
    expect(JSON.parse(stdout)).toMatchObject({
      words: 6,
      sentences: 2,
      jargon: [{ term: 'beschikking', offset: 3 }],
      passive: [{ text: 'is verstuurd' }],
      bsn: [{ offset: 33 }],
    });
  });

  it.each([
    [['bestaat-niet.txt'], 'Kan het bestand niet lezen'],
    [[], 'Geef precies één bestand op'],
  ])('explains a wrong call %j in Dutch and exits with 2', (args, message) => {
    const { code, stderr } = run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
