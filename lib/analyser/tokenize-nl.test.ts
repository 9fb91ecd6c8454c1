import { describe, expect, it } from 'vitest';
import { countWords, normalizeNl, segmentSentence } from './tokenize-nl';

describe('normalizeNl', () => {
  it.each([
    ['  Hoe   gaat   het?  ', 'hoe gaat het?'],
    ['Zo’n BRIEF', "zo'n brief"],
    ['Cliënt\tWmo', 'cliënt wmo'],
  ])('normalises %j', (text, expected) => {
    expect(normalizeNl(text)).toBe(expected);
  });
});

describe('countWords', () => {
  it.each([
    ['Hoe gaat het met u?', 5],
    ["Zo'n pgb-aanvraag duurt 8 weken.", 5],
    ['', 0],
    ['…?!', 0],
  ])('counts %j as %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('segmentSentence', () => {
  it.each([
    ['hoe gaat het met u en wat doet uw dochter', ['hoe gaat het met u', 'wat doet uw dochter']],
    ['mevrouw bakker, hoe gaat het', ['mevrouw bakker', 'hoe gaat het']],
    ['wilt u koffie of thee', ['wilt u koffie', 'thee']],
    ['oké, en dan: wat doet u overdag', ['wat doet u overdag']],
    ['samengevat — u wilt thuis blijven', ['samengevat', 'u wilt thuis blijven']],
  ])('cuts %j into clauses', (body, expected) => {
    expect(segmentSentence(body).map((segment) => segment.text)).toEqual(expected);
  });

  it('records which conjunction joined a clause', () => {
    const actual = segmentSentence('heeft u een auto, of fietst u en loopt u').map(
      (s) => s.joinedBy,
    );

    expect(actual).toEqual(['start', 'punctuation', 'en']);
  });
});
