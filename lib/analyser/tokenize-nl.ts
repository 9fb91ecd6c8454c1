/**
 * A small Dutch tokenizer for the analyser: normalising, word counting and cutting a
 * sentence into segments (clauses split at punctuation and at "en"/"of"). Pure and
 * allocation-light: every regex is compiled once at module level.
 */

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
const CURLY = /[’‘`´]/g;
const SPACES = /\s+/g;
const TRAILING = /[\s?.!…"'”“»)\]]+$/;
/** Clause boundaries: punctuation, a dash between spaces, or a coordinating "en"/"of". */
const BOUNDARY = /\s*[,;:]\s*|\s+[–—-]\s+|\s+(en|of)\s+/g;
/** Discourse markers that do not change what kind of clause follows. */
const MARKERS =
  /^(?:(?:en|maar|dus|of|oké|ok|okay|goed|nou|ja|nee|oh|o|ah|hm|hmm|tja|even|tot slot|en dan|dan|want|ehm|eh)(?:\s+|$))+/;

/** Lower case, straight apostrophes, single spaces. */
export function normalizeNl(text: string): string {
  return text.replace(CURLY, "'").replace(SPACES, ' ').trim().toLowerCase();
}

export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.exec(text)) count++;
  return count;
}

/** A normalised sentence without its final punctuation. */
export function sentenceBody(norm: string): string {
  return norm.replace(TRAILING, '');
}

export interface Segment {
  /** The clause text, lower case, discourse markers stripped. */
  text: string;
  /** The conjunction that joined it to the previous segment, if any. */
  joinedBy: 'en' | 'of' | 'punctuation' | 'start';
}

export function stripMarkers(clause: string): string {
  return clause.replace(MARKERS, '');
}

export function segmentSentence(body: string): Segment[] {
  const segments: Segment[] = [];
  let joinedBy: Segment['joinedBy'] = 'start';
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(body); match; match = BOUNDARY.exec(body)) {
    pushSegment(segments, body.slice(start, match.index), joinedBy);
    joinedBy = (match[1] as 'en' | 'of' | undefined) ?? 'punctuation';
    start = match.index + match[0].length;
  }
  pushSegment(segments, body.slice(start), joinedBy);
  return segments;
}

function pushSegment(segments: Segment[], raw: string, joinedBy: Segment['joinedBy']): void {
  const text = stripMarkers(raw.trim());
  if (text) segments.push({ text, joinedBy });
}
