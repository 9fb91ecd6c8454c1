import { useId, useState, type TextareaHTMLAttributes } from 'react';
import { redactBsn } from '../../lib/taalcheck/bsn';

/**
 * A free-text field that refuses to keep a BSN: the number is taken out
 * before the value leaves the field, and the field says why (PRODUCT §3.3).
 */
export function GuardedTextArea({
  label,
  value,
  onValue,
  refusedMessage,
  ...rest
}: {
  label: string;
  value: string;
  onValue: (value: string) => void;
  refusedMessage: string;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>) {
  const id = useId();
  const [refused, setRefused] = useState(false);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={value}
        aria-describedby={refused ? `${id}-bsn` : undefined}
        onChange={(event) => {
          const { text, removed } = redactBsn(event.target.value);
          setRefused(removed > 0);
          onValue(text);
        }}
        {...rest}
      />
      {refused && (
        <p id={`${id}-bsn`} className="error" role="alert">
          {refusedMessage}
        </p>
      )}
    </div>
  );
}

export function GuardedInput({
  label,
  value,
  onValue,
  refusedMessage,
  hint,
  ...rest
}: {
  label: string;
  value: string;
  onValue: (value: string) => void;
  refusedMessage: string;
  hint?: string;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const id = useId();
  const [refused, setRefused] = useState(false);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const { text, removed } = redactBsn(event.target.value);
          setRefused(removed > 0);
          onValue(text);
        }}
        {...rest}
      />
      <p
        id={`${id}-hint`}
        className={refused ? 'error' : 'hint'}
        role={refused ? 'alert' : undefined}
      >
        {refused ? refusedMessage : hint}
      </p>
    </div>
  );
}
