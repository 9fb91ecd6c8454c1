/**
 * Print page for the letter to the inwoner: `print.html#<conversation id>`.
 * Opens only behind the vault gate, like every page that shows personal text.
 */
import { usePack } from '../../components/hooks/use-pack';
import { useHashRoute } from '../../components/hooks/use-hash-route';
import { useUiLanguage } from '../../components/hooks/use-ui-language';
import { I18nProvider, useT } from '../../components/i18n/I18nProvider';
import { PrintLetter } from '../../components/report/PrintLetter';
import { VaultGate } from '../../components/vault/VaultGate';

export function App() {
  const lang = useUiLanguage();
  if (!lang) return null;
  return (
    <I18nProvider lang={lang}>
      <PrintPage />
    </I18nProvider>
  );
}

function PrintPage() {
  const t = useT();
  const [route] = useHashRoute();
  const resolved = usePack();
  const id = route[0];
  return (
    <main className="print-page">
      <VaultGate>
        {!id ? (
          <p role="alert">{t('report.print.noId')}</p>
        ) : !resolved ? (
          <p className="hint">{t('common.loading')}</p>
        ) : (
          <PrintLetter key={id} id={id} pack={resolved.pack} />
        )}
      </VaultGate>
    </main>
  );
}
