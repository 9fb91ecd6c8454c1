import { useT } from '../../../components/i18n/I18nProvider';

export function PanelHeader() {
  const t = useT();
  return (
    <header className="panel-header">
      <span className="brand">
        <img src="/icon-32.png" alt="" />
        {t('app.name')}
      </span>
    </header>
  );
}
