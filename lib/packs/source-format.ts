/**
 * The accepted forms of an item's `source`: a seed line range, a section of
 * domain-anchors, a law article or a CRvB ruling. Several references are
 * joined with "; "; each starts with an accepted form and may carry a short
 * note after it, e.g. `domain-anchors §4.4 C (boodschappenservice)`.
 */

const REFERENCE_FORMS: readonly RegExp[] = [
  // seed-002 L1435-1484, seed-000 L810-814, L2514-2528
  /^seed-00\d L\d+(-\d+)?(?=$|[\s,(])/,
  // domain-anchors §3.3
  /^domain-anchors §\d+(\.\d+)*(?=$|[\s,(])/,
  // Wmo 2015 art. 2.3.2 lid 4 sub a
  /^Wmo 2015 art\. \d/,
  // Participatiewet art. 9
  /^Participatiewet art\. \d/,
  // CRvB 2016:1741, CRvB 12-03-2002, 00/5131 WVG
  /^CRvB \d/,
];

/** True when every "; "-separated reference starts with an accepted form. */
export function isValidSource(source: string): boolean {
  return splitReferences(source).every((ref) => REFERENCE_FORMS.some((form) => form.test(ref)));
}

/** Splits on ";" outside parentheses, so a note may contain one. */
function splitReferences(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of source) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === ';' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current.trim());
  return parts;
}
