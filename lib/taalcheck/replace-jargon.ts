/**
 * One-click jargon replacement: swaps the flagged words for the B1 suggestion,
 * with a capital when the words opened a sentence. A stale hit (the text has
 * changed since the check) leaves the text as it is.
 */
import type { JargonHit } from './find-jargon';

type Replaceable = Pick<JargonHit, 'term' | 'offset' | 'suggestion'>;

/** First words of a line or list item, or after sentence-final punctuation. */
function opensSentence(text: string, offset: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  if (/^[ \t]*(?:[-*•–]|\d{1,2}[.)])?[ \t"'“‘«(]*$/u.test(line)) return true;
  const before = text.slice(0, offset).replace(/[\s"'“‘«(]+$/u, '');
  return /[.!?…]$/.test(before);
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function replaceJargon(text: string, hit: Replaceable): string {
  const end = hit.offset + hit.term.length;
  if (text.slice(hit.offset, end) !== hit.term) return text;
  const startsUpper = /^\p{Lu}/u.test(hit.term);
  const replacement =
    startsUpper && opensSentence(text, hit.offset) ? capitalise(hit.suggestion) : hit.suggestion;
  return text.slice(0, hit.offset) + replacement + text.slice(end);
}
