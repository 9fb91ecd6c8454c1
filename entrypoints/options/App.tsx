import { AdaptersSection } from '../../components/host/AdaptersSection';
import { AllowedSitesSection } from '../../components/host/AllowedSitesSection';
import { I18nProvider, useT } from '../../components/i18n/I18nProvider';
import { useUiLanguage } from '../../components/hooks/use-ui-language';
import { DataSection } from '../../components/vault/DataSection';
import { GeneralSection } from './sections/general';
import { PacksSection } from './sections/packs';

export function App() {
  const lang = useUiLanguage();
  if (!lang) return null;
  return (
    <I18nProvider lang={lang}>
      <OptionsPage />
    </I18nProvider>
  );
}

function OptionsPage() {
  const t = useT();
  return (
    <main className="options">
      <h1>{t('options.heading')}</h1>
      <GeneralSection />
      <PacksSection />
      <AllowedSitesSection />
      <AdaptersSection />
      <DataSection />
    </main>
  );
}
