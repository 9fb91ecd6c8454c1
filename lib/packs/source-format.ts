/**
 * The accepted forms of an item's `source`: a seed line range, a section of
 * domain-anchors, a law article or a CRvB ruling. Several references are
 * joined with "; ". Municipal packs may cite freely; the default pack may not.
 */

const REFERENCE_FORMS: readonly RegExp[] = [
  // seed-002 L1435-1484, seed-000 L810-814, L2514-2528
  /^seed-00\d L\d+(-\d+)?(, L\d+(-\d+)?)*$/,
  // domain-anchors §3.3
  /^domain-anchors §\d+(\.\d+)*$/,
  // Wmo 2015 art. 2.3.2 lid 4 sub a
  /^Wmo 2015 art\. \S.*$/,
  // Participatiewet art. 9
  /^Participatiewet art\. \S.*$/,
  // CRvB 2016:1741, CRvB 12-03-2002, 00/5131 WVG
  /^CRvB \S.*$/,
];

/** True when every "; "-separated reference has an accepted form. */
export function isValidSource(source: string): boolean {
  const references = source.split(';').map((part) => part.trim());
  return (
    references.length > 0 &&
    references.every((ref) => REFERENCE_FORMS.some((form) => form.test(ref)))
  );
}
