/**
 * Options page: the site adapters in force (built-in, policy, imported) and
 * an import. A file is checked as a whole; one invalid adapter rejects the
 * file with a Dutch message naming the field, and nothing changes.
 */
import { useCallback, useEffect, useState } from 'react';
import { parseAdapterText } from '../../lib/adapters/parse-adapters';
import { send } from '../../lib/messaging/client';
import type { AdapterStatus } from '../../lib/messaging/protocol';
import { importedAdaptersItem } from '../../lib/site-access/adapter-sources';
import { useT } from '../i18n/I18nProvider';

export function AdaptersSection() {
  const t = useT();
  const [status, setStatus] = useState<AdapterStatus | null>(null);
  const [hasImport, setHasImport] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const reload = useCallback(() => {
    void send('adapters/status', {})
      .then(setStatus)
      .catch(() => setStatus(null));
    void importedAdaptersItem.getValue().then((v) => setHasImport(v !== null));
  }, []);
  useEffect(reload, [reload]);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text().catch(() => null);
    if (text === null) return setMessage({ error: true, text: t('adapters.readError') });
    const parsed = parseAdapterText(text, 'import');
    if (parsed.problems.length > 0 || parsed.adapters.length === 0) {
      return setMessage({ error: true, text: parsed.problems[0] ?? t('adapters.readError') });
    }
    await importedAdaptersItem.setValue({ text, fileName: file.name, importedAt: Date.now() });
    const count = parsed.adapters.length;
    setMessage({ error: false, text: t('adapters.importOk', { count, file: file.name }) });
    reload();
  };

  const remove = async () => {
    await importedAdaptersItem.setValue(null);
    setMessage({ error: false, text: t('adapters.removed') });
    reload();
  };

  return (
    <section className="card" aria-labelledby="adapters-heading">
      <h2 id="adapters-heading">{t('adapters.heading')}</h2>
      <p>{t('adapters.intro')}</p>
      <ul>
        {status?.adapters.map((a) => (
          <li key={a.id}>
            {t('adapters.item', {
              name: a.name,
              origin: t(`adapters.origin.${a.origin}`),
              screens: a.screens,
            })}
          </li>
        ))}
      </ul>
      <div className="field">
        <label htmlFor="adapter-file">{t('adapters.import')}</label>
        <input
          id="adapter-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {hasImport && (
        <button type="button" className="btn" onClick={() => void remove()}>
          {t('adapters.remove')}
        </button>
      )}
      {message && (
        <p className={message.error ? 'error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {status && status.problems.length > 0 && (
        <details>
          <summary>{t('adapters.problems')}</summary>
          <ul>
            {status.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
