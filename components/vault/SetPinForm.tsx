/** First run: choose a PIN (twice). Setting it creates the data key and unlocks. */
import { useId, useState, type FormEvent } from 'react';
import { toVaultError } from '../../lib/vault/errors';
import { useVault } from '../hooks/use-vault';
import { useT } from '../i18n/I18nProvider';

export function SetPinForm() {
  const t = useT();
  const { lock } = useVault();
  const id = useId();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pin !== repeat) return setError(t('vault.error.mismatch'));
    setBusy(true);
    try {
      await lock.setUp(pin);
    } catch (e) {
      setError(toVaultError(e).message);
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('vault.setup.heading')}</h2>
      <p className="hint">{t('vault.setup.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-pin`}>{t('vault.pin')}</label>
          <input
            id={`${id}-pin`}
            type="password"
            autoComplete="new-password"
            value={pin}
            onChange={(e) => setPin(e.target.value)}
            aria-invalid={error !== null}
            autoFocus
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-repeat`}>{t('vault.pinRepeat')}</label>
          <input
            id={`${id}-repeat`}
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            aria-invalid={error !== null}
          />
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <p className="notice">{t('vault.setup.warning')}</p>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('vault.busy') : t('vault.setup.submit')}
        </button>
      </form>
    </section>
  );
}
