/**
 * The conversations already linked to the case on screen (found by keyed
 * hash), so reopening the same zaak leads back to the same conversation.
 */
import type { ConversationsRepo } from '../../lib/vault/conversations-repo';
import { useHostContext } from '../hooks/use-host-context';
import { useT } from '../i18n/I18nProvider';
import { useCaseConversations } from './case-link';

export function CaseConversations({
  repo,
  onOpen,
}: {
  repo: ConversationsRepo;
  onOpen: (id: string) => void;
}) {
  const t = useT();
  const { caseRef } = useHostContext();
  const linked = useCaseConversations(repo, caseRef);
  if (!linked || linked.length === 0) return null;

  return (
    <section className="host-case" aria-label={t('host.caseLinked')}>
      <p>{t('host.caseLinked')}</p>
      {linked.slice(0, 3).map((c) => (
        <button key={c.id} type="button" className="btn" onClick={() => onOpen(c.id)}>
          {t('host.caseOpen', { label: c.label })}
        </button>
      ))}
    </section>
  );
}
