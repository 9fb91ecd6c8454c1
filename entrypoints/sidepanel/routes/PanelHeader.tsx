import { useT } from '../../../components/i18n/I18nProvider';
import { LockButton } from '../../../components/vault/LockButton';

export function PanelHeader({ onPrivacy, onHome }: { onPrivacy: () => void; onHome: () => void }) {
  const t = useT();
  return (
    <header className="panel-header">
      <a
        className="brand"
        href="#/"
        onClick={(e) => {
          e.preventDefault();
          onHome();
        }}
      >
        <img src="/icon-32.png" alt="" />
        {t('app.name')}
      </a>
      <div className="header-actions">
        <button
          type="button"
          className="btn btn-quiet btn-small"
          onClick={onPrivacy}
          title={t('privacy.shortcut')}
        >
          {t('privacy.button')}
        </button>
        <LockButton />
      </div>
    </header>
  );
}
