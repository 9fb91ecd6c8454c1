/**
 * One practice session by id: the talk while it runs, the debrief once it
 * has ended (or when the trainee asks for it). Every change is stored.
 */
import { useState } from 'react';
import type { Pack } from '../../lib/packs/pack-schema';
import type { JargonMatcher } from '../../lib/taalcheck/find-jargon';
import { useT } from '../i18n/I18nProvider';
import { DebriefView } from './DebriefView';
import { PracticeChat } from './PracticeChat';
import { usePracticeSession } from './use-practice-session';
import './practice.css';

export function PracticeSessionScreen({
  id,
  pack,
  jargon,
  onBack,
}: {
  id: string;
  pack: Pack;
  jargon: JargonMatcher;
  onBack: () => void;
}) {
  const t = useT();
  const { session, status, error, update, flush } = usePracticeSession(id);
  const [debrief, setDebrief] = useState<boolean | null>(null);
  const scenario = session && pack.scenarios.find((s) => s.id === session.scenarioId);
  const showDebrief = debrief ?? session?.state.outcome != null;

  const back = (
    <button type="button" className="btn btn-quiet btn-small practice-back" onClick={onBack}>
      <span aria-hidden="true">←</span> {t('practice.back')}
    </button>
  );

  if (status === 'loading') return <p className="hint">{t('common.loading')}</p>;
  return (
    <div className="practice-screen">
      {back}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!session ? (
        <p className="notice">{t('practice.missing')}</p>
      ) : !scenario ? (
        <p className="notice">{t('practice.scenarioMissing')}</p>
      ) : showDebrief ? (
        <DebriefView session={session} scenario={scenario} onChange={update} flush={flush} />
      ) : (
        <PracticeChat
          session={session}
          scenario={scenario}
          jargon={jargon}
          onChange={update}
          onDebrief={() => setDebrief(true)}
        />
      )}
    </div>
  );
}
