/**
 * A group of tap chips (`aria-pressed`), named by its question. Single choice
 * or multiple; tapping a pressed chip again clears it, and an exclusive option
 * ("Niemand", "Geen") clears the others.
 */
import type { QuestionOption } from '../../lib/mobility';

export function ChoiceChips({
  label,
  options,
  selected,
  multiple = false,
  onChange,
  labelledBy,
}: {
  label?: string;
  /** Id of a visible label element; preferred over `label`. */
  labelledBy?: string;
  options: readonly QuestionOption[];
  selected: readonly string[];
  multiple?: boolean;
  onChange: (selected: string[]) => void;
}) {
  const toggle = (option: QuestionOption) => {
    const on = selected.includes(option.value);
    if (!multiple) return onChange(on ? [] : [option.value]);
    if (on) return onChange(selected.filter((value) => value !== option.value));
    if (option.exclusive) return onChange([option.value]);
    const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.value));
    return onChange([...selected.filter((value) => !exclusive.has(value)), option.value]);
  };
  return (
    <div
      role="group"
      aria-label={labelledBy ? undefined : label}
      aria-labelledby={labelledBy}
      className="chips"
    >
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="chip"
          aria-pressed={selected.includes(option.value)}
          onClick={() => toggle(option)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
