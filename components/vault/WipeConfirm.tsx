/**
 * Wipe everything, after a confirmation that names what will be lost (counts
 * are not personal, so they show while locked).
 */
import { useEffect, useId, useState } from 'react';
import { toVaultError } from '../../lib/vault/errors';
import { countStored, wipeAll } from '../../lib/vault/wipe';
import { useVault } from '../hooks/use-vault';
import { useT } from '../i18n/I18nProvider';

export function WipeConfirm() {
  const t = useT();
  const { db } = useVault();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [counts, setCounts] = useState<{ conversations: number; practiceSessions: number }>();
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let alive = true;
    countStored(db).then(
      (value) => alive && setCounts(value),
      (e: unknown) => alive && setError(toVaultError(e).message),
    );
    return () => {
      alive = false;
    };
  }, [db, open]);

  if (!open) {
    return (
      <button type="button" className="btn btn-danger" onClick={() => setOpen(true)}>
        {t('vault.wipe.open')}
      </button>
    );
  }

  return (
    <div className="stack" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('vault.wipe.heading')}</h3>
      {counts && (
        <p className="notice">
          {t('vault.wipe.lost', {
            conversations: counts.conversations,
            practice: counts.practiceSessions,
          })}
        </p>
      )}
      <label className="row">
        <input
          type="checkbox"
          checked={understood}
          onChange={(e) => setUnderstood(e.target.checked)}
        />
        {t('vault.wipe.confirmLabel')}
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button
          type="button"
          className="btn btn-danger"
          disabled={!understood}
          onClick={() => void wipeAll(db).catch((e: unknown) => setError(toVaultError(e).message))}
        >
          {t('vault.wipe.confirm')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
