/** Retention days and auto-lock minutes; a new retention applies to stored items at once. */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { toVaultError } from '../../lib/vault/errors';
import { changeRetentionDays } from '../../lib/vault/retention';
import {
  AUTO_LOCK_MINUTES,
  autoLockMinutes,
  clamp,
  RETENTION_DAYS,
  retentionDays,
} from '../../lib/vault/vault-settings';
import { useVault } from '../hooks/use-vault';
import { useT } from '../i18n/I18nProvider';

export function VaultSettingsForm() {
  const t = useT();
  const { db } = useVault();
  const id = useId();
  const [days, setDays] = useState('');
  const [minutes, setMinutes] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    let alive = true;
    void Promise.all([retentionDays.getValue(), autoLockMinutes.getValue()]).then(([d, m]) => {
      if (!alive) return;
      setDays(String(d));
      setMinutes(String(m));
    });
    return () => {
      alive = false;
    };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const savedDays = await changeRetentionDays(db, Number(days));
      const savedMinutes = clamp(Number(minutes), AUTO_LOCK_MINUTES);
      await autoLockMinutes.setValue(savedMinutes);
      setDays(String(savedDays));
      setMinutes(String(savedMinutes));
      setMessage({
        ok: true,
        text: `${t('vault.retention.saved', { days: savedDays })} ${t('vault.autoLock.saved', { minutes: savedMinutes })}`,
      });
    } catch (e) {
      setMessage({ ok: false, text: toVaultError(e).message });
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-days`}>{t('vault.retention.label')}</label>
        <input
          id={`${id}-days`}
          type="number"
          min={RETENTION_DAYS.min}
          max={RETENTION_DAYS.max}
          value={days}
          onChange={(e) => setDays(e.target.value)}
        />
        <p className="hint">{t('vault.retention.hint')}</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-minutes`}>{t('vault.autoLock.label')}</label>
        <input
          id={`${id}-minutes`}
          type="number"
          min={AUTO_LOCK_MINUTES.min}
          max={AUTO_LOCK_MINUTES.max}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
        <p className="hint">{t('vault.autoLock.hint')}</p>
      </div>
      {message && (
        <p className={message.ok ? 'hint' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" className="btn">
        {t('common.save')}
      </button>
    </form>
  );
}
