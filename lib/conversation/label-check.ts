/**
 * Heuristics for the local label of a conversation: it should be initials and
 * a date, never a name. Two capitalised words of three or more letters in a
 * row ("Jan de Vries", "Fatima Yilmaz"; particles like "de" do not break the
 * run) look like a name. It only warns; a BSN is refused elsewhere.
 */
const NAME_WORD = /^\p{Lu}\p{Ll}{2,}$/u;
const PARTICLES = new Set([
  'de',
  'van',
  'der',
  'den',
  'het',
  'ter',
  'ten',
  "'t",
  'el',
  'al',
  'la',
  'le',
]);

export function looksLikeName(label: string): boolean {
  let run = 0;
  for (const word of label.trim().split(/\s+/)) {
    if (NAME_WORD.test(word)) run += 1;
    else if (!PARTICLES.has(word.toLowerCase())) run = 0;
    if (run >= 2) return true;
  }
  return false;
}
