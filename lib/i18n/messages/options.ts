/** Strings of the options page. */
export const nl = {
  'options.heading': 'Zijlijn — instellingen',
  'options.general': 'Algemeen',
  'options.languageHint': 'De taal van Zijlijn. Teksten voor de inwoner blijven Nederlands.',
} as const;

export const en: Record<keyof typeof nl, string> = {
  'options.heading': 'Zijlijn — settings',
  'options.general': 'General',
  'options.languageHint': 'The language of Zijlijn. Texts for the inwoner stay Dutch.',
};
