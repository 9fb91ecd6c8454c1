/**
 * Fixed Dutch labels of the verslag for the registration system: titles per
 * conversation type, ZRM level names, checklist states and agreement parties.
 * Professional wording; the inwoner's letter uses `b1-phrases.ts` instead.
 */
import type { Agreement, ConversationType, Rating } from '../conversation/model';

export const REPORT_TITLE: Record<ConversationType, string> = {
  wmo: 'Verslag Wmo-onderzoek',
  vervoer: 'Verslag Wmo-onderzoek vervoer',
  werk: 'Verslag gesprek werk en participatie',
  vrij: 'Verslag gesprek leefgebieden',
};

/** ZRM 2017 level names, low to high (domain-anchors §2.1). */
export const LEVEL_NAME: Record<Rating, string> = {
  1: 'acute problematiek',
  2: 'niet zelfredzaam',
  3: 'beperkt zelfredzaam',
  4: 'voldoende zelfredzaam',
  5: 'volledig zelfredzaam',
};

/** An absent state is "niet besproken": the verslag never fills it in. */
export const STATE_TEXT = {
  besproken: 'besproken',
  nvt: 'niet van toepassing',
  later: 'later bespreken',
  open: 'niet besproken',
} as const;

export const PARTY_TEXT: Record<Agreement['who'], string> = {
  inwoner: 'Inwoner',
  consulent: 'Consulent',
  netwerk: 'Netwerk',
  organisatie: 'Andere organisatie',
};

/** Dutch long date in Dutch time, e.g. "maandag 16 juni 2025". */
export function dutchDate(epochMs: number): string {
  return new Date(epochMs).toLocaleDateString('nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });
}
