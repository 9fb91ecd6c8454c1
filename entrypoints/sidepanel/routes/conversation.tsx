import {
  ConversationView,
  SECTIONS,
  type Section,
} from '../../../components/conversation/ConversationView';
import { useConversation } from '../../../components/hooks/use-conversation';
import { usePreviousRatings } from '../../../components/hooks/use-previous-ratings';
import { useVault } from '../../../components/hooks/use-vault';
import { useT } from '../../../components/i18n/I18nProvider';
import { MobilitySection } from '../../../components/mobility/MobilitySection';
import { ReportSection } from '../../../components/report/ReportSection';
import type { Pack } from '../../../lib/packs/pack-schema';

export function ConversationRoute({
  id,
  section,
  pack,
  navigate,
}: {
  id: string;
  section: string | undefined;
  pack: Pack;
  navigate: (path: string) => void;
}) {
  const t = useT();
  const { conversations } = useVault();
  const { conversation, change, missing, error } = useConversation(id);
  const previous = usePreviousRatings(conversations, conversation);

  if (missing) {
    return (
      <section className="card">
        <p role="alert">{t('conv.notFound')}</p>
        <a href="#/">{t('conv.home')}</a>
      </section>
    );
  }
  if (!conversation) return <p className="hint">{t('common.loading')}</p>;
  const current: Section = SECTIONS.includes(section as Section) ? (section as Section) : 'gesprek';

  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error.message}
        </p>
      )}
      <ConversationView
        conversation={conversation}
        change={change}
        pack={pack}
        section={current}
        onSection={(s) => navigate(`/gesprek/${id}/${s}`)}
        previousRatings={previous}
        extraSections={{
          vervoer: <MobilitySection conversation={conversation} change={change} pack={pack} />,
          verslag: <ReportSection conversation={conversation} change={change} pack={pack} />,
        }}
      />
    </>
  );
}
