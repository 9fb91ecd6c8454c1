/**
 * Dutch word classes the rules share, as regex sources (lower case, normalised text).
 * Lists, not a grammar: they cover how consulenten and trainees speak in intakes
 * (domain-anchors §5.1), and an unknown word simply falls through to the default.
 */

/** Vraagwoorden (domain-anchors §5.1), incl. the waar-compounds and "in hoeverre". */
export const QUESTION_WORD =
  '(?:wat voor|wat|hoe(?:veel|lang|ver|zo)?|welke?|wanneer|wie|wiens|in hoeverre|hoeverre|waarom|waar(?:door|voor|mee|over|aan|op|in|bij|naar|uit|heen|van|toe|achter)?)';

/** Prepositions that may precede a vraagwoord ("met wie", "bij welke"). */
export const PREPOSITION =
  '(?:met|bij|voor|van|aan|over|in|op|naar|tot|sinds|vanaf|door|uit|om|tegen|zonder|na|onder)';

/** Finite verb forms that open a yes/no question or a second question after "en". */
export const FINITE_VERB =
  '(?:heeft|hebt|heb|hebben|bent|ben|is|zijn|was|waren|kunt|kun|kan|kunnen|wilt|wil|willen|zou|zoudt|zouden|zal|zult|zullen|mag|mogen|moet|moeten|hoeft|weet|weten|vindt|vind|vinden|woont|woon|wonen|werkt|werken|krijgt|krijg|krijgen|gaat|ga|gaan|ging|gingen|doet|doe|doen|deed|komt|kom|komen|kwam|lukt|lukte|klopt|speelt|speelde|helpt|helpen|hielp|gebruikt|gebruik|kent|ken|kennen|ziet|zie|zien|voelt|voel|slaapt|slaap|slapen|redt|red|redden|denkt|denk|hoort|merkt|merk|leeft|loopt|liep|reageerde|regelt|staat|stond|houdt|hield|heette|heet|betaalt|betaal|wordt|werd|verandert|veranderde|zit|zat|past|spreekt|spreek|rijdt|rijd|fietst|kookt|eet|drinkt|belt|lees|leest|snapt|begrijpt|vond|dacht|had|hadden|wist|maakt|maak|maakte|vertelde|zei|gebeurt|gebeurde|wou|durft|durf|probeert|woonde|werkte|mist|zegt|zeggen|zei|vertelt|betekent|kost|kosten|verdient|verwacht|zoekt|hoopt|wacht|duurt|duurde|bedoelt|ervaart|kijkt|geeft|gaf|lijkt|blijft|bleef|valt|viel|moest|kon|wilde|mocht|zag|hoorde|merkte|brengt|neemt|nam|leert|leerde|besteedt)';

/** Subjects that follow the verb in an inverted (question) clause. */
export const SUBJECT = '(?:u|je|jij|jullie|het|er|ze|zij|hij|we|wij|uw)';

/** Words that may precede a subject without being a verb ("als u", "met u", "nu het"). */
export const NOT_A_VERB = new Set(
  (
    'als omdat zodat terwijl nadat voordat toen zodra sinds hoewel indien tenzij doordat dat of want ' +
    'maar en dus met bij voor van aan over in op naar tot door uit om tegen zonder na onder boven ' +
    'achter naast tussen zoals behalve volgens tijdens binnen buiten ook nog al wel niet alleen graag ' +
    'samen misschien eigenlijk natuurlijk gewoon echt dan nu toch zeker vast hier daar er zo ik ' +
    'dank bedankt fijn goed net vaak soms altijd nooit morgen vandaag gisteren straks eerst daarna ' +
    'stel zeg kijk'
  ).split(' '),
);

/** Feeling words for reflections (gevoelsreflectie, domain-anchors §5.1). */
export const FEELING =
  '(?:zwaar|moeilijk|lastig|pittig|heftig|vervelend|rot|verdriet\\p{L}*|eenzaam|alleen voor|spannend|eng|frustre\\p{L}*|frustratie|zorgelijk|zorgen|bang|angst\\p{L}*|boos|boosheid|kwaad|moe|uitgeput|onzeker|machteloos|schaam\\p{L}*|schaamte|opgelucht|blij|trots|teleurgesteld|teleurstelling|gefrustreerd|ongerust|bezorgd|emotioneel|geraakt|raakt|stress|gespannen|somber|baal\\p{L}*|tegen ?op\\p{L}*|tegenop\\p{L}*|overvallen|boven het hoofd|wanhopig|radeloos|overweldigd|ge[iï]rriteerd|onrustig|ongemakkelijk|kwetsbaar|pijn|geschrokken|schrik|moedeloos|ongelukkig|opgejaagd|onder druk|meegemaakt|ellende)';
