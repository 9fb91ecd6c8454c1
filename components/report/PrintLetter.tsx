/**
 * The letter for the inwoner as a clean printable page: the stored edit if the
 * consulent made one, otherwise the generated letter. The browser's print
 * dialog prints it or saves it as PDF; nothing leaves the machine otherwise.
 */
import { useMemo, useState } from 'react';
import type { Pack } from '../../lib/packs/pack-schema';
import { buildCitizenLetter } from '../../lib/report/build-citizen-letter';
import { layoutLetter } from '../../lib/report/letter-layout';
import { useConversation } from '../hooks/use-conversation';
import { createJargonMatcher } from '../../lib/taalcheck/find-jargon';
import { useT } from '../i18n/I18nProvider';
import { TEXT_KEYS } from './report-keys';

export function PrintLetter({ id, pack }: { id: string; pack: Pack }) {
  const t = useT();
  const { conversation, missing } = useConversation(id);
  const [today] = useState(() => Date.now());
  // Compiled once per pack, not per change of the conversation.
  const jargon = useMemo(() => createJargonMatcher(pack.jargon), [pack]);
  const letter = useMemo(
    () =>
      conversation &&
      (conversation.texts[TEXT_KEYS.letter] ??
        buildCitizenLetter(conversation, pack, { date: today, jargon })),
    [conversation, pack, today, jargon],
  );

  if (missing) return <p role="alert">{t('report.print.missing')}</p>;
  if (letter === null) return <p className="hint">{t('common.loading')}</p>;

  return (
    <>
      <div className="print-toolbar">
        <button type="button" className="btn btn-primary" onClick={() => window.print()}>
          {t('report.print.button')}
        </button>
      </div>
      <article className="letter" aria-label={t('report.print.title')}>
        {layoutLetter(letter).map((block, i) => {
          switch (block.kind) {
            case 'title':
              return <h1 key={i}>{block.text}</h1>;
            case 'heading':
              return <h2 key={i}>{block.text}</h2>;
            case 'list':
              return (
                <ul key={i}>
                  {block.items.map((item, j) => (
                    <li key={j}>{item}</li>
                  ))}
                </ul>
              );
            case 'paragraph':
              return (
                <p key={i}>
                  {block.lines.map((line, j) => (
                    <span key={j} className="letter-line">
                      {line}
                    </span>
                  ))}
                </p>
              );
          }
        })}
      </article>
    </>
  );
}
