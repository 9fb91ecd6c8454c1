/** `Vergrendelen` for the panel header; only there while unlocked. */
import { useVault } from '../hooks/use-vault';
import { useVaultLock } from '../hooks/use-vault-lock';
import { useT } from '../i18n/I18nProvider';

export function LockButton() {
  const t = useT();
  const { lock } = useVault();
  const status = useVaultLock();
  if (status !== 'unlocked') return null;
  return (
    <button type="button" className="btn btn-quiet btn-small" onClick={() => void lock.lock()}>
      {t('vault.lockNow')}
    </button>
  );
}
