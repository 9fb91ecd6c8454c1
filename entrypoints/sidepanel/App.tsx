import { lazy, Suspense, useState } from 'react';
import { usePack } from '../../components/hooks/use-pack';
import { useHashRoute } from '../../components/hooks/use-hash-route';
import { useUiLanguage } from '../../components/hooks/use-ui-language';
import { I18nProvider, useT } from '../../components/i18n/I18nProvider';
import { PrivacyScreen } from '../../components/ui/PrivacyScreen';
import { VaultGate } from '../../components/vault/VaultGate';
import { PanelHeader } from './routes/PanelHeader';
import { ConversationRoute } from './routes/conversation';
import { Home } from './routes/home';
import { NewConversationRoute } from './routes/new-conversation';

const PracticeRoute = lazy(() => import('./routes/practice'));

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
  const resolved = usePack();

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
            {!resolved ? (
              <p className="hint">{t('common.loading')}</p>
            ) : route[0] === 'nieuw' ? (
              <NewConversationRoute pack={resolved.pack} navigate={navigate} />
            ) : route[0] === 'gesprek' && route[1] ? (
              <ConversationRoute
                key={route[1]}
                id={route[1]}
                section={route[2]}
                pack={resolved.pack}
                navigate={navigate}
              />
            ) : route[0] === 'oefenen' ? (
              <Suspense fallback={<p className="hint">{t('common.loading')}</p>}>
                <PracticeRoute route={route.slice(1)} pack={resolved.pack} navigate={navigate} />
              </Suspense>
            ) : (
              <Home navigate={navigate} />
            )}
          </VaultGate>
        </main>
      </div>
    </PrivacyScreen>
  );
}
