/** Restore a backup file: all or nothing, with the Dutch reason when refused. */
import { useId, useState, type FormEvent } from 'react';
import { toVaultError } from '../../lib/vault/errors';
import { useVault } from '../hooks/use-vault';
import { useT } from '../i18n/I18nProvider';

export function ImportBackup() {
  const t = useT();
  const { backup } = useVault();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    try {
      const result = await backup.importBackup(await file.text(), passphrase);
      setPassphrase('');
      setMessage({
        ok: true,
        text: t('vault.import.done', {
          conversations: result.conversations,
          practice: result.practiceSessions,
          skipped: result.skippedExpired,
        }),
      });
    } catch (e) {
      setMessage({ ok: false, text: toVaultError(e).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-heading`} noValidate>
      <h3 id={`${id}-heading`}>{t('vault.import.heading')}</h3>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('vault.import.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-pass`}>{t('vault.import.passphrase')}</label>
        <input
          id={`${id}-pass`}
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </div>
      {message && (
        <p className={message.ok ? 'hint' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" className="btn" disabled={busy || !file}>
        {busy ? t('vault.busy') : t('vault.import.submit')}
      </button>
    </form>
  );
}
