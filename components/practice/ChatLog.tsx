/**
 * The practice conversation as a log: the inwoner's opening, then each trainee
 * turn and the reply. Speakers are named in text, not only by colour or side.
 * The box scrolls to the newest message and can be scrolled by keyboard.
 */
import { useEffect, useRef } from 'react';
import type { TurnRecord } from '../../lib/practice/engine-state';
import { useT } from '../i18n/I18nProvider';

function Message({ who, text, self }: { who: string; text: string; self?: boolean }) {
  return (
    <div className={self ? 'msg msg-self' : 'msg msg-inwoner'}>
      <span className="msg-who">{who}</span>
      <p className="msg-text">{text}</p>
    </div>
  );
}

export function ChatLog({
  opening,
  log,
  ending,
  live = true,
}: {
  opening: string;
  log: readonly TurnRecord[];
  ending: string | null;
  /** False for a read-only replay in the debrief (not announced, not scrolled). */
  live?: boolean;
}) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    if (live && el) el.scrollTop = el.scrollHeight;
  }, [live, log.length, ending]);

  return (
    <div
      ref={box}
      className={live ? 'chat-log' : 'chat-log chat-log-replay'}
      role={live ? 'log' : 'group'}
      aria-label={t('practice.log')}
      tabIndex={live ? 0 : undefined}
    >
      <Message who={t('practice.inwoner')} text={opening} />
      {log.map((turn) => (
        <div key={turn.index} className="chat-turn">
          <Message who={t('practice.you')} text={turn.text} self />
          {turn.reply && <Message who={t('practice.inwoner')} text={turn.reply} />}
        </div>
      ))}
      {ending && <Message who={t('practice.inwoner')} text={ending} />}
    </div>
  );
}
