import type { StressSignal } from '../../lib/packs/pack-schema';
import { useT } from '../i18n/I18nProvider';

/** Toggle what you observe; the suggestions adapt (shorter, simpler, act first). */
export function StressSignalBar({
  signals,
  active,
  onToggle,
}: {
  signals: StressSignal[];
  active: Record<string, boolean>;
  onToggle: (signalId: string, on: boolean) => void;
}) {
  const t = useT();
  const acuteOn = signals.some((s) => s.acute && active[s.id]);
  return (
    <section className="card signals" aria-labelledby="signals-heading">
      <h2 id="signals-heading">{t('signals.heading')}</h2>
      <p className="hint">{t('signals.hint')}</p>
      <div role="group" aria-label={t('signals.heading')} className="chips">
        {signals.map((signal) => (
          <button
            key={signal.id}
            type="button"
            className={`chip${signal.acute ? ' chip-acute' : ''}`}
            aria-pressed={Boolean(active[signal.id])}
            title={signal.observe}
            onClick={() => onToggle(signal.id, !active[signal.id])}
          >
            {signal.name}
          </button>
        ))}
      </div>
      {acuteOn && (
        <p className="notice" role="status">
          {t('signals.acute')}
        </p>
      )}
      {signals
        .filter((s) => active[s.id])
        .map((s) => (
          <p key={s.id} className="hint signal-adapt">
            <strong>{s.name}:</strong> {s.adapt}
          </p>
        ))}
    </section>
  );
}
