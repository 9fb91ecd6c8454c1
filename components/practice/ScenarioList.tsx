/**
 * The practice scenarios of the pack to choose from, with the mode choice
 * (typing freely, or picking one of three replies for beginners).
 */
import { useState } from 'react';
import type { Scenario } from '../../lib/practice/scenario-schema';
import type { PracticeMode } from '../../lib/practice/session-schema';
import { useT } from '../i18n/I18nProvider';

export function ScenarioList({
  scenarios,
  busy,
  onStart,
}: {
  scenarios: readonly Scenario[];
  busy: boolean;
  onStart: (scenario: Scenario, mode: PracticeMode) => void;
}) {
  const t = useT();
  const [mode, setMode] = useState<PracticeMode>('typed');
  const active = scenarios.filter((s) => !s.disabled);

  return (
    <>
      <fieldset className="practice-mode">
        <legend>{t('practice.mode.legend')}</legend>
        {(['typed', 'options'] as const).map((value) => (
          <label key={value} className="practice-mode-option">
            <input
              type="radio"
              name="practice-mode"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />
            <span>{t(value === 'typed' ? 'practice.mode.typed' : 'practice.mode.options')}</span>
          </label>
        ))}
        <p className="hint">{t('practice.mode.optionsHint')}</p>
      </fieldset>

      <section aria-labelledby="scenario-heading">
        <h2 id="scenario-heading">{t('practice.scenarios.heading')}</h2>
        {active.length === 0 && <p className="hint">{t('practice.scenarios.none')}</p>}
        <ul className="scenario-list">
          {active.map((s) => (
            <li key={s.id} className="card scenario">
              <h3>{s.title}</h3>
              <p>{s.summary}</p>
              <p className="hint">
                {t('practice.persona', { name: s.persona.name, age: s.persona.age })} ·{' '}
                {t('practice.level', { level: t(`practice.level.${s.level}`) })}
              </p>
              <button
                type="button"
                className="btn btn-primary"
                disabled={busy}
                aria-label={t('practice.startFor', { title: s.title })}
                onClick={() => onStart(s, mode)}
              >
                {t('practice.start')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
