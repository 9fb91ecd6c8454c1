/** Change the PIN: re-wraps the data key; no record is touched. */
import { useId, useState, type FormEvent } from 'react';
import { toVaultError } from '../../lib/vault/errors';
import { useVault } from '../hooks/use-vault';
import { useT } from '../i18n/I18nProvider';

export function ChangePinForm() {
  const t = useT();
  const { lock } = useVault();
  const id = useId();
  const [values, setValues] = useState({ current: '', next: '', repeat: '' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (values.next !== values.repeat) {
      return setMessage({ ok: false, text: t('vault.error.mismatch') });
    }
    setBusy(true);
    try {
      await lock.changePin(values.current, values.next);
      setValues({ current: '', next: '', repeat: '' });
      setMessage({ ok: true, text: t('vault.changePin.done') });
    } catch (e) {
      setMessage({ ok: false, text: toVaultError(e).message });
    } finally {
      setBusy(false);
    }
  }

  const field = (name: keyof typeof values, label: string, autoComplete: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type="password"
        autoComplete={autoComplete}
        value={values[name]}
        onChange={(e) => setValues({ ...values, [name]: e.target.value })}
      />
    </div>
  );

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-heading`} noValidate>
      <h3 id={`${id}-heading`}>{t('vault.changePin.heading')}</h3>
      {field('current', t('vault.changePin.current'), 'current-password')}
      {field('next', t('vault.changePin.next'), 'new-password')}
      {field('repeat', t('vault.changePin.repeat'), 'new-password')}
      {message && (
        <p className={message.ok ? 'hint' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" className="btn" disabled={busy}>
        {t('vault.changePin.submit')}
      </button>
    </form>
  );
}
