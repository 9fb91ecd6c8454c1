import { useLang, useT } from '../../../components/i18n/I18nProvider';
import { LANGS, type Lang } from '../../../lib/i18n/translate';
import { uiLanguage } from '../../../lib/settings/settings-items';

export function GeneralSection() {
  const t = useT();
  const lang = useLang();
  return (
    <section className="card" aria-labelledby="general-heading">
      <h2 id="general-heading">{t('options.general')}</h2>
      <div className="field">
        <label htmlFor="ui-language">{t('language.label')}</label>
        <select
          id="ui-language"
          value={lang}
          onChange={(e) => void uiLanguage.setValue(e.target.value as Lang)}
        >
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
        <p className="hint">{t('options.languageHint')}</p>
      </div>
    </section>
  );
}
