/**
 * Where the trainee types a turn. Enter sends, Shift+Enter adds a line; an
 * input method that is still composing (e.g. dead keys) never sends. Focus
 * stays in the field after sending, so a whole talk needs no mouse.
 */
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useT } from '../i18n/I18nProvider';

export function TurnComposer({
  onSend,
}: {
  /** False when the turn was refused; the text then stays in the field. */
  onSend: (text: string) => boolean;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  const send = () => {
    const trimmed = text.trim();
    if (!trimmed) return;
    if (onSend(trimmed)) setText('');
    field.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send();
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    send();
  };

  return (
    <form className="composer" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor={`${id}-turn`}>{t('practice.input')}</label>
        <textarea
          ref={field}
          id={`${id}-turn`}
          rows={3}
          value={text}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <span id={`${id}-hint`} className="hint">
          {t('practice.inputHint')}
        </span>
      </div>
      <button type="submit" className="btn btn-primary" disabled={!text.trim()}>
        {t('practice.send')}
      </button>
    </form>
  );
}
