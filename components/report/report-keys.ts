/** Keys of the edited texts in `conversation.texts` (the vault stores them sealed). */
export const TEXT_KEYS = { system: 'report', letter: 'letter' } as const;
export type TextKind = keyof typeof TEXT_KEYS;
