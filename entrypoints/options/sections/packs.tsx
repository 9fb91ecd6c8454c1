import { useEffect, useState } from 'react';
import { resolveRawLayers, usePack } from '../../../components/hooks/use-pack';
import { useLang, useT } from '../../../components/i18n/I18nProvider';
import { defaultPackInput } from '../../../lib/packs/default-pack';
import { parsePackText } from '../../../lib/packs/load-packs';
import { importedPackItem, readPackLayers } from '../../../lib/settings/pack-sources';

/**
 * Import or remove the municipality's own content pack. A pack is checked as a
 * whole (schema and references) before anything is stored; a rejected file
 * changes nothing (PRODUCT §6).
 */
export function PacksSection() {
  const t = useT();
  const lang = useLang();
  const resolved = usePack();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [imported, setImported] =
    useState<Awaited<ReturnType<typeof importedPackItem.getValue>>>(null);
  const [policyActive, setPolicyActive] = useState(false);

  useEffect(() => {
    void importedPackItem.getValue().then(setImported);
    void readPackLayers(defaultPackInput).then((layers) =>
      setPolicyActive(layers.some((l) => l.origin === 'policy')),
    );
  }, [resolved]);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setMessage({ kind: 'error', text: t('packs.readError') });
    }
    const parsed = parsePackText(text);
    if (!parsed.ok) return setMessage({ kind: 'error', text: parsed.error });
    const layers = (await readPackLayers(defaultPackInput)).filter((l) => l.origin !== 'import');
    const check = resolveRawLayers([
      ...layers.slice(0, 1),
      { origin: 'import', text },
      ...layers.slice(1),
    ]);
    const mine = check.rejected.find((r) => r.origin === 'import');
    if (mine) return setMessage({ kind: 'error', text: mine.error });
    await importedPackItem.setValue({ text, name: parsed.pack.name, importedAt: Date.now() });
    setMessage({ kind: 'ok', text: t('packs.importOk', { name: parsed.pack.name }) });
  };

  const base = resolved?.pack;
  const date = (ms: number) => new Date(ms).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  return (
    <section className="card" aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('packs.heading')}</h2>
      <p>{t('packs.intro')}</p>
      {base && (
        <p className="hint">
          {t('packs.counts', {
            prompts: base.prompts.length,
            signals: base.signals.length,
            domains: base.lifeDomains.length,
            jargon: base.jargon.length,
          })}
        </p>
      )}
      <p>
        {imported
          ? t('packs.imported', { name: imported.name, date: date(imported.importedAt) })
          : t('packs.noImport')}
      </p>
      {policyActive && !resolved?.rejected.some((r) => r.origin === 'policy') && (
        <p>{t('packs.policy')}</p>
      )}
      {resolved?.rejected
        .filter((r) => r.origin === 'policy')
        .map((r) => (
          <p key={r.error} className="error">
            {t('packs.policyRejected', { error: r.error })}
          </p>
        ))}
      <div className="field">
        <label htmlFor="pack-file">{t('packs.import')}</label>
        <input
          id="pack-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {imported && (
        <button
          type="button"
          className="btn"
          onClick={() =>
            void importedPackItem
              .setValue(null)
              .then(() => setMessage({ kind: 'ok', text: t('packs.removed') }))
          }
        >
          {t('packs.remove')}
        </button>
      )}
      {message && (
        <p
          className={message.kind === 'error' ? 'error' : 'notice'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {resolved && resolved.problems.length > 0 && (
        <details>
          <summary>{t('packs.problems')}</summary>
          <ul>
            {resolved.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
