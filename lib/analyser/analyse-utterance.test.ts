import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JargonEntrySchema } from '../packs/pack-schema';
import { createJargonMatcher } from '../taalcheck/find-jargon';
import { analyseUtterance } from './analyse-utterance';
import { FLAGS } from './types';

describe('analyseUtterance', () => {
  it('returns the text as given, the question type and the flags in contract order', () => {
    const text = 'Waarom heeft u geen hulp gevraagd, u heeft toch een zoon?';

    const actual = analyseUtterance(text);

    expect(actual).toEqual({ text, question: 'open', flags: ['double', 'leading', 'why'] });
  });

  it('lists every flag at most once, from the contract', () => {
    const actual = analyseUtterance(
      'U moet echt stoppen, toch? Waarom doet u dat niet? Dat klinkt zwaar. Dus u zegt dat het niet lukt.',
    ).flags;

    expect(new Set(actual).size).toBe(actual.length);
    expect(actual.every((flag) => FLAGS.includes(flag))).toBe(true);
  });

  it('handles an empty or whitespace-only turn', () => {
    expect(analyseUtterance('   ')).toEqual({ text: '   ', question: 'none', flags: [] });
  });

  it('flags maatwerkvoorziening with the default pack jargon list', () => {
    const raw: unknown = JSON.parse(
      readFileSync(new URL('../packs/default/jargon.json', import.meta.url), 'utf8'),
    );
    const jargon = createJargonMatcher(z.array(JargonEntrySchema).parse(raw));

    const actual = analyseUtterance('Heeft u al een maatwerkvoorziening?', { jargon }).flags;

    expect(actual).toContain('jargon');
  });
});
