/**
 * Regular Dutch inflections of one jargon word: plurals (-en, -s, -'s, -n) and
 * diminutives (-je, -tje, -etje, -pje, -kje, plus -s). Over-generation is harmless
 * (a non-word never occurs in a text); a form that is another real word is not.
 */

const VOWELS = 'aeiouyáéíóúëïöü';
const isVowel = (char: string | undefined): boolean => char !== undefined && VOWELS.includes(char);

/** "gesprek" → "gesprekk": a short vowel before one final consonant doubles it. */
function doubledStem(word: string): string | undefined {
  const last = word.at(-1);
  const beforeLast = word.at(-2);
  if (!last || isVowel(last) || !isVowel(beforeLast) || isVowel(word.at(-3))) return undefined;
  if ('wxy'.includes(last)) return undefined;
  return word + last;
}

/** "aanvraag" → "aanvrag", "tarief" → "tariev", "huis" → "huiz": the open-syllable stem. */
function openStem(word: string): string | undefined {
  const voiced = (char: string): string => (char === 'f' ? 'v' : char === 's' ? 'z' : char);
  const last = word.at(-1);
  if (!last || isVowel(last)) return undefined;
  const body = word.slice(0, -1);
  const undoubled = /([aeou])\1$/.test(body) ? body.slice(0, -1) : body;
  const stem = undoubled + voiced(last);
  return stem === word ? undefined : stem;
}

function pluralsOf(word: string): string[] {
  const forms = [word + 'en', word + 's', word + "'s"];
  if (word.endsWith('e')) forms.push(word + 'n');
  if (word.endsWith('ie')) forms.push(word.slice(0, -1) + 'ën');
  const doubled = doubledStem(word);
  if (doubled) forms.push(doubled + 'en');
  const open = openStem(word);
  if (open) forms.push(open + 'en');
  return forms;
}

function diminutivesOf(word: string): string[] {
  const forms = [word + 'je', word + 'tje', word + 'etje', word + 'pje'];
  if (word.endsWith('ing')) forms.push(word.slice(0, -1) + 'kje');
  const doubled = doubledStem(word);
  if (doubled) forms.push(doubled + 'etje');
  return forms.flatMap((form) => [form, form + 's']);
}

/** Generated forms that are everyday words of their own ("indien" → "indienen"). */
const EVERYDAY_WORDS = new Set(['indienen']);

/** All forms of a single word (lower case), the word itself first. */
export function inflectWord(word: string): string[] {
  const forms = [...pluralsOf(word), ...diminutivesOf(word)].filter(
    (form) => !EVERYDAY_WORDS.has(form),
  );
  return [...new Set([word, ...forms])];
}

/**
 * Forms of a term of one or more words: only the last word inflects
 * ("eigen bijdrage" → "eigen bijdragen").
 */
export function inflectTerm(term: string): string[] {
  const words = term.toLowerCase().replace(/’/g, "'").trim().split(/\s+/);
  const head = words.slice(0, -1).join(' ');
  return inflectWord(words.at(-1)!).map((form) => (head ? `${head} ${form}` : form));
}
