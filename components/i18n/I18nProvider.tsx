import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { dictionaries, type MessageKey } from '../../lib/i18n/messages';
import { createTranslator, type Lang, type Params } from '../../lib/i18n/translate';

export type Translate = (key: MessageKey, params?: Params) => string;

const I18nContext = createContext<{ lang: Lang; t: Translate }>({
  lang: 'nl',
  t: createTranslator(dictionaries, 'nl'),
});

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: createTranslator(dictionaries, lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useLang(): Lang {
  return useContext(I18nContext).lang;
}
