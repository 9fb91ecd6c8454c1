import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ConversationList } from '../../../components/conversation/ConversationList';
import { CaseConversations } from '../../../components/host/CaseConversations';
import { HostBanner } from '../../../components/host/HostBanner';
import { useVault } from '../../../components/hooks/use-vault';
import { useT } from '../../../components/i18n/I18nProvider';
import { effectiveRetentionDays } from '../../../lib/vault/vault-settings';

export function Home({ navigate }: { navigate: (path: string) => void }) {
  const t = useT();
  const { conversations } = useVault();
  const [retention, setRetention] = useState(30);

  useEffect(() => {
    // The benchmark's "panel ready" mark (docs/PERFORMANCE.md).
    performance.mark('zijlijn:home-rendered');
    void effectiveRetentionDays().then(setRetention);
  }, []);

  return (
    <section aria-labelledby="home-heading">
      <h1 id="home-heading" className="visually-hidden">
        {t('home.heading')}
      </h1>
      <p className="hint">{t('home.intro')}</p>
      <div className="home-actions">
        <button type="button" className="btn btn-primary" onClick={() => navigate('/nieuw')}>
          {t('home.newConversation')}
        </button>
        <button type="button" className="btn" onClick={() => navigate('/oefenen')}>
          {t('home.practice')}
        </button>
      </div>
      <HostBanner onSuggest={() => navigate('/nieuw')} />
      <CaseConversations repo={conversations} onOpen={(id) => navigate(`/gesprek/${id}`)} />
      <ConversationList repo={conversations} retentionDays={retention} />
      <button
        type="button"
        className="btn btn-quiet"
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        {t('home.options')}
      </button>
    </section>
  );
}
