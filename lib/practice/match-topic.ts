/**
 * Topic matching for practice turns: does a trainee turn touch a hidden
 * fact's keywords? Keywords match at the start of a word, case- and
 * accent-insensitive, so "schuld" finds "schulden" but not "onschuldig".
 */

/** Lower case, accents stripped, everything but letters and digits as spaces. */
export function normalise(text: string): string {
  return ` ${text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/** True when any keyword (one or more words) starts a word in `text`. */
export function mentions(text: string, keywords: readonly string[]): boolean {
  const haystack = normalise(text);
  return keywords.some((keyword) => {
    const needle = normalise(keyword).trimEnd();
    return needle.trim().length > 0 && haystack.includes(needle);
  });
}

const SENTENCE = /[^.!?]+[.!?]*/g;

function sentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean);
}

/** The statements of a turn: sentences that do not end in a question mark. */
export function statements(text: string): string {
  return sentences(text)
    .filter((s) => !s.endsWith('?'))
    .join(' ');
}

/**
 * The part of a double question a person answers: the last one (domain-anchors §5.1,
 * "één vraag tegelijk"). Several question sentences: the last; one sentence with
 * stacked questions: the part after the last "en"/"of" between them.
 */
export function lastQuestion(text: string): string {
  const questions = sentences(text).filter((s) => s.endsWith('?'));
  if (questions.length === 0) return text;
  const last = questions[questions.length - 1]!;
  if (questions.length > 1) return last;
  const parts = last.split(/,?\s+(?:en|of)\s+(?=[a-zà-ÿ]+\s)/i);
  return parts[parts.length - 1] ?? last;
}
