/**
 * Earlier practice sessions from the vault, newest first, live: open one to
 * read its debrief (or carry on), or delete it after a confirmation.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Scenario } from '../../lib/practice/scenario-schema';
import { toVaultError } from '../../lib/vault/errors';
import { useVault } from '../hooks/use-vault';
import { useLang, useT } from '../i18n/I18nProvider';

export function SessionList({
  scenarios,
  onOpen,
}: {
  scenarios: readonly Scenario[];
  onOpen: (id: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const { practice } = useVault();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const page = useLiveQuery(
    () =>
      practice.list().then(
        (value) => ({ value }),
        (e: unknown) => ({ error: toVaultError(e).message }),
      ),
    [practice],
  );
  const when = (ms: number) =>
    new Date(ms).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });

  const remove = (id: string) => {
    setConfirming(null);
    practice.remove(id).then(
      () => setError(null),
      (e: unknown) => setError(toVaultError(e).message),
    );
  };

  if (!page) return null;
  const records = 'value' in page ? page.value.records : [];
  const damaged = 'value' in page ? page.value.damaged : 0;
  return (
    <section aria-labelledby="sessions-heading" className="practice-sessions">
      <h2 id="sessions-heading">{t('practice.sessions.heading')}</h2>
      {'error' in page && <p className="error">{page.error}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {records.length === 0 && <p className="hint">{t('practice.sessions.empty')}</p>}
      {damaged > 0 && <p className="hint">{t('practice.sessions.damaged', { count: damaged })}</p>}
      <ul className="session-list">
        {records.map(({ id, value }) => {
          const total = scenarios.find((s) => s.id === value.scenarioId)?.facts.length;
          const found = value.state.uncovered.length;
          const date = when(value.startedAt);
          const names = { title: value.scenarioTitle, date };
          return (
            <li key={id} className="session-item">
              <div>
                <strong>{value.scenarioTitle}</strong>
                <span className="session-meta">
                  {date} · {total === undefined ? found : t('practice.progress', { found, total })}
                  {value.state.outcome === null && ` · ${t('practice.sessions.busy')}`}
                </span>
              </div>
              {confirming === id ? (
                <div className="row" role="group" aria-label={t('practice.sessions.confirm')}>
                  <span>{t('practice.sessions.confirm')}</span>
                  <button
                    type="button"
                    className="btn btn-small btn-danger"
                    autoFocus
                    onClick={() => remove(id)}
                  >
                    {t('practice.sessions.confirmYes')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => setConfirming(null)}
                  >
                    {t('common.cancel')}
                  </button>
                </div>
              ) : (
                <div className="row">
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={t('practice.sessions.openFor', names)}
                    onClick={() => onOpen(id)}
                  >
                    {t('practice.sessions.open')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-quiet btn-danger"
                    aria-label={t('practice.sessions.deleteFor', names)}
                    onClick={() => setConfirming(id)}
                  >
                    {t('common.delete')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
