/**
 * A short number field (meters, km) that accepts the Dutch comma. The typed
 * text stays as typed while it is being edited; only a valid number (or an
 * empty field, meaning "nog niet gevraagd") is passed on.
 */
import { useId, useState } from 'react';
import { useT } from '../i18n/I18nProvider';

export function parseNumber(text: string, integer: boolean): number | undefined | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return undefined;
  const pattern = integer ? /^\d+$/ : /^\d+([.,]\d+)?$/;
  if (!pattern.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}

const show = (value: number | undefined) =>
  value === undefined ? '' : String(value).replace('.', ',');

export function NumberField({
  label,
  hiddenSuffix,
  unit,
  value,
  integer = false,
  max,
  onValue,
}: {
  label: string;
  /** Read by assistive technology only, to tell apart fields with the same label. */
  hiddenSuffix?: string;
  unit: string;
  value: number | undefined;
  integer?: boolean;
  max: number;
  onValue: (value: number | undefined) => void;
}) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(show(value));
  const [seen, setSeen] = useState(value);
  const parsed = parseNumber(draft, integer);
  // Follow a change made elsewhere (another panel) unless the draft already says it.
  if (value !== seen) {
    setSeen(value);
    if (parsed !== value) setDraft(show(value));
  }
  const invalid = parsed === null || (parsed !== undefined && parsed > max);
  return (
    <div className="field mobility-number">
      <label htmlFor={id}>
        {label}
        {hiddenSuffix && <span className="visually-hidden"> ({hiddenSuffix})</span>}
      </label>
      <span className="row">
        <input
          id={id}
          inputMode={integer ? 'numeric' : 'decimal'}
          autoComplete="off"
          value={draft}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(event) => {
            const text = event.target.value;
            setDraft(text);
            const next = parseNumber(text, integer);
            if (next === null || (next !== undefined && next > max)) return;
            onValue(next);
          }}
        />
        <span aria-hidden="true">{unit}</span>
      </span>
      {invalid && (
        <p id={`${id}-error`} className="error" role="alert">
          {t('mobility.number.invalid', { example: integer ? '50' : '2,5' })}
        </p>
      )}
    </div>
  );
}
