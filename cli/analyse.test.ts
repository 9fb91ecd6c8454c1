import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TRANSCRIPT = 'lib/analyser/fixtures/transcript.txt';

/** Runs the CLI the way `npm run --silent analyse --` does (tsx), without npm. */
function analyse(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/analyse.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli/analyse', () => {
  it('writes one JSON line per non-empty transcript line, in order', () => {
    const { code, stdout } = analyse([TRANSCRIPT]);

    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(code).toBe(0);
    expect(lines).toHaveLength(15);
    expect(lines[3]).toEqual({
      text: 'Hoe gaat het met u en wat doet uw dochter?',
      question: 'open',
      flags: ['double'],
    });
    expect(lines[10].flags).toContain('jargon');
  });

  it('reads stdin for "-" and prints the Markdown report with --format md', () => {
    const { code, stdout } = analyse(['-', '--format', 'md'], 'Waarom heeft u niet gebeld?\n');

    expect(code).toBe(0);
    expect(stdout).toContain('| Waarom-vraag | 1 |');
    expect(stdout).toContain('> Waarom heeft u niet gebeld?');
  });

  it.each([
    [['--snel', TRANSCRIPT], 'Onbekende optie: --snel'],
    [['bestaat-niet.txt'], 'Kan het bestand niet lezen: bestaat-niet.txt'],
  ])('exits with 2 and a Dutch message for %j', (args, message) => {
    const { code, stdout, stderr } = analyse(args);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });
});
