/**
 * Field `Pincode`, button `Ontgrendelen`. A wrong PIN says only that it is
 * wrong; after five, the button waits out the backoff with a countdown.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { toVaultError } from '../../lib/vault/errors';
import { useVault } from '../hooks/use-vault';
import { useVaultCountdown } from '../hooks/use-vault-countdown';
import { useT } from '../i18n/I18nProvider';

export function UnlockForm({ onForgot }: { onForgot: () => void }) {
  const t = useT();
  const { lock } = useVault();
  const id = useId();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [retryAt, setRetryAt] = useState(0);
  const wait = useVaultCountdown(retryAt);

  useEffect(() => {
    let alive = true;
    void lock.retryAt().then((at) => alive && setRetryAt(at));
    return () => {
      alive = false;
    };
  }, [lock]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await lock.unlock(pin);
    } catch (e) {
      const failure = toVaultError(e);
      setError(failure.code === 'backoff' ? null : failure.message);
      if (failure.retryAt) setRetryAt(failure.retryAt);
      setPin('');
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('vault.lock.heading')}</h2>
      <p className="hint">{t('vault.lock.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-pin`}>{t('vault.pin')}</label>
          <input
            id={`${id}-pin`}
            type="password"
            autoComplete="current-password"
            value={pin}
            onChange={(e) => setPin(e.target.value)}
            aria-invalid={error !== null}
            autoFocus
          />
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {wait > 0 && (
          <p className="notice" role="status">
            {t('vault.wait', { seconds: wait })}
          </p>
        )}
        <div className="row">
          <button type="submit" className="btn btn-primary" disabled={busy || wait > 0}>
            {t('vault.unlock')}
          </button>
          <button type="button" className="btn btn-quiet" onClick={onForgot}>
            {t('vault.forgot')}
          </button>
        </div>
      </form>
    </section>
  );
}
