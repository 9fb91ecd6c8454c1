/** Export everything into one passphrase-sealed file and download it. */
import { useId, useState, type FormEvent } from 'react';
import { toVaultError } from '../../lib/vault/errors';
import { useVault } from '../hooks/use-vault';
import { useT } from '../i18n/I18nProvider';

export function ExportBackup() {
  const t = useT();
  const { backup } = useVault();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase !== repeat) return setMessage({ ok: false, text: t('vault.export.mismatch') });
    setBusy(true);
    try {
      const text = await backup.exportBackup(passphrase);
      download(text, `zijlijn-backup-${new Date().toISOString().slice(0, 10)}.json`);
      setPassphrase('');
      setRepeat('');
      setMessage({ ok: true, text: t('vault.export.done') });
    } catch (e) {
      setMessage({ ok: false, text: toVaultError(e).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-heading`} noValidate>
      <h3 id={`${id}-heading`}>{t('vault.export.heading')}</h3>
      <p className="hint">{t('vault.export.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-pass`}>{t('vault.export.passphrase')}</label>
        <input
          id={`${id}-pass`}
          type="password"
          autoComplete="new-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-repeat`}>{t('vault.export.repeat')}</label>
        <input
          id={`${id}-repeat`}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
        />
      </div>
      {message && (
        <p className={message.ok ? 'hint' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" className="btn" disabled={busy}>
        {busy ? t('vault.busy') : t('vault.export.submit')}
      </button>
    </form>
  );
}

function download(text: string, filename: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
