/** Strings of the options page. */
export const nl = {
  'options.heading': 'Zijlijn — instellingen',
  'options.general': 'Algemeen',
  'options.languageHint': 'De taal van Zijlijn. Teksten voor de inwoner blijven Nederlands.',
  'packs.heading': 'Inhoudspakketten',
  'packs.intro':
    'Zijlijn gebruikt het standaardpakket. Een eigen pakket van de gemeente vult het aan of vervangt onderdelen met hetzelfde id.',
  'packs.default': 'Standaardpakket: {name} (versie {version})',
  'packs.imported': 'Geïmporteerd pakket: {name}, op {date}',
  'packs.noImport': 'Geen eigen pakket geïmporteerd.',
  'packs.policy': 'Pakket via beleid van de organisatie: actief',
  'packs.policyRejected': 'Het pakket uit het beleid van de organisatie is niet gebruikt: {error}',
  'packs.import': 'Inhoudspakket importeren (JSON)',
  'packs.importOk': 'Pakket "{name}" is geïmporteerd.',
  'packs.remove': 'Geïmporteerd pakket verwijderen',
  'packs.removed': 'Het geïmporteerde pakket is verwijderd.',
  'packs.problems': 'Aandachtspunten in de inhoud',
  'packs.counts':
    '{prompts} suggesties, {signals} signalen, {domains} leefgebieden, {jargon} jargonwoorden',
  'packs.readError': 'Het bestand kon niet worden gelezen.',
} as const;

export const en: Record<keyof typeof nl, string> = {
  'options.heading': 'Zijlijn — settings',
  'options.general': 'General',
  'options.languageHint': 'The language of Zijlijn. Texts for the inwoner stay Dutch.',
  'packs.heading': 'Content packs',
  'packs.intro':
    "Zijlijn uses the default pack. A municipality's own pack adds to it or replaces items with the same id.",
  'packs.default': 'Default pack: {name} (version {version})',
  'packs.imported': 'Imported pack: {name}, on {date}',
  'packs.noImport': 'No pack of your own imported.',
  'packs.policy': "Pack from the organisation's policy: active",
  'packs.policyRejected': "The pack from the organisation's policy was not used: {error}",
  'packs.import': 'Import content pack (JSON)',
  'packs.importOk': 'Pack "{name}" was imported.',
  'packs.remove': 'Remove imported pack',
  'packs.removed': 'The imported pack was removed.',
  'packs.problems': 'Points of attention in the content',
  'packs.counts':
    '{prompts} suggestions, {signals} signals, {domains} life domains, {jargon} jargon words',
  'packs.readError': 'The file could not be read.',
};
