import { useEffect, useState } from 'react';
import type { Lang } from '../../lib/i18n/translate';
import { uiLanguage } from '../../lib/settings/settings-items';

/** The chosen UI language, live across extension pages; `null` while loading. */
export function useUiLanguage(): Lang | null {
  const [lang, setLang] = useState<Lang | null>(null);
  useEffect(() => {
    let alive = true;
    void uiLanguage.getValue().then((value) => alive && setLang(value));
    const unwatch = uiLanguage.watch((value) => setLang(value));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return lang;
}
