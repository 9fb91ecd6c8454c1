/** "Wordt gewist op …" for a conversation card (retention is visible per item). */
import { useLang, useT } from '../i18n/I18nProvider';

export function ExpiryNote({ expiresAt }: { expiresAt: number }) {
  const t = useT();
  const lang = useLang();
  const date = new Date(expiresAt).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return <p className="hint">{t('vault.expires', { date })}</p>;
}
