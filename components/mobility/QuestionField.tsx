/**
 * One vervoerscheck question, by tap: chips for choices and yes/no, a number
 * field for distances. Destinations also ask distance and frequency per
 * chosen purpose. An empty answer is removed, never stored as "nee".
 */
import { useId } from 'react';
import type { Destination, MobilityAnswers, Question } from '../../lib/mobility';
import { useT } from '../i18n/I18nProvider';
import { ChoiceChips } from './ChoiceChips';
import { NumberField } from './NumberField';

export type SetAnswer = (key: keyof MobilityAnswers, value: unknown) => void;

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];

export function QuestionField({
  question,
  answers,
  onAnswer,
}: {
  question: Question;
  answers: MobilityAnswers;
  onAnswer: SetAnswer;
}) {
  const t = useT();
  const labelId = useId();
  const value = answers[question.id];
  const set = (next: unknown) => onAnswer(question.id, next);

  if (question.kind === 'number') {
    return (
      <NumberField
        label={question.label}
        unit={question.unit ?? ''}
        value={typeof value === 'number' ? value : undefined}
        integer={question.unit === 'm'}
        max={question.unit === 'm' ? 20_000 : 500}
        onValue={set}
      />
    );
  }

  const yesNo = [
    { value: 'ja', label: t('mobility.yes') },
    { value: 'nee', label: t('mobility.no') },
  ];
  const options = question.kind === 'yes-no' ? yesNo : (question.options ?? []);
  const selected =
    question.id === 'destinations'
      ? (answers.destinations ?? []).map((d) => d.purpose)
      : question.kind === 'yes-no'
        ? typeof value === 'boolean'
          ? [value ? 'ja' : 'nee']
          : []
        : asList(value);

  const onChange = (next: string[]) => {
    if (question.id === 'destinations') {
      const kept = answers.destinations ?? [];
      const list = next.map(
        (purpose) => kept.find((d) => d.purpose === purpose) ?? { purpose },
      ) as Destination[];
      return set(list.length ? list : undefined);
    }
    if (question.kind === 'yes-no')
      return set(next[0] === undefined ? undefined : next[0] === 'ja');
    if (question.kind === 'choice') return set(next[0]);
    return set(next.length ? next : undefined);
  };

  return (
    <div className="mobility-question">
      <p className="label" id={labelId}>
        {question.label}
      </p>
      <ChoiceChips
        labelledBy={labelId}
        options={options}
        selected={selected}
        multiple={question.kind === 'multi'}
        onChange={onChange}
      />
      {question.id === 'destinations' && (
        <DestinationDetails question={question} answers={answers} onAnswer={onAnswer} />
      )}
    </div>
  );
}

/** Distance and frequency for every chosen destination. */
function DestinationDetails({
  question,
  answers,
  onAnswer,
}: {
  question: Question;
  answers: MobilityAnswers;
  onAnswer: SetAnswer;
}) {
  const baseId = useId();
  const destinations = answers.destinations ?? [];
  const update = (index: number, patch: Partial<Destination>) =>
    onAnswer(
      'destinations',
      destinations.map((d, i) =>
        i === index
          ? (Object.fromEntries(
              Object.entries({ ...d, ...patch }).filter(([, v]) => v !== undefined),
            ) as Destination)
          : d,
      ),
    );
  const [kmQuestion, frequencyQuestion] = question.perOption ?? [];
  return (
    <>
      {destinations.map((destination, index) => {
        const name =
          question.options?.find((o) => o.value === destination.purpose)?.label ??
          destination.purpose;
        return (
          <fieldset key={destination.purpose} className="mobility-destination">
            <legend>{name}</legend>
            {kmQuestion && (
              <NumberField
                label={kmQuestion.label}
                hiddenSuffix={name}
                unit="km"
                value={destination.km}
                max={500}
                onValue={(km) => update(index, { km })}
              />
            )}
            {frequencyQuestion && (
              <p className="label" id={`${baseId}-${destination.purpose}`}>
                {frequencyQuestion.label}
                <span className="visually-hidden"> ({name})</span>
              </p>
            )}
            {frequencyQuestion && (
              <ChoiceChips
                labelledBy={`${baseId}-${destination.purpose}`}
                options={frequencyQuestion.options ?? []}
                selected={destination.frequency ? [destination.frequency] : []}
                onChange={(next) =>
                  update(index, { frequency: next[0] as Destination['frequency'] })
                }
              />
            )}
          </fieldset>
        );
      })}
    </>
  );
}
