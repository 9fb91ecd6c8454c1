/**
 * A realistic, fully filled conversation for seeding the vault: label,
 * profiles, phase, ratings and notes for several leefgebieden, checklist
 * marks, signals and afspraken. Deterministic per index; no real person.
 */
import { ConversationSchema, type Conversation } from '../../lib/conversation/model';

const DOMAINS = [
  'financien',
  'werk-opleiding',
  'huisvesting',
  'huiselijke-relaties',
  'geestelijke-gezondheid',
  'lichamelijke-gezondheid',
  'sociaal-netwerk',
  'maatschappelijke-participatie',
];
const TYPES = ['wmo', 'vervoer', 'werk', 'vrij'] as const;
const INITIALS = ['JB', 'AK', 'MV', 'RH', 'SO', 'TD', 'LW', 'EP'];

export function sampleConversation(index: number, updatedAt: number): Conversation {
  const domains = DOMAINS.slice(0, 3 + (index % 6));
  return ConversationSchema.parse({
    id: `bench-${String(index).padStart(5, '0')}`,
    type: TYPES[index % TYPES.length],
    label: `${INITIALS[index % INITIALS.length]} ${(index % 28) + 1}-${(index % 12) + 1}`,
    profiles: index % 3 === 0 ? ['ouder'] : [],
    phase: 'afspraken',
    startedAt: updatedAt - 45 * 60_000,
    checklist: { 'wmo-hulpvraag': 'besproken', 'wmo-eigen-kracht': 'besproken' },
    signals: { overweldigd: true },
    ratings: Object.fromEntries(domains.map((d, i) => [d, ((index + i) % 5) + 1])),
    notes: {
      [domains[0]!]: {
        own: 'Ik kom de trap niet meer op en de boodschappen worden te zwaar.',
        strengths: 'Dochter komt twee keer per week langs.',
        wish: 'Zelf naar de supermarkt kunnen.',
      },
    },
    agreements: {
      'afspraak-1': {
        id: 'afspraak-1',
        who: 'consulent',
        what: 'Vraagt een proefrit met de scootmobielpool aan.',
        when: 'volgende week',
        createdAt: updatedAt,
      },
    },
    caseHash: null,
    createdAt: updatedAt - 60 * 60_000,
    updatedAt,
    expiresAt: 0,
  });
}
