/**
 * Picked-options mode for beginners: three prepared replies as buttons. The
 * order is shuffled by the engine, so the best one is not always first.
 * After a pick the focus returns to the first new option.
 */
import { useEffect, useRef } from 'react';
import type { PracticeOption } from '../../lib/practice/picked-options';
import { useT } from '../i18n/I18nProvider';

export function OptionPicker({
  options,
  turn,
  onPick,
}: {
  options: readonly PracticeOption[];
  /** The number of turns so far: a new turn brings new options. */
  turn: number;
  onPick: (option: PracticeOption) => void;
}) {
  const t = useT();
  const first = useRef<HTMLButtonElement>(null);
  const picked = useRef(false);

  useEffect(() => {
    if (picked.current) first.current?.focus();
  }, [turn]);

  return (
    <fieldset className="option-picker">
      <legend>{t('practice.options.legend')}</legend>
      <div className="stack">
        {options.map((option, i) => (
          <button
            key={option.text}
            ref={i === 0 ? first : undefined}
            type="button"
            className="btn option"
            onClick={() => {
              picked.current = true;
              onPick(option);
            }}
          >
            {option.text}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
