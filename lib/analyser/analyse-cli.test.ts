import { describe, expect, it } from 'vitest';
import { parseAnalyseArgs, renderAnalyses, utterancesOf } from './analyse-cli';

describe('parseAnalyseArgs', () => {
  it.each([
    [['gesprek.txt'], { file: 'gesprek.txt', format: 'json' }],
    [['-'], { file: '-', format: 'json' }],
    [['gesprek.txt', '--format', 'md'], { file: 'gesprek.txt', format: 'md' }],
    [['--format=md', '-'], { file: '-', format: 'md' }],
    [['--format', 'json', 'a.txt'], { file: 'a.txt', format: 'json' }],
  ])('reads %j', (argv, expected) => {
    expect(parseAnalyseArgs(argv)).toEqual({ kind: 'run', args: expected });
  });

  it.each([
    [['--verbose', 'a.txt'], 'Onbekende optie: --verbose'],
    [['a.txt', '--format', 'html'], 'Onbekend formaat: html. Kies json of md.'],
    [['a.txt', '--format'], 'Onbekend formaat: (leeg). Kies json of md.'],
    [[], 'Geef een bestand op, of - om van stdin te lezen.'],
    [['a.txt', 'b.txt'], 'Geef één bestand op, niet ook b.txt.'],
  ])('rejects %j in Dutch', (argv, message) => {
    expect(parseAnalyseArgs(argv)).toEqual({ kind: 'error', message });
  });

  it('asks for help with --help', () => {
    expect(parseAnalyseArgs(['--help'])).toEqual({ kind: 'help' });
  });
});

describe('utterancesOf', () => {
  it('keeps non-empty lines, trimmed, in order', () => {
    const actual = utterancesOf(
      'Heeft u kinderen?\r\n\n   \n  Dat klinkt zwaar.  \nWoont u alleen?',
    );

    expect(actual).toEqual(['Heeft u kinderen?', 'Dat klinkt zwaar.', 'Woont u alleen?']);
  });
});

describe('renderAnalyses', () => {
  it('writes one JSON object per line with text, question and flags', () => {
    const actual = renderAnalyses(
      [
        { text: 'Heeft u kinderen?', question: 'closed', flags: [] },
        { text: 'Waarom?', question: 'open', flags: ['why'] },
      ],
      'json',
    );

    expect(actual).toBe(
      '{"text":"Heeft u kinderen?","question":"closed","flags":[]}\n' +
        '{"text":"Waarom?","question":"open","flags":["why"]}\n',
    );
  });

  it('writes nothing for an empty transcript', () => {
    expect(renderAnalyses([], 'json')).toBe('');
  });
});
