/**
 * Feedback on the trainee's last turn, shown after the turn (never while
 * typing): the question type and flags with their tips, how the inwoner
 * reacted, and how trust and stress moved, in words and arrows, not colour.
 */
import {
  FLAG_LABELS,
  FLAG_TIPS,
  GOOD_FLAGS,
  QUESTION_LABELS,
  QUESTION_TIPS,
} from '../../lib/analyser/tips';
import { KIND_TEXTS, OVERWHELMED_TEXT } from '../../lib/practice/debrief-texts';
import type { TurnRecord } from '../../lib/practice/engine-state';
import type { Scenario } from '../../lib/practice/scenario-schema';
import { useT } from '../i18n/I18nProvider';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function Movement({ label, delta }: { label: string; delta: number }) {
  const t = useT();
  const arrow = delta > 0 ? '↑' : delta < 0 ? '↓' : '=';
  const word = t(
    delta > 0 ? 'practice.move.up' : delta < 0 ? 'practice.move.down' : 'practice.move.same',
  );
  const amount = delta === 0 ? '' : ` ${delta > 0 ? '+' : '−'}${Math.abs(delta)}`;
  return (
    <span className="movement">
      {label} <span aria-hidden="true">{arrow}</span>
      <span className="visually-hidden"> {word}</span>
      {amount}
    </span>
  );
}

export function TurnFeedback({ turn, scenario }: { turn: TurnRecord; scenario: Scenario }) {
  const t = useT();
  const { question, flags } = turn.analysis;
  const reaction = turn.overwhelmed ? OVERWHELMED_TEXT : KIND_TEXTS[turn.kind];
  const fact = scenario.facts.find((f) => f.id === turn.revealed);
  const headingId = `feedback-${turn.index}`;

  return (
    <section className="card turn-feedback" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('practice.feedback.heading', { n: turn.index + 1 })}</h2>
      <dl className="feedback-list">
        <dt>{t('practice.feedback.question')}</dt>
        <dd>
          <strong>{QUESTION_LABELS[question]}.</strong> {QUESTION_TIPS[question]}
        </dd>
        {flags.length > 0 && (
          <>
            <dt>{t('practice.feedback.flags')}</dt>
            <dd>
              <ul className="flag-list">
                {flags.map((flag) => (
                  <li key={flag} className={GOOD_FLAGS.includes(flag) ? 'flag flag-good' : 'flag'}>
                    <strong>{FLAG_LABELS[flag]}.</strong> {FLAG_TIPS[flag]}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t('practice.feedback.effect')}</dt>
        <dd>
          {capitalise(reaction.effect)}
          <span className="movements">
            <Movement label={t('practice.trust')} delta={turn.trustDelta} />
            <Movement label={t('practice.stress')} delta={turn.stressDelta} />
          </span>
        </dd>
      </dl>
      {fact && <p className="feedback-fact">{t('practice.feedback.fact', { text: fact.text })}</p>}
    </section>
  );
}
