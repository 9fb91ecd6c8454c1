/**
 * Building blocks of the inwoner's letter in B1 Dutch (domain-anchors §5.5):
 * "u", short active sentences, everyday words instead of Wmo terms (§5.6).
 * Every sentence here must pass the taalcheck; `build-citizen-letter.test.ts`
 * proves it for whole letters. Sensitive topics (ChecklistItem.sensitive) have
 * no phrase on purpose: a letter may be read by others in the household.
 */
import type { Agreement } from '../conversation/model';

/** What a discussed checklist item was about, as the end of "We hebben gepraat over: …". */
export const TOPIC_OF_ITEM: Readonly<Record<string, string>> = {
  // Wmo 2015 art. 2.3.2 lid 4 a–g, in plain words (domain-anchors §1.1, §5.6)
  'wmo-hulpvraag': 'uw vraag om hulp',
  'wmo-behoeften': 'wat u nodig heeft en wat u belangrijk vindt',
  'wmo-eigen-kracht': 'wat u zelf kunt',
  'wmo-gebruikelijke-hulp': 'wat de mensen in uw huis voor u doen',
  'wmo-mantelzorg': 'de hulp die u nu krijgt van familie, vrienden of buren',
  'wmo-netwerk': 'wie er verder om u heen kan helpen',
  'wmo-mantelzorger-ondersteuning': 'steun voor de mensen die u helpen',
  'wmo-algemene-voorzieningen': 'hulp in de buurt die iedereen kan gebruiken',
  'wmo-maatschappelijk-nuttig': 'vrijwilligerswerk of iets anders wat u voor anderen kunt doen',
  'wmo-samenwerking-zorg': 'de zorg die u al krijgt, bijvoorbeeld via uw zorgverzekering',
  'wmo-maatwerk': 'hulp die de gemeente speciaal voor u kan regelen',
  'wmo-pgb': 'geld van de gemeente om zelf hulp in te kopen',
  'wmo-bijdrage': 'het deel van de kosten dat u misschien zelf betaalt',
  'wmo-persoonlijk-plan': 'uw eigen plan, waarin u zelf opschrijft welke hulp u wilt',
  // werk-participatie (seed-001, domain-anchors §2.4)
  'werk-doel': 'wat u wilt bereiken: werk, school, een stage of vrijwilligerswerk',
  'werk-wens': 'uw droom en wat nu al kan',
  'werk-participatieniveau': 'hoe u wilt meedoen',
  'werk-kwaliteiten': 'wat u goed kunt en leuk vindt',
  'werk-ervaring': 'het werk dat u eerder deed',
  'werk-opleiding': 'uw school en uw diploma’s',
  'werk-taal': 'taal, lezen, schrijven en de computer',
  'werk-gezondheid': 'hoeveel uur u kunt werken',
  'werk-ritme': 'uw ritme van dag en nacht',
  'werk-kinderopvang': 'de zorg voor uw kinderen of voor anderen',
  'werk-vervoer': 'hoe u naar uw werk of school gaat',
  'werk-financiele-gevolgen': 'wat werk betekent voor uw geld en uw uitkering',
  'werk-urgentie': 'wat snel geregeld moet worden',
  'werk-vrijwilligheid': 'wat u moet doen en wat u zelf mag kiezen',
  'werk-steun': 'wie u steunt',
  // vervoer (seed-002, domain-anchors §4)
  'vervoer-bestemmingen': 'waar u naartoe wilt',
  'vervoer-afstand-frequentie': 'hoe ver en hoe vaak u weg wilt',
  'vervoer-huidig': 'hoe u nu reist',
  'vervoer-loopafstand': 'hoe ver u kunt lopen',
  'vervoer-fiets': 'fietsen',
  'vervoer-ov-auto': 'bus, trein en auto',
  'vervoer-netwerk': 'wie u kan rijden of boodschappen voor u kan doen',
  'vervoer-voorzieningen': 'vervoer in de buurt, zoals de buurtbus',
  'vervoer-medisch': 'uw gezondheid',
  'vervoer-bewegen': 'waarom bewegen goed voor u is',
  'vervoer-beweegaanbod': 'sporten en bewegen in de buurt',
  'vervoer-verkeersveiligheid': 'veilig zijn in het verkeer',
  'vervoer-stalling': 'een plek om een scootmobiel neer te zetten en op te laden',
  'vervoer-verhuizing': 'uw plannen om te verhuizen',
};

/** Items the letter covers in its own paragraphs, or that are this letter itself. */
export const TOLD_ELSEWHERE = new Set(['wmo-clientondersteuning', 'wmo-weergave', 'wmo-termijnen']);

