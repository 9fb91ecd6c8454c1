/**
 * The options page's "Gegevens en beveiliging": everything behind the vault
 * gate (a locked vault shows its lock screen here), so settings that weaken
 * protection need the PIN.
 */
import { useId } from 'react';
import { useT } from '../i18n/I18nProvider';
import { ChangePinForm } from './ChangePinForm';
import { ExportBackup } from './ExportBackup';
import { ImportBackup } from './ImportBackup';
import { VaultGate } from './VaultGate';
import { VaultSettingsForm } from './VaultSettingsForm';
import { WipeConfirm } from './WipeConfirm';

export function DataSection() {
  const t = useT();
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('vault.data.heading')}</h2>
      <p className="hint">{t('vault.data.where')}</p>
      <VaultGate>
        <div className="stack">
          <VaultSettingsForm />
          <ChangePinForm />
          <ExportBackup />
          <ImportBackup />
          <WipeConfirm />
        </div>
      </VaultGate>
    </section>
  );
}
