import { useT } from '../../../components/i18n/I18nProvider';
import type { Pack } from '../../../lib/packs/pack-schema';

/** Practice mode (lazy-loaded; keeps the panel's initial JS small). */
export default function PracticeRoute({
  pack,
  navigate,
}: {
  route: string[];
  pack: Pack;
  navigate: (path: string) => void;
}) {
  const t = useT();
  return (
    <section aria-labelledby="practice-heading">
      <h1 id="practice-heading">{t('home.practice')}</h1>
      <p className="hint">{pack.scenarios.length} scenario's</p>
      <button type="button" className="btn" onClick={() => navigate('/')}>
        {t('common.back')}
      </button>
    </section>
  );
}
