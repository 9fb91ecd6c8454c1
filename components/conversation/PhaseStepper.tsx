import { PHASES, type Phase } from '../../lib/conversation/model';
import { useT } from '../i18n/I18nProvider';

/** The five phases as a stepper: any phase can be chosen, nothing forces an order. */
export function PhaseStepper({
  phase,
  onChange,
}: {
  phase: Phase;
  onChange: (phase: Phase) => void;
}) {
  const t = useT();
  const index = PHASES.indexOf(phase);
  const next = PHASES[index + 1];
  return (
    <nav className="phase-stepper" aria-label={t('phase.heading')}>
      <ol>
        {PHASES.map((p, i) => (
          <li key={p}>
            <button
              type="button"
              className={`phase-step${i < index ? ' is-past' : ''}`}
              aria-current={p === phase ? 'step' : undefined}
              onClick={() => onChange(p)}
            >
              <span className="phase-number" aria-hidden="true">
                {i + 1}
              </span>
              {t(`phase.${p}`)}
            </button>
          </li>
        ))}
      </ol>
      {next && (
        <button type="button" className="btn btn-primary phase-next" onClick={() => onChange(next)}>
          {t('phase.next', { phase: t(`phase.${next}`) })}
        </button>
      )}
    </nav>
  );
}
