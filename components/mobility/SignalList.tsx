/**
 * The vervoerscheck signals of one group (lib/mobility/signals.ts), shown as
 * they arise beside the questions they come from, with what to do next.
 * The container is a polite live region so a new signal is announced.
 */
import type { MobilitySignal } from '../../lib/mobility';
import { useT } from '../i18n/I18nProvider';

export function SignalList({ signals }: { signals: readonly MobilitySignal[] }) {
  const t = useT();
  return (
    <div aria-live="polite" className="mobility-signals">
      {signals.map((signal) => (
        <div key={signal.id} className={`mobility-signal is-${signal.level}`}>
          <p>
            <strong>{t(`mobility.signal.${signal.level}`)}:</strong> {signal.text}
          </p>
          {signal.actions.length > 0 && (
            <ul>
              {signal.actions.map((action) => (
                <li key={action}>{action}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
