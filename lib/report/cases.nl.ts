/**
 * Test conversations for the verslag and the letter (test-only fixtures):
 * an almost empty one per type, a full Wmo-onderzoek, a werk and a vrij talk,
 * and a vervoer talk with vervoerscheck answers and decisions.
 */
import {
  ConversationSchema,
  type Agreement,
  type Conversation,
  type ConversationType,
} from '../conversation/model';
import { defaultPackInput } from '../packs/default-pack';
import { PackSchema } from '../packs/pack-schema';

export const pack = PackSchema.parse(defaultPackInput);

/** Monday 16 June 2025, 10:00 in Amsterdam. */
export const TALK_DATE = Date.UTC(2025, 5, 16, 8, 0);

export function conversation(
  type: ConversationType,
  fields: Partial<Omit<Conversation, 'agreements'>> & { agreements?: Partial<Agreement>[] } = {},
): Conversation {
  const { agreements = [], ...rest } = fields;
  return ConversationSchema.parse({
    id: `test-${type}`,
    type,
    label: 'MJ 16-6',
    phase: 'afronden',
    startedAt: TALK_DATE,
    createdAt: TALK_DATE - 60_000,
    updatedAt: TALK_DATE + 3_600_000,
    expiresAt: TALK_DATE + 30 * 86_400_000,
    ...rest,
    agreements: Object.fromEntries(
      agreements.map((agreement, i) => [
        `a${i + 1}`,
        { id: `a${i + 1}`, who: 'inwoner', what: '', createdAt: TALK_DATE + i, ...agreement },
      ]),
    ),
  });
}

export const emptyWmo = conversation('wmo', { phase: 'openen' });

export const fullWmo = conversation('wmo', {
  checklist: {
    'wmo-hulpvraag': 'besproken',
    'wmo-behoeften': 'besproken',
    'wmo-eigen-kracht': 'besproken',
    'wmo-gebruikelijke-hulp': 'nvt',
    'wmo-mantelzorg': 'besproken',
    'wmo-netwerk': 'besproken',
    'wmo-mantelzorger-ondersteuning': 'later',
    'wmo-algemene-voorzieningen': 'besproken',
    'wmo-maatwerk': 'besproken',
    'wmo-pgb': 'besproken',
    'wmo-bijdrage': 'besproken',
    'wmo-clientondersteuning': 'besproken',
    'wmo-termijnen': 'besproken',
    'breed-huisvesting': 'besproken',
    'breed-schulden': 'besproken',
  },
  signals: { vermoeid: true, 'overzicht-kwijt': true },
  ratings: { 'instrumentele-adl': 2, 'sociaal-netwerk': 3, huisvesting: 4 },
  notes: {
    'instrumentele-adl': {
      own: 'Het huishouden lukt niet meer sinds mijn heupoperatie.',
      strengths: 'Dochter doet elke zaterdag de boodschappen',
      wish: 'Zelf blijven koken',
    },
    'sociaal-netwerk': { own: '', strengths: 'Buurvrouw komt twee keer per week langs', wish: '' },
  },
  agreements: [
    { who: 'consulent', what: 'Huishoudelijke ondersteuning aanvragen', when: 'vrijdag 20 juni' },
    { who: 'inwoner', what: 'De folder van de boodschappendienst lezen', when: '' },
    {
      who: 'organisatie',
      whoName: 'Welzijn Zijlstad',
      what: 'Kennismaking met de ouderenadviseur',
      when: 'binnen 2 weken',
      handover: {
        organisation: 'Welzijn Zijlstad',
        goal: 'Een maatje zoeken voor een wekelijkse wandeling',
        duration: 'drie maanden',
        feedback: 'Na zes weken belt de ouderenadviseur de consulent',
        lead: 'consulent',
        consent: true,
      },
    },
  ],
});

export const emptyWerk = conversation('werk', { phase: 'openen' });

