/**
 * The texts of the default pack that the inwoner reads or hears (levels,
 * descriptions, example questions, jargon replacements) pass the taalcheck:
 * no long sentences, no passive, no jargon of the pack itself, B1 overall.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../taalcheck/check-text';
import { createJargonMatcher } from '../taalcheck/find-jargon';
import { B1_READABILITY_THRESHOLD } from '../taalcheck/flesch-douma';
import { defaultPackInput } from './default-pack';
import { parsePack } from './load-packs';

const parsed = parsePack(defaultPackInput);
if (!parsed.ok) throw new Error(parsed.error);
const pack = parsed.pack;
const jargon = createJargonMatcher(pack.jargon);

const clientTexts: [string, string][] = [
  ...pack.lifeDomains.flatMap((d) =>
    [d.description, ...d.levels].map((t): [string, string] => [d.id, t]),
  ),
  ...pack.healthDimensions.map((d): [string, string] => [d.id, d.description]),
  ...pack.checklists.flatMap((c) => c.items.map((i): [string, string] => [i.id, i.hint])),
  ...pack.jargon.flatMap((j) =>
    [j.b1, j.explanation].filter(Boolean).map((t): [string, string] => [j.id, t]),
  ),
];

describe('default pack in B1', () => {
  it.each(clientTexts)('%s: "%s" has no long sentence, passive or jargon', (_id, text) => {
    const actual = checkText(text, { jargon });

    expect({
      long: actual.longSentences,
      passive: actual.passive,
      jargon: actual.jargon.map((j) => j.term),
    }).toEqual({
      long: [],
      passive: [],
      jargon: [],
    });
  });

  it('reads at B1 level as a whole', () => {
    const actual = checkText(clientTexts.map(([, text]) => text).join(' '), { jargon });

    expect(actual.readability).toBeGreaterThanOrEqual(B1_READABILITY_THRESHOLD);
    expect(actual.avgSentenceLength).toBeLessThanOrEqual(12);
  });
});
