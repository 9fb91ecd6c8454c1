import { useEffect, useState } from 'react';
import { useLang, useT } from '../i18n/I18nProvider';

/** Elapsed time since the talk started; updates once a minute, nothing blinks. */
export function ConversationTimer({ startedAt }: { startedAt: number | null }) {
  const t = useT();
  const lang = useLang();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, [startedAt]);

  if (startedAt === null) return <p className="hint timer">{t('timer.notStarted')}</p>;
  const minutes = Math.max(0, Math.floor((now - startedAt) / 60_000));
  const time = new Date(startedAt).toLocaleTimeString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return <p className="hint timer">{t('timer.running', { time, minutes })}</p>;
}
