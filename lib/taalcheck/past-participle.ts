/**
 * Recognises the shape of a Dutch voltooid deelwoord without a lexicon:
 * ge-…-d/-t/-en, unstressed prefixes (be-, ver-, ont-, her-, er-, mis-) and
 * separable verbs (aan-ge-, toe-ge-, in-ge-…). Participle-shaped adjectives
 * and nouns are listed, because "is gezond" or "zijn gedachten" are no passive.
 */

/** Participle-shaped words that describe a state or name a thing. */
const NOT_PARTICIPLES = new Set([
  // states and adjectives
  'gezond',
  'gewend',
  'geschikt',
  'getrouwd',
  'gescheiden',
  'gerust',
  'geliefd',
  'gelegen',
  'gesloten',
  'geboren',
  'gespannen',
  'overspannen',
  'gemotiveerd',
  'geïnteresseerd',
  'gefrustreerd',
  'gestrest',
  'gehandicapt',
  'gewond',
  'bekend',
  'benieuwd',
  'bereid',
  'bezorgd',
  'bedroefd',
  'betrokken',
  'bevoegd',
  'bezet',
  'besmet',
  'verliefd',
  'verbaasd',
  'verward',
  'verkouden',
  'verlegen',
  'verkeerd',
  'verslaafd',
  'verzekerd',
  'vermoeid',
  'verplicht',
  'tevreden',
  'ontevreden',
  'ingewikkeld',
  'opgelucht',
  'teleurgesteld',
  'uitgeput',
  'opgebrand',
  'overbelast',
  'overwerkt',
  'geschrokken',
  // nouns (also after the possessive "zijn")
  'gedachten',
  'gevolgen',
  'gesprekken',
  'gebouwen',
  'gezinnen',
  'geheugen',
  'getuigen',
  'gewoonten',
  'gebreken',
  'gemeenten',
  'gebieden',
  'gebied',
  'gezicht',
  'gericht',
  'gerecht',
  'gevecht',
  'gewicht',
  'gedicht',
  'bericht',
  'besluit',
  'beleid',
  'verband',
  'verstand',
  'verschil',
  'verleden',
  'herfst',
  'beneden',
  'beiden',
  'ervaren',
  'gebit',
  'geluid',
  'geweten',
  'gemiddeld',
]);

const SEPARABLE =
  '(?:aan|op|in|uit|toe|af|mee|door|over|terug|vast|vrij|weg|na|voor|bij|samen|om|neer|los|tegen|achter|binnen|buiten|rond|thuis|stop|goed|kwijt|open|dicht|klaar|bekend|mede)';
const WEAK_OR_STRONG = '\\p{L}{2,}(?:d|t|en)';
const SHAPES = [
  new RegExp(`^${SEPARABLE}?ge${WEAK_OR_STRONG}$`, 'u'),
  new RegExp(`^${SEPARABLE}?(?:be|ver|ont|her|er|mis)${WEAK_OR_STRONG}$`, 'u'),
];

/**
 * A word ending in "-end" is a present participle ("verschillend") unless the
 * stem itself ends in -en: "geleend", "bediend", "erkend", "verwend".
 */
const PRESENT_PARTICIPLE = /end$/;
const WEAK_ON_EN_STEM = /(?:ee|ie|k|w)end$/;

export function isPastParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_PARTICIPLES.has(lower) || lower.endsWith('heid')) return false;
  if (PRESENT_PARTICIPLE.test(lower) && !WEAK_ON_EN_STEM.test(lower)) return false;
  return SHAPES.some((shape) => shape.test(lower));
}

/**
 * Participles of verbs that form their perfect tense with "zijn"
 * ("is gekomen", "is verhuisd"): after a form of "zijn" they are active.
 */
const WITH_ZIJN =
  /(?:gekomen|gegaan|gebleven|gelopen|gereden|gevallen|gestorven|gestegen|gedaald|gegroeid|gevlucht|gereisd|gesprongen|gezakt|geraakt|geslaagd|gelukt|mislukt|gebeurd|gestopt|gebleken|geweest|geworden|gekeerd|gerend|gevlogen|geschrokken|verhuisd|overleden|begonnen|verdwenen|veranderd|ontstaan|vertrokken|verschenen|verslechterd|opgehouden|toegenomen|afgenomen|ontsnapt|ingeslapen|opgegroeid|opgestaan|verdwaald|vergeten)$/;

export function takesZijnInPerfect(participle: string): boolean {
  return WITH_ZIJN.test(participle.toLowerCase());
}
