/**
 * The three reflection questions of the debrief ("Wat werkte wel? Wat werkte
 * niet? Hoe kan het beter?", seed-002 L1419) as fields; every change goes to
 * the caller, which stores it with the session.
 */
import { useId } from 'react';
import type { ReflectionAnswers } from '../../lib/practice/session-schema';
import type { MessageKey } from '../../lib/i18n/messages';
import { useT } from '../i18n/I18nProvider';

const QUESTIONS: [keyof ReflectionAnswers, MessageKey][] = [
  ['worked', 'practice.debrief.worked'],
  ['didNotWork', 'practice.debrief.didNotWork'],
  ['better', 'practice.debrief.better'],
];

export function ReflectionForm({
  answers,
  onChange,
  onBlur,
}: {
  answers: ReflectionAnswers;
  onChange: (next: ReflectionAnswers) => void;
  onBlur: () => void;
}) {
  const t = useT();
  const id = useId();

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('practice.debrief.reflection')}</h2>
      <p className="hint">{t('practice.debrief.reflectionHint')}</p>
      {QUESTIONS.map(([key, label]) => (
        <div className="field" key={key}>
          <label htmlFor={`${id}-${key}`}>{t(label)}</label>
          <textarea
            id={`${id}-${key}`}
            rows={3}
            maxLength={4000}
            value={answers[key]}
            onChange={(e) => onChange({ ...answers, [key]: e.target.value })}
            onBlur={onBlur}
          />
        </div>
      ))}
    </section>
  );
}
