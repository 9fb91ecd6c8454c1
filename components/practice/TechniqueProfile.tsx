/**
 * The technique profile of a session: how often each question type and flag
 * came up, and the share of open questions among all questions.
 */
import { FLAG_LABELS, QUESTION_LABELS } from '../../lib/analyser/tips';
import { FLAGS } from '../../lib/analyser/types';
import type { Debrief } from '../../lib/practice/debrief';
import { useT } from '../i18n/I18nProvider';

export function TechniqueProfile({ profile }: { profile: Debrief['profile'] }) {
  const t = useT();
  const rows: [string, number][] = [
    [QUESTION_LABELS.open, profile.questions.open],
    [QUESTION_LABELS.closed, profile.questions.closed],
    [QUESTION_LABELS.none, profile.questions.none],
    ...FLAGS.map((flag): [string, number] => [FLAG_LABELS[flag], profile.flags[flag]]),
  ];

  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('practice.debrief.profile')}</h2>
      <p>{t('practice.debrief.openShare', { percent: Math.round(profile.openShare * 100) })}</p>
      <table className="profile-table">
        <thead>
          <tr>
            <th scope="col">{t('practice.debrief.technique')}</th>
            <th scope="col">{t('practice.debrief.count')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, count]) => (
            <tr key={label} className={count === 0 ? 'is-zero' : undefined}>
              <th scope="row">{label}</th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
