/**
 * What the panel knows about the registration system beside it: the screen on
 * display and the conversation type it suggests, the case on screen, or the
 * button that gives Zijlijn access to this site (from the click itself).
 * Everything from the page is rendered as text.
 */
import { useState } from 'react';
import type { ConversationType } from '../../lib/conversation/model';
import { useT } from '../i18n/I18nProvider';
import { useHostContext } from '../hooks/use-host-context';

export interface HostBannerProps {
  /** Offers a button that starts the suggested conversation type. */
  onSuggest?: (type: ConversationType) => void;
  /** Shown under the case reference, e.g. when a conversation is already linked. */
  caseNote?: string;
}

export function HostBanner({ onSuggest, caseNote }: HostBannerProps) {
  const t = useT();
  const host = useHostContext();
  const [message, setMessage] = useState<string | null>(null);

  if (host.tabId === null) return null;
  const site = host.origin ?? '';

  if (!host.hasAccess) {
    if (!host.origin) return <p className="hint">{t('host.unknownSite')}</p>;
    const onClick = () => {
      void host.requestAccess().then((granted) => {
        setMessage(t(granted ? 'host.accessGranted' : 'host.accessDenied', { site }));
      });
    };
    return (
      <section className="host-banner" aria-label={t('host.region')}>
        <p>{t('host.noAccess', { site })}</p>
        <button type="button" className="btn" onClick={onClick}>
          {t('host.requestAccess')}
        </button>
        {message && <p role="status">{message}</p>}
      </section>
    );
  }

  if (!host.connected) return null;
  const { screen, caseRef } = host;
  const type = screen?.conversationType ?? null;
  const typeName = type ? t(`type.${type}`) : null;
  return (
    <section className="host-banner" aria-label={t('host.region')}>
      {screen ? (
        <p>
          <strong>{t('host.screen', { screen: screen.name })}</strong>
          {typeName && <> · {t('host.suggest', { type: typeName })}</>}
        </p>
      ) : (
        <p className="hint">{t('host.noScreen')}</p>
      )}
      {caseRef && <p>{t('host.case', { caseRef })}</p>}
      {caseRef && caseNote && <p className="hint">{caseNote}</p>}
      {type && typeName && onSuggest && (
        <button type="button" className="btn" onClick={() => onSuggest(type)}>
          {t('host.suggestStart', { type: typeName })}
        </button>
      )}
    </section>
  );
}
