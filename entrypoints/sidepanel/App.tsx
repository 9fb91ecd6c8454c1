import { I18nProvider } from '../../components/i18n/I18nProvider';
import { useHashRoute } from '../../components/hooks/use-hash-route';
import { useUiLanguage } from '../../components/hooks/use-ui-language';
import { PanelHeader } from './routes/PanelHeader';
import { Home } from './routes/home';

export function App() {
  const lang = useUiLanguage();
  const [route, navigate] = useHashRoute();
  if (!lang) return null;

  return (
    <I18nProvider lang={lang}>
      <div className="panel">
        <PanelHeader />
        <main className="panel-main">{route[0] === undefined && <Home navigate={navigate} />}</main>
      </div>
    </I18nProvider>
  );
}
