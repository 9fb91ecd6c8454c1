import { lazy, Suspense, useState } from 'react';
import { useHashRoute } from '../../components/hooks/use-hash-route';
import { useUiLanguage } from '../../components/hooks/use-ui-language';
import { I18nProvider, useT } from '../../components/i18n/I18nProvider';
import { PrivacyScreen } from '../../components/ui/PrivacyScreen';
import { HostContextProvider } from '../../components/hooks/use-host-context';
import { VaultGate } from '../../components/vault/VaultGate';
import { PanelHeader } from './routes/PanelHeader';
import { Home } from './routes/home';

// Everything that needs the content pack loads after the home (docs/PERFORMANCE.md).
const PackRoutes = lazy(() => import('./routes/pack-routes'));
const needsPack = ([first, id]: string[]) =>
  first === 'nieuw' || first === 'oefenen' || (first === 'gesprek' && Boolean(id));

export function App() {
  const lang = useUiLanguage();
  if (!lang) return null;
  return (
    <I18nProvider lang={lang}>
      <Panel />
    </I18nProvider>
  );
}

function Panel() {
  const t = useT();
  const [route, navigate] = useHashRoute();
  const [privacy, setPrivacy] = useState(false);

  return (
    <PrivacyScreen
      active={privacy}
      onToggle={setPrivacy}
      appName={t('app.name')}
      hiddenText={t('privacy.hidden')}
      returnLabel={t('privacy.return')}
    >
      <div className="panel">
        <PanelHeader onPrivacy={() => setPrivacy(true)} onHome={() => navigate('/')} />
        <main className="panel-main">
          <VaultGate>
            {/* One host poller for the banner, case links, new conversation and insert. */}
            <HostContextProvider>
              {needsPack(route) ? (
                <Suspense fallback={<p className="hint">{t('common.loading')}</p>}>
                  <PackRoutes route={route} navigate={navigate} />
                </Suspense>
              ) : (
                <Home navigate={navigate} />
              )}
            </HostContextProvider>
          </VaultGate>
        </main>
      </div>
    </PrivacyScreen>
  );
}
