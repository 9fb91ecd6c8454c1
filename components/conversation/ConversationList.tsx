import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { ConversationsRepo } from '../../lib/vault/conversations-repo';
import { useLang, useT } from '../i18n/I18nProvider';

const PAGE = 20;

/** Recent conversations, newest first, each with its deletion date. */
export function ConversationList({
  repo,
  retentionDays,
}: {
  repo: ConversationsRepo;
  retentionDays: number;
}) {
  const t = useT();
  const lang = useLang();
  const [limit, setLimit] = useState(PAGE);
  const page = useLiveQuery(async () => {
    const [items, total] = await Promise.all([repo.list({ limit }), repo.count()]);
    return { items, total };
  }, [repo, limit]);
  const date = (ms: number) =>
    new Date(ms).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });

  if (!page) return null;
  return (
    <section aria-labelledby="list-heading" className="conversations">
      <h2 id="list-heading">{t('list.heading')}</h2>
      {page.items.length === 0 && (
        <p className="hint">{t('list.empty', { days: retentionDays })}</p>
      )}
      <ul className="conversation-list">
        {page.items.map((c) => (
          <li key={c.id}>
            <a href={`#/gesprek/${c.id}`} aria-label={t('list.open', { label: c.label || '—' })}>
              <strong className="personal">{c.label || '—'}</strong> · {t(`type.${c.type}`)}
              <span className="conversation-meta">
                {date(c.updatedAt)} · {t('list.expires', { date: date(c.expiresAt) })}
              </span>
            </a>
          </li>
        ))}
      </ul>
      {page.total > page.items.length && (
        <button type="button" className="btn btn-quiet" onClick={() => setLimit(limit + PAGE)}>
          {t('list.more')}
        </button>
      )}
    </section>
  );
}