/** Leefgebieden in everyday words (ZRM 2017 order, domain-anchors §2.1). */
export const TOPIC_OF_DOMAIN: Readonly<Record<string, string>> = {
  financien: 'geld',
  'werk-opleiding': 'werk of school',
  tijdsbesteding: 'hoe u uw dag doorbrengt',
  huisvesting: 'uw huis',
  'huiselijke-relaties': 'de mensen bij u thuis',
  'geestelijke-gezondheid': 'hoe u zich voelt',
  'lichamelijke-gezondheid': 'uw gezondheid',
  middelengebruik: 'alcohol, drugs of medicijnen',
  'basale-adl': 'uzelf verzorgen, zoals wassen en aankleden',
  'instrumentele-adl': 'het huishouden, de boodschappen en de post',
  'sociaal-netwerk': 'de mensen om u heen',
  'maatschappelijke-participatie': 'meedoen in de buurt',
  justitie: 'politie of justitie',
};

export const LETTER = {
  title: 'Verslag van ons gesprek',
  salutation: 'Beste meneer, mevrouw,',
  intro: (date: string) =>
    `Op ${date} hadden we een gesprek. In deze brief leest u wat u ons vertelde. En wat we samen hebben afgesproken.`,
  checkFirst: (date: string) =>
    `Lees de brief goed. Klopt er iets niet? Laat het ons dan weten, uiterlijk ${date}.`,
  toldHeading: 'Wat u ons vertelde',
  toldAbout: (topic: string, words: string) => `U vertelde over ${topic}: "${words}"`,
  goesWell: (text: string) => `Wat goed gaat: ${text}`,
  wish: (text: string) => `Wat u graag wilt: ${text}`,
  talkedAbout: 'We hebben gepraat over:',
  agreedHeading: 'Wat we hebben afgesproken',
  agreedIntro: 'We hebben afgesproken dat:',
  agreedMoreHeading: 'We hebben ook afgesproken dat:',
  noAgreements: 'We hebben nog geen afspraken gemaakt.',
  done: 'Dit is al klaar.',
  handover: (organisation: string, goal: string) =>
    `${organisation} neemt contact met u op. Zij helpen u met: ${goal}`,
  handoverAsk: (organisation: string, goal: string) =>
    `Als u het goed vindt, vragen wij ${organisation} om contact met u op te nemen. Zij helpen u met: ${goal}`,
  handoverDuration: (duration: string) => `Hoe lang duurt die hulp? ${duration}`,
  nextHeading: 'Wat gebeurt er nu?',
  noDates: 'We hebben nog geen datums afgesproken.',
  // Wmo 2015 art. 2.3.2 lid 1 (6 weken) and art. 2.3.5 lid 2 (2 weken); domain-anchors §1.1–1.2, §5.6 #5
  wmoTerms: [
    'Wilt u hulp die de gemeente speciaal voor u regelt? Zet dan uw handtekening onder dit verslag.',
    'Zo vraagt u de hulp officieel aan.',
    'Binnen 2 weken daarna besluit de gemeente. U krijgt daarover een brief.',
    'De gemeente heeft 6 weken om uw situatie samen met u te bekijken. Die tijd begint op de dag dat u ons om hulp vroeg.',
  ],
  wrongHeading: 'Klopt er iets niet?',
  wrong: 'Staat er iets verkeerd in deze brief? Of mist er iets? Laat het ons dan weten.',
  wrongBy: (date: string) => [
    `Dat kan tot en met ${date}.`,
    // domain-anchors §5.6 #4: "u mag het lezen en aanvullen"
    'U mag het verslag ook zelf aanvullen.',
  ],
  contactUs: 'Bel of mail ons.',
  contact: (contact: string) => `Bel of mail ons: ${contact}`,
  // Wmo 2015 art. 2.3.2 lid 3; domain-anchors §1.4 (free, independent), §5.6 #18
  supportHeading: 'Gratis hulp van iemand die naast u staat',
  support: [
    'U kunt gratis hulp krijgen van iemand die naast u staat.',
    'Deze persoon werkt los van de gemeente.',
    'Hij of zij kan u helpen met deze brief en met de volgende stappen.',
    'Wilt u dat? Laat het ons weten.',
  ],
  closing: 'Met vriendelijke groet,',
  signature: 'Uw contactpersoon bij de gemeente',
};

/** Who does it, as the subject of a sentence in the letter. */
export function whoInLetter(agreement: Pick<Agreement, 'who' | 'whoName'>): string {
  switch (agreement.who) {
    case 'inwoner':
      return 'U';
    case 'consulent':
      return 'Wij';
    case 'netwerk':
      return agreement.whoName || 'Iemand om u heen';
    case 'organisatie':
      return agreement.whoName || 'Een andere organisatie';
  }
}
