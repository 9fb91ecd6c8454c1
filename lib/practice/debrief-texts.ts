/**
 * Dutch feedback texts for the debrief and the export: what each reaction
 * kind did and how to do better. Written for a trainee (domain-anchors §5.1–5.2,
 * seed-002 L1435-1484); the tips name the technique, never the person.
 */
import type { ReactionKind, Technique } from './inwoner-reactions';

interface KindText {
  label: string;
  /** What it did to the inwoner. */
  effect: string;
  tip: string;
}

export const KIND_TEXTS: Record<ReactionKind, KindText> = {
  open: {
    label: 'Open vraag',
    effect: 'de inwoner kreeg ruimte om zelf te vertellen.',
    tip: 'Vraag daarna door op wat de inwoner noemt.',
  },
  closed: {
    label: 'Gesloten vraag',
    effect: 'de inwoner gaf alleen een kort antwoord.',
    tip: 'Begin met wat, hoe, wie of welke, of zeg "vertel eens".',
  },
  leading: {
    label: 'Sturende vraag',
    effect: 'de inwoner gaf u gelijk zonder het echt te menen, en het vertrouwen daalde.',
    tip: 'Vraag neutraal; stop het antwoord niet al in de vraag.',
  },
  jargon: {
    label: 'Moeilijk woord',
    effect: 'de inwoner begreep u niet en raakte meer gespannen.',
    tip: 'Zeg het in gewone woorden (B1) en check of het duidelijk is.',
  },
  reflection: {
    label: 'Gevoel benoemd',
    effect: 'de inwoner voelde zich gezien; het vertrouwen groeide.',
    tip: 'Benoem wat u hoort of ziet, en laat daarna even stilte.',
  },
  summary: {
    label: 'Samenvatting',
    effect: 'de inwoner merkte dat u luisterde.',
    tip: 'Vat samen in de woorden van de inwoner en vraag of het klopt.',
  },
  correction: {
    label: 'Ingevuld voor de inwoner',
    effect: 'u vatte iets samen wat de inwoner niet had gezegd; de inwoner verbeterde u.',
    tip: 'Vat alleen samen wat u echt hoorde; vraag naar de rest.',
  },
  advice: {
    label: 'Te vroeg advies of oordeel',
    effect: 'de inwoner ging in de verdediging.',
    tip: 'Laat oordeel, mening en advies nog even thuis; vraag eerst door.',
  },
  why: {
    label: 'Waarom-vraag',
    effect: 'dat klonk als een verwijt; de inwoner verdedigde zich.',
    tip: 'Vraag "wat maakt dat…?" of "hoe komt het dat…?".',
  },
  double: {
    label: 'Dubbele vraag',
    effect: 'de inwoner beantwoordde alleen het laatste deel.',
    tip: 'Stel één vraag tegelijk en wacht het antwoord af.',
  },
  guarded: {
    label: 'Onderwerp ontweken',
    effect: 'er was nog te weinig vertrouwen om hierover te praten.',
    tip: 'Bouw eerst vertrouwen op: luister, benoem wat u ziet, vat samen.',
  },
  neutral: {
    label: 'Geen vraag',
    effect: 'het gesprek kwam niet verder.',
    tip: 'Nodig de inwoner uit om te vertellen.',
  },
};

export const OVERWHELMED_TEXT: KindText = {
  label: 'Inwoner overweldigd',
  effect: 'de spanning was zo hoog dat de inwoner niets nieuws meer vertelde.',
  tip: 'Breng rust: korte zinnen, één ding tegelijk, vat samen.',
};

const TECHNIQUE_TEXTS: Record<Technique, string> = {
  open: 'stel er een open vraag over',
  reflection: 'benoem wat u ziet of hoort',
  closed: 'vraag er gericht naar',
};

/** A tip for a missed fact, built from how it could have been uncovered. */
export function missedTip(
  keywords: readonly string[],
  ask: readonly Technique[],
  minTrust: number,
): string {
  const how = ask.map((t) => TECHNIQUE_TEXTS[t]).join(' of ');
  const when = minTrust >= 50 ? ', maar pas als er genoeg vertrouwen is' : '';
  return `Onderwerp: ${keywords.slice(0, 3).join(', ')}. Tip: ${how}${when}.`;
}

/** The three evaluation questions of the 12-conversation experiment (seed-002 L1419). */
export const REFLECTION_QUESTIONS = [
  'Wat werkte wel?',
  'Wat werkte niet?',
  'Hoe kan het beter?',
] as const;

export const OUTCOME_TEXTS = {
  'all-facts': 'Alle verborgen informatie is boven water gekomen.',
  'trust-lost': 'De inwoner heeft het gesprek beëindigd: het vertrouwen was weg.',
  'max-turns': 'De tijd was om.',
  'trainee-ended': 'U heeft het gesprek zelf afgesloten.',
} as const;

export const FLAG_LABELS = {
  double: 'dubbele vraag',
  leading: 'sturende vraag',
  why: 'waarom-vraag',
  advice: 'advies of oordeel',
  jargon: 'moeilijk woord',
  long: 'lange zin',
  summary: 'samenvatting',
  reflection: 'gevoel benoemd',
} as const;

export const QUESTION_LABELS = {
  open: 'open vraag',
  closed: 'gesloten vraag',
  none: 'geen vraag',
} as const;
