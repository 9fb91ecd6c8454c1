/** Says plainly that a forgotten PIN means the data is gone, and offers a wipe. */
import { useId } from 'react';
import { useT } from '../i18n/I18nProvider';
import { WipeConfirm } from './WipeConfirm';

export function ForgotPin({ onBack }: { onBack: () => void }) {
  const t = useT();
  const id = useId();
  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('vault.forgot.heading')}</h2>
      <p>{t('vault.forgot.body')}</p>
      <WipeConfirm />
      <button type="button" className="btn btn-quiet" onClick={onBack}>
        {t('vault.forgot.back')}
      </button>
    </section>
  );
}
