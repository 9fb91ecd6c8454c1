/** Strings of the side panel home screen. */
export const nl = {
  'home.heading': 'Zijlijn',
  'home.intro': 'Rustig voorbereid het gesprek in. Alles blijft versleuteld op deze computer.',
  'home.newConversation': 'Nieuw gesprek',
  'home.practice': 'Oefenen',
  'home.options': 'Instellingen',
} as const;

export const en: Record<keyof typeof nl, string> = {
  'home.heading': 'Zijlijn',
  'home.intro': 'Prepare the conversation calmly. Everything stays encrypted on this computer.',
  'home.newConversation': 'New conversation',
  'home.practice': 'Practise',
  'home.options': 'Settings',
};
