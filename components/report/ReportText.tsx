/**
 * One generated text in an editable field: the generated text until the
 * professional edits it, then the stored edit until "Opnieuw maken". The BSN
 * guard of GuardedTextArea holds here too; the taalcheck follows every change.
 */
import { useMemo, type ReactNode } from 'react';
import { checkText } from '../../lib/taalcheck/check-text';
import type { JargonMatcher } from '../../lib/taalcheck/find-jargon';
import { replaceJargon } from '../../lib/taalcheck/replace-jargon';
import { useT } from '../i18n/I18nProvider';
import { GuardedTextArea } from '../ui/GuardedTextArea';
import { TaalcheckPanel } from './TaalcheckPanel';

export function ReportText({
  label,
  name,
  generated,
  edited,
  onEdit,
  jargon,
  onCopy,
  children,
}: {
  label: string;
  /** Short name for accessible button names ("verslag", "brief"). */
  name: string;
  generated: string;
  /** The stored edit, if any. */
  edited: string | undefined;
  /** `undefined` returns to the generated text. */
  onEdit: (value: string | undefined) => void;
  jargon: JargonMatcher;
  onCopy: (text: string) => void;
  /** More actions (insert, print). */
  children?: ReactNode;
}) {
  const t = useT();
  const text = edited ?? generated;
  const result = useMemo(() => checkText(text, { jargon }), [text, jargon]);

  return (
    <div className="card report-text">
      <GuardedTextArea
        label={label}
        value={text}
        onValue={onEdit}
        refusedMessage={t('bsn.refused')}
        rows={14}
        spellCheck
      />
      {edited !== undefined && <p className="hint">{t('report.edited')}</p>}
      <div className="row report-actions">
        <button
          type="button"
          className="btn"
          aria-label={t('report.copyFor', { name })}
          onClick={() => onCopy(text)}
        >
          {t('report.copy')}
        </button>
        {children}
        <button
          type="button"
          className="btn btn-quiet"
          aria-label={t('report.regenerateFor', { name })}
          disabled={edited === undefined}
          onClick={() => onEdit(undefined)}
        >
          {t('report.regenerate')}
        </button>
      </div>
      <TaalcheckPanel
        name={name}
        text={text}
        result={result}
        onReplace={(hits) =>
          onEdit(
            [...hits]
              .sort((a, b) => b.offset - a.offset)
              .reduce((current, hit) => replaceJargon(current, hit), text),
          )
        }
      />
    </div>
  );
}
