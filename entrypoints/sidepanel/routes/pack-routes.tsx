/**
 * The routes that need the content pack (new conversation, a conversation,
 * Oefenen), loaded lazily so the home and the PIN gate render without the
 * pack, its schemas and the engines (PRODUCT §5: initial JS, panel ready).
 */
import { lazy, Suspense } from 'react';
import { usePack } from '../../../components/hooks/use-pack';
import { useT } from '../../../components/i18n/I18nProvider';
import { ConversationRoute } from './conversation';
import { NewConversationRoute } from './new-conversation';

const PracticeRoute = lazy(() => import('./practice'));

export default function PackRoutes({
  route,
  navigate,
}: {
  route: string[];
  navigate: (path: string) => void;
}) {
  const t = useT();
  const resolved = usePack();
  const loading = <p className="hint">{t('common.loading')}</p>;
  if (!resolved) return loading;
  if (route[0] === 'nieuw')
    return <NewConversationRoute pack={resolved.pack} navigate={navigate} />;
  if (route[0] === 'gesprek' && route[1]) {
    return (
      <ConversationRoute
        key={route[1]}
        id={route[1]}
        section={route[2]}
        pack={resolved.pack}
        navigate={navigate}
      />
    );
  }
  if (route[0] !== 'oefenen') return null;
  return (
    <Suspense fallback={loading}>
      <PracticeRoute route={route.slice(1)} pack={resolved.pack} navigate={navigate} />
    </Suspense>
  );
}
