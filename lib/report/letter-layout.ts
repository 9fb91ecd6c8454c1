/**
 * Reads a letter's plain text back as printable blocks: headings, paragraphs
 * and bullet lists. The plain text stays the source (it is what the consulent
 * edits and copies); this only decides how the print page shows it.
 */
export type LetterBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; items: string[] };

const BULLET = /^\s*-\s+/;
const MAX_HEADING = 60;

/** A short first line of a longer block, not a sentence, greeting or list lead-in. */
const isHeading = (line: string, blockSize: number): boolean =>
  blockSize > 1 && line.length <= MAX_HEADING && !BULLET.test(line) && !/[.,:;]$/.test(line.trim());

export function layoutLetter(text: string): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  const chunks = text
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.split('\n').filter((line) => line.trim()))
    .filter((lines) => lines.length > 0);
  chunks.forEach((lines, index) => {
    let rest = lines;
    if (index === 0 && lines.length === 1 && lines[0]!.length <= MAX_HEADING) {
      blocks.push({ kind: 'title', text: lines[0]!.trim() });
      return;
    }
    if (isHeading(lines[0]!, lines.length)) {
      blocks.push({ kind: 'heading', text: lines[0]!.trim() });
      rest = lines.slice(1);
    }
    let previous: LetterBlock | undefined;
    for (const line of rest) {
      if (BULLET.test(line)) {
        const item = line.replace(BULLET, '');
        if (previous?.kind === 'list') previous.items.push(item);
        else blocks.push((previous = { kind: 'list', items: [item] }));
      } else if (/^\s/.test(line) && previous?.kind === 'list') {
        // An indented line continues the bullet above it.
        previous.items[previous.items.length - 1] += ` ${line.trim()}`;
      } else if (previous?.kind === 'paragraph') {
        previous.lines.push(line.trim());
      } else {
        blocks.push((previous = { kind: 'paragraph', lines: [line.trim()] }));
      }
    }
  });
  return blocks;
}
