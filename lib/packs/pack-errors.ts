/**
 * Dutch messages for invalid packs: a zod error map plus a formatter that
 * names collection, item id (or position) and field, e.g.
 * `Pakket ongeldig: prompts › "vraag-netwerk" › text: ontbreekt`.
 * Custom messages written in the schemas (Dutch already) take precedence.
 */
import type { z } from 'zod';

export const ERROR_PREFIX = 'Pakket ongeldig';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een object',
  record: 'een object',
};

const MAX_LABEL = 60;

/** Error map for `safeParse(…, { error: dutchIssueMessage })`. */
export function dutchIssueMessage(issue: z.core.$ZodRawIssue): string {
  if (issue.input === undefined && issue.code !== 'custom') return 'ontbreekt';
  switch (issue.code) {
    case 'invalid_type':
      return `moet ${TYPE_NAMES[issue.expected] ?? issue.expected} zijn`;
    case 'too_small':
      return sizeMessage(issue.origin, Number(issue.minimum), issue.exact ? 'precies' : 'minstens');
    case 'too_big':
      return sizeMessage(
        issue.origin,
        Number(issue.maximum),
        issue.exact ? 'precies' : 'hoogstens',
      );
    case 'invalid_value':
      return `kies uit: ${issue.values.map((value) => String(value)).join(', ')}`;
    case 'invalid_format':
      return 'heeft een ongeldige vorm';
    case 'unrecognized_keys':
      return `onbekende velden: ${issue.keys.join(', ')}`;
    default:
      return 'ongeldige waarde';
  }
}

function sizeMessage(origin: string, bound: number, how: string): string {
  if (origin === 'string') {
    return bound === 1 && how === 'minstens'
      ? 'mag niet leeg zijn'
      : `moet ${how} ${bound} tekens hebben`;
  }
  if (origin === 'array' || origin === 'set') return `moet ${how} ${bound} items hebben`;
  return `moet ${how} ${bound} zijn`;
}

/** `prompts › "vraag-netwerk" › text`, reading item ids from the raw input. */
export function describePath(path: readonly PropertyKey[], input: unknown): string {
  const labels: string[] = [];
  let current: unknown = input;
  for (const key of path) {
    if (typeof key === 'number') {
      const element: unknown = Array.isArray(current) ? current[key] : undefined;
      labels.push(itemLabel(element, key));
      current = element;
    } else {
      labels.push(String(key).slice(0, MAX_LABEL));
      current = isRecord(current) ? current[String(key)] : undefined;
    }
  }
  return labels.join(' › ');
}

/** The quoted id when the item has a usable one, else its 1-based position. */
export function itemLabel(element: unknown, index: number): string {
  const id = isRecord(element) ? element['id'] : undefined;
  return typeof id === 'string' && id.trim() !== ''
    ? JSON.stringify(id.slice(0, MAX_LABEL))
    : `nr. ${index + 1}`;
}

/** The first issue in full, then how many more there are. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string {
  const [first] = issues;
  if (!first) return packError('ongeldige inhoud');
  const where = describePath(first.path, input);
  const more =
    issues.length > 1
      ? ` (en nog ${issues.length - 1} andere fout${issues.length > 2 ? 'en' : ''})`
      : '';
  return packError(where ? `${where}: ${first.message}${more}` : `${first.message}${more}`);
}

export function packError(detail: string): string {
  return `${ERROR_PREFIX}: ${detail}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
