/**
 * The practice talk: who the inwoner is, the log, feedback on the last turn,
 * and the next turn (typed, or picked in options mode). Each turn runs the
 * analyser and the engine's pure `step`; the caller stores the new session.
 */
import { useEffect, useRef, useState } from 'react';
import { analyseUtterance } from '../../lib/analyser/analyse-utterance';
import { OUTCOME_TEXTS } from '../../lib/practice/debrief-texts';
import type { OptionQuality } from '../../lib/practice/inwoner-reactions';
import { optionsFor } from '../../lib/practice/picked-options';
import { endSession, step } from '../../lib/practice/practice-engine';
import type { Scenario } from '../../lib/practice/scenario-schema';
import type { PracticeSession } from '../../lib/practice/session-schema';
import type { JargonMatcher } from '../../lib/taalcheck/find-jargon';
import { containsBsn } from '../../lib/vault/bsn-guard';
import { VAULT_ERROR_MESSAGES } from '../../lib/vault/errors';
import { useT } from '../i18n/I18nProvider';
import { ChatLog } from './ChatLog';
import { OptionPicker } from './OptionPicker';
import { TurnComposer } from './TurnComposer';
import { TurnFeedback } from './TurnFeedback';

export function PracticeChat({
  session,
  scenario,
  jargon,
  now = Date.now,
  onChange,
  onDebrief,
}: {
  session: PracticeSession;
  scenario: Scenario;
  jargon: JargonMatcher;
  now?: () => number;
  onChange: (next: PracticeSession) => void;
  onDebrief: () => void;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const { state } = session;
  const last = state.log.at(-1);
  const finished = state.outcome !== null;
  const options = session.mode === 'options' ? optionsFor(state, scenario) : [];

  const [refused, setRefused] = useState(false);

  useEffect(() => heading.current?.focus(), []);

  /** Runs one turn; a BSN is refused before it enters the session (never stored). */
  const play = (text: string, picked?: OptionQuality): boolean => {
    const bsn = containsBsn(text);
    setRefused(bsn);
    if (bsn) return false;
    const analysis = analyseUtterance(text, { jargon });
    const next = step(state, { text, analysis, picked }, scenario).state;
    onChange({ ...session, state: next, endedAt: next.outcome ? now() : null });
    return true;
  };

  const finish = () => {
    onChange({ ...session, state: endSession(state, scenario).state, endedAt: now() });
    onDebrief();
  };

  return (
    <section aria-labelledby="chat-heading" className="practice-chat">
      <header className="practice-header">
        <h1 id="chat-heading" ref={heading} tabIndex={-1}>
          {scenario.title}
        </h1>
        <p className="hint">
          {t('practice.persona', { name: scenario.persona.name, age: scenario.persona.age })}.{' '}
          {scenario.persona.situation}
        </p>
        <details className="practice-background" open={state.log.length === 0}>
          <summary>{t('practice.background')}</summary>
          <p>{scenario.persona.background}</p>
        </details>
        <p className="practice-progress" role="status">
          {t('practice.progress', { found: state.uncovered.length, total: scenario.facts.length })}
        </p>
      </header>

      <ChatLog opening={scenario.opening} log={state.log} ending={state.ending} />

      {last && <TurnFeedback key={last.index} turn={last} scenario={scenario} />}

      {refused && (
        <p className="error" role="alert">
          {VAULT_ERROR_MESSAGES.bsn}
        </p>
      )}
      {finished ? (
        <div className="notice practice-ended">
          <p>
            <strong>{t('practice.ended')}</strong> {OUTCOME_TEXTS[state.outcome!]}
          </p>
          <button type="button" className="btn btn-primary" onClick={onDebrief}>
            {t('practice.toDebrief')}
          </button>
        </div>
      ) : (
        <>
          {options.length > 0 ? (
            <OptionPicker
              options={options}
              turn={state.log.length}
              onPick={(o) => play(o.text, o.quality)}
            />
          ) : (
            <TurnComposer onSend={(text) => play(text)} />
          )}
          <button type="button" className="btn practice-finish" onClick={finish}>
            {t('practice.finish')}
          </button>
        </>
      )}
    </section>
  );
}
