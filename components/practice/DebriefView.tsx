/**
 * The debrief after a practice session (issue 9 item 5): outcome, facts
 * uncovered and missed, the technique profile, the best and the weakest
 * moment, the three reflection questions and the export. Computed from the
 * stored state with `buildDebrief`, so a reopened session reads the same.
 */
import { useEffect, useMemo, useRef } from 'react';
import { buildDebrief, type Moment } from '../../lib/practice/debrief';
import { OUTCOME_TEXTS } from '../../lib/practice/debrief-texts';
import type { Scenario } from '../../lib/practice/scenario-schema';
import type { PracticeSession } from '../../lib/practice/session-schema';
import { useT } from '../i18n/I18nProvider';
import { ChatLog } from './ChatLog';
import { ExportButtons } from './ExportButtons';
import { ReflectionForm } from './ReflectionForm';
import { TechniqueProfile } from './TechniqueProfile';

function MomentCard({ title, moment }: { title: string; moment: Moment | null }) {
  const t = useT();
  return (
    <section className="moment" aria-label={title}>
      <h2>{title}</h2>
      {moment ? (
        <>
          <p className="moment-text">
            {t('practice.debrief.moment', { n: moment.index + 1, text: moment.text })}
          </p>
          <p>{moment.reason}</p>
        </>
      ) : (
        <p className="hint">{t('practice.debrief.noMoment')}</p>
      )}
    </section>
  );
}

export function DebriefView({
  session,
  scenario,
  onChange,
  flush,
}: {
  session: PracticeSession;
  scenario: Scenario;
  onChange: (next: PracticeSession, options?: { defer?: boolean }) => void;
  flush: () => Promise<void>;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const { state } = session;
  const debrief = useMemo(() => buildDebrief(state, scenario), [state, scenario]);
  const last = debrief.curve[debrief.curve.length - 1]!;

  useEffect(() => heading.current?.focus(), []);

  return (
    <section aria-labelledby="debrief-heading" className="debrief">
      <h1 id="debrief-heading" ref={heading} tabIndex={-1}>
        {t('practice.debrief.heading')}
      </h1>
      <p className="hint">{scenario.title}</p>
      {state.outcome && <p>{OUTCOME_TEXTS[state.outcome]}</p>}
      <p>
        {t('practice.debrief.levels', {
          trustFrom: state.startTrust,
          trustTo: last.trust,
          stressFrom: state.startStress,
          stressTo: last.stress,
        })}
      </p>

      <section aria-labelledby="uncovered-heading">
        <h2 id="uncovered-heading">
          {t('practice.debrief.uncovered', {
            found: debrief.uncovered.length,
            total: scenario.facts.length,
          })}
        </h2>
        {debrief.uncovered.length === 0 ? (
          <p className="hint">{t('practice.debrief.nothing')}</p>
        ) : (
          <ul className="fact-list">
            {debrief.uncovered.map((f) => (
              <li key={f.id}>
                {f.text}{' '}
                <span className="hint">({t('practice.debrief.turn', { n: f.turn + 1 })})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="missed-heading">
        <h2 id="missed-heading">{t('practice.debrief.missed')}</h2>
        {debrief.missed.length === 0 ? (
          <p className="hint">{t('practice.debrief.nothing')}</p>
        ) : (
          <ul className="fact-list">
            {debrief.missed.map((f) => (
              <li key={f.id}>
                {f.text}
                <span className="fact-tip">{f.tip}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <TechniqueProfile profile={debrief.profile} />

      <div className="moments">
        <MomentCard title={t('practice.debrief.best')} moment={debrief.best} />
        <MomentCard title={t('practice.debrief.weakest')} moment={debrief.weakest} />
      </div>

      <ReflectionForm
        answers={session.reflection}
        onChange={(reflection) => onChange({ ...session, reflection }, { defer: true })}
        onBlur={() => void flush()}
      />

      <ExportButtons session={session} scenario={scenario} beforeExport={flush} />

      <details className="debrief-replay">
        <summary>{t('practice.debrief.replay')}</summary>
        <ChatLog opening={scenario.opening} log={state.log} ending={state.ending} live={false} />
      </details>
    </section>
  );
}
