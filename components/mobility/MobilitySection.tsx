/**
 * The Vervoerscheck section of a `vervoer` conversation (PRODUCT §3.4): the
 * tap questions in groups with their signals, the alternatives ladder with the
 * professional's decisions, the conclusion and a preview of the afweging.
 * Answers and the conclusion live in `conversation.mobility`, decisions in
 * `conversation.decisions`.
 */
import { useMemo } from 'react';
import type { Conversation, ConversationChange } from '../../lib/conversation/model';
import {
  mobilitySignals,
  readConclusion,
  readMobilityAnswers,
  settleDecisions,
  type AnswerKey,
  type Decision,
  type MobilityAnswers,
} from '../../lib/mobility';
import { afwegingOf } from '../../lib/report/afweging-of';
import type { Pack } from '../../lib/packs/pack-schema';
import { useT } from '../i18n/I18nProvider';
import { AfwegingPreview } from './AfwegingPreview';
import { AlternativesLadder } from './AlternativesLadder';
import { ConclusionForm, type SetConclusion } from './ConclusionForm';
import { questionsByGroup, signalGroup } from './layout';
import { QuestionField, type SetAnswer } from './QuestionField';
import { SignalList } from './SignalList';
import './mobility.css';

const GROUPED = questionsByGroup();

/** "Wanneer kunnen zij helpen?" has no meaning once the answer was "Niemand". */
const skipped = (id: AnswerKey, answers: MobilityAnswers) =>
  id === 'networkAvailability' && answers.networkHelpers?.includes('niemand') === true;

export function MobilitySection({
  conversation,
  change,
  pack,
}: {
  conversation: Conversation;
  change: (change: ConversationChange) => void;
  pack: Pack;
}) {
  const t = useT();
  const answers = useMemo(
    () => readMobilityAnswers(conversation.mobility),
    [conversation.mobility],
  );
  const signals = useMemo(() => mobilitySignals(answers, pack), [answers, pack]);
  const considered = useMemo(
    () => settleDecisions(answers, conversation.decisions, pack),
    [answers, conversation.decisions, pack],
  );
  const recorded = useMemo(() => readConclusion(conversation.mobility), [conversation.mobility]);
  const afweging = useMemo(() => afwegingOf(conversation, pack), [conversation, pack]);

  const onAnswer: SetAnswer = (key, value) =>
    change({ field: 'mobility', key, value: value === undefined ? undefined : value });
  const onConclude: SetConclusion = (key, value) => change({ field: 'mobility', key, value });
  const onDecide = (alternativeId: string, decision: Decision | undefined) =>
    change({ field: 'decisions', key: alternativeId, value: decision });

  return (
    <div className="mobility stack">
      <h2 className="visually-hidden">{t('mobility.heading')}</h2>
      <p className="hint">{t('mobility.intro')}</p>
      {GROUPED.map(([group, questions]) => (
        <fieldset key={group} className="card mobility-group">
          <legend>{t(`mobility.group.${group}`)}</legend>
          {questions
            .filter((q) => !skipped(q.id, answers))
            .map((question) => (
              <QuestionField
                key={question.id}
                question={question}
                answers={answers}
                onAnswer={onAnswer}
              />
            ))}
          <SignalList signals={signals.filter((s) => signalGroup(s.id) === group)} />
        </fieldset>
      ))}
      <AlternativesLadder considered={considered} onDecide={onDecide} />
      <ConclusionForm recorded={recorded} considered={considered} onChange={onConclude} />
      {afweging && <AfwegingPreview texts={afweging} />}
    </div>
  );
}
