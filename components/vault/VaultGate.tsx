/**
 * Shows its children only while the vault is unlocked; otherwise the first-run
 * PIN form or the lock screen. User activity inside keeps auto-lock away.
 */
import { useEffect, type ReactNode } from 'react';
import { touchActivity } from '../../lib/vault/session-key';
import { VAULT_ERROR_MESSAGES } from '../../lib/vault/errors';
import { useVaultLock } from '../hooks/use-vault-lock';
import { useT } from '../i18n/I18nProvider';
import { LockScreen } from './LockScreen';
import { SetPinForm } from './SetPinForm';

export function VaultGate({ children }: { children: ReactNode }) {
  const t = useT();
  const status = useVaultLock();

  useEffect(() => {
    if (status !== 'unlocked') return;
    const onActivity = () => void touchActivity().catch(() => undefined);
    window.addEventListener('pointerdown', onActivity);
    window.addEventListener('keydown', onActivity);
    return () => {
      window.removeEventListener('pointerdown', onActivity);
      window.removeEventListener('keydown', onActivity);
    };
  }, [status]);

  switch (status) {
    case 'loading':
      return <p className="hint">{t('common.loading')}</p>;
    case 'unavailable':
      return (
        <section className="card" aria-labelledby="vault-unavailable">
          <h2 id="vault-unavailable">{t('vault.unavailable.heading')}</h2>
          <p className="error" role="alert">
            {VAULT_ERROR_MESSAGES.unavailable}
          </p>
        </section>
      );
    case 'setup':
      return <SetPinForm />;
    case 'locked':
      return <LockScreen />;
    case 'unlocked':
      return <>{children}</>;
  }
}