export const werk = conversation('werk', {
  checklist: {
    'werk-doel': 'besproken',
    'werk-kwaliteiten': 'besproken',
    'werk-gezondheid': 'besproken',
    'werk-kinderopvang': 'later',
    'werk-schulden': 'besproken',
    'werk-vrijwilligheid': 'besproken',
  },
  signals: { gespannen: true },
  ratings: { 'werk-opleiding': 2, financien: 3 },
  notes: {
    'werk-opleiding': {
      own: 'Ik wil weer in de zorg werken, maar niet meer in de nacht.',
      strengths: 'Heeft tien jaar als helpende gewerkt',
      wish: 'Een baan van twintig uur per week',
    },
  },
  agreements: [
    { who: 'inwoner', what: 'Cv meenemen naar het volgende gesprek', when: 'dinsdag 1 juli' },
    { who: 'consulent', what: 'Een proefplaats zoeken in een verpleeghuis', when: 'eind juni' },
  ],
});

export const emptyVrij = conversation('vrij', { phase: 'openen' });

export const vrij = conversation('vrij', {
  checklist: {
    'breed-financien': 'besproken',
    'breed-huisvesting': 'besproken',
    'breed-geestelijke-gezondheid': 'besproken',
    'breed-veiligheid': 'besproken',
    'breed-justitie': 'nvt',
  },
  signals: { overweldigd: true },
  ratings: { financien: 2, huisvesting: 3, 'geestelijke-gezondheid': 2 },
  notes: {
    financien: { own: 'Ik durf de post niet meer open te maken.', strengths: '', wish: '' },
    huisvesting: { own: '', strengths: '', wish: 'Een kleinere woning dichter bij mijn zus' },
  },
  agreements: [
    {
      who: 'organisatie',
      whoName: 'Schuldhulp Zijlstad',
      what: 'Samen de post sorteren',
      when: 'maandag 23 juni',
      handover: {
        organisation: 'Schuldhulp Zijlstad',
        goal: 'Overzicht maken van de rekeningen',
        duration: 'een paar weken',
        feedback: '',
        lead: 'Schuldhulp Zijlstad',
        consent: false,
      },
    },
  ],
});

export const emptyVervoer = conversation('vervoer', { phase: 'openen' });

export const vervoer = conversation('vervoer', {
  checklist: {
    'vervoer-bestemmingen': 'besproken',
    'vervoer-loopafstand': 'besproken',
    'vervoer-netwerk': 'besproken',
    'vervoer-bewegen': 'besproken',
    'vervoer-stalling': 'later',
    'wmo-hulpvraag': 'besproken',
    'wmo-eigen-kracht': 'besproken',
  },
  ratings: { 'maatschappelijke-participatie': 3 },
  mobility: {
    destinations: [
      { purpose: 'boodschappen', km: 1, frequency: 'paar-keer-per-week' },
      { purpose: 'activiteiten', km: 3, frequency: 'wekelijks' },
    ],
    walkingMeters: 300,
    walkingWithAid: false,
    cycling: 'nee',
    ov: 'zelfstandig',
    driverInNetwork: true,
    networkHelpers: ['huisgenoot'],
    exerciseImportant: true,
    focusOnlyScootmobiel: true,
  },
  decisions: {
    scootmobiel: { status: 'past-niet', reason: 'Bewegen is medisch belangrijk; loopt 300 m.' },
    buurtbus: { status: 'past', reason: 'Rijdt twee keer per week naar de markt.' },
  },
  agreements: [
    {
      who: 'organisatie',
      whoName: 'Fysiotherapie De Brug',
      what: 'Beweegprogramma',
      handover: {
        organisation: 'Fysiotherapie De Brug',
        goal: 'Weer langer kunnen lopen',
        duration: 'twaalf weken',
        feedback: 'Verslag aan de consulent na afloop',
        lead: 'consulent',
        consent: true,
      },
    },
    { who: 'inwoner', what: 'De buurtbus een keer proberen', when: 'volgende week' },
  ],
});

/** Every test conversation, for the tables that hold for all of them. */
export const ALL = {
  emptyWmo,
  fullWmo,
  emptyWerk,
  werk,
  emptyVrij,
  vrij,
  emptyVervoer,
  vervoer,
} as const;
