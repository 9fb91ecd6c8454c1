/**
 * Puts text into the registration system: the adapter's verslag field, or the
 * field the user clicked last. Shows the outcome in Dutch in a status line.
 */
import { useId, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { useHostContext, type InsertOutcome } from '../hooks/use-host-context';

export function InsertButton({ text }: { text: string }) {
  const t = useT();
  const host = useHostContext();
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<InsertOutcome | 'empty' | null>(null);

  const available = host.connected;
  const onClick = async () => {
    if (text.trim() === '') return setOutcome('empty');
    setBusy(true);
    setOutcome(await host.insert(text));
    setBusy(false);
  };

  return (
    <div className="insert-button">
      <button
        type="button"
        className="btn"
        disabled={!available || busy}
        aria-describedby={available ? undefined : hintId}
        onClick={() => void onClick()}
      >
        {t('host.insert')}
      </button>
      {!available && (
        <p id={hintId} className="hint">
          {t('host.insert.noHostHint')}
        </p>
      )}
      <p role="status" className={outcome === 'inserted' ? 'notice' : 'hint'}>
        {busy ? t('host.insert.busy') : outcome ? t(`host.insert.${outcome}`) : ''}
      </p>
    </div>
  );
}
