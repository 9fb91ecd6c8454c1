/**
 * The Dutch feedback wording for trainees: a name and a short tip per flag and per
 * question type, grounded in domain-anchors §5.1-5.5. Trainees are addressed with "u", like
 * everywhere else in the panel; the inwoner is never called cliënt.
 */
import type { Flag, QuestionType } from './types';

export const FLAG_LABELS: Record<Flag, string> = {
  double: 'Dubbele vraag',
  leading: 'Sturende vraag',
  why: 'Waarom-vraag',
  advice: 'Oordeel, mening of advies',
  jargon: 'Vakjargon',
  long: 'Lange zin',
  summary: 'Samenvatting',
  reflection: 'Reflectie',
};

export const FLAG_TIPS: Record<Flag, string> = {
  // One question at a time (domain-anchors §5.1, Van Heijningen).
  double: 'Stel één vraag tegelijk. Wacht het antwoord af en vraag dan verder.',
  // Suggestieve vragen (domain-anchors §5.1).
  leading: 'Je vraag stuurt naar een antwoord. Vraag neutraal, bijvoorbeeld: "Hoe is dat voor u?"',
  // Waarom klinkt als een verwijt (domain-anchors §5.1, Divosa).
  why: 'Waarom kan klinken als een verwijt. Vraag liever: "Wat maakt dat…?" of "Hoe komt het dat…?"',
  // OMA thuislaten; advies alleen met toestemming (domain-anchors §5.1-5.2).
  advice:
    'Laat oordeel, mening en advies nog even thuis. Vraag eerst wat de inwoner zelf wil of al heeft geprobeerd.',
  // Jargon zonder check (seed-002 L1459-1462).
  jargon: 'Zeg het in gewone woorden, of leg het woord uit en vraag of het duidelijk is.',
  // B1: ongeveer tien woorden per zin (domain-anchors §5.5).
  long: 'Deze zin heeft meer dan twintig woorden. Maak er korte zinnen van.',
  // LSD: samenvatten en checken (domain-anchors §5.1).
  summary: 'Goed: u vat samen. Check daarna of het klopt: "Klopt dat?"',
  // Gevoelsreflectie, zonder standaardzin (seed-002 L1426-1431).
  reflection: 'Goed: u benoemt een gevoel. Geef daarna ruimte en laat een stilte vallen.',
};

/** Flags that mark a good move rather than a pitfall. */
export const GOOD_FLAGS: readonly Flag[] = ['summary', 'reflection'];

export const QUESTION_LABELS: Record<QuestionType, string> = {
  open: 'Open vraag',
  closed: 'Gesloten vraag',
  none: 'Geen vraag',
};

export const QUESTION_TIPS: Record<QuestionType, string> = {
  open: 'De inwoner kan zelf vertellen. Luister, vat samen en vraag door.',
  closed:
    'Het antwoord is kort: ja, nee of een keuze. Begin met wat, hoe of welke om meer te horen.',
  none: 'Wilt u meer weten? Sluit af met een open vraag.',
};
