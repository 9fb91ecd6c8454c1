/** Strings shared by every screen. */
export const nl = {
  'app.name': 'Zijlijn',
  'app.tagline': 'Coach vanaf de zijlijn',
  'common.back': 'Terug',
  'common.cancel': 'Annuleren',
  'common.close': 'Sluiten',
  'common.save': 'Opslaan',
  'common.delete': 'Verwijderen',
  'common.loading': 'Bezig met laden…',
  'common.error': 'Er ging iets mis: {message}',
  'language.label': 'Taal',
  'language.nl': 'Nederlands',
  'language.en': 'English',
} as const;

export const en: Record<keyof typeof nl, string> = {
  'app.name': 'Zijlijn',
  'app.tagline': 'Coaching from the sideline',
  'common.back': 'Back',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.save': 'Save',
  'common.delete': 'Delete',
  'common.loading': 'Loading…',
  'common.error': 'Something went wrong: {message}',
  'language.label': 'Language',
  'language.nl': 'Nederlands',
  'language.en': 'English',
};
