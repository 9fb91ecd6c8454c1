import type { PromptMark } from '../../lib/conversation/model';
import type { RankedPrompt } from '../../lib/prompts/prompt-context';
import { useT } from '../i18n/I18nProvider';

/** At most three suggestions; marking one makes room for the next. */
export function PromptList({
  ranked,
  skipped,
  onMark,
  onResetSkipped,
}: {
  ranked: RankedPrompt[];
  skipped: number;
  onMark: (promptId: string, mark: PromptMark) => void;
  onResetSkipped: () => void;
}) {
  const t = useT();
  return (
    <section className="card prompts" aria-labelledby="prompts-heading">
      <h2 id="prompts-heading">{t('prompts.heading')}</h2>
      {ranked.length === 0 && <p className="hint">{t('prompts.empty')}</p>}
      <ol className="prompt-list">
        {ranked.map(({ prompt, reasons }) => (
          <li key={prompt.id} className={`prompt prompt-${prompt.kind}`}>
            <span className="prompt-kind">{t(`prompts.kind.${prompt.kind}`)}</span>
            <p className="prompt-text">{prompt.text}</p>
            <div className="row">
              <button
                type="button"
                className="btn"
                aria-label={`${t('prompts.asked')}: ${prompt.text}`}
                onClick={() => onMark(prompt.id, 'gesteld')}
              >
                {t('prompts.asked')}
              </button>
              <button
                type="button"
                className="btn btn-quiet"
                aria-label={`${t('prompts.later')}: ${prompt.text}`}
                onClick={() => onMark(prompt.id, 'niet-nu')}
              >
                {t('prompts.later')}
              </button>
            </div>
            <details className="prompt-why">
              <summary>{t('prompts.why')}</summary>
              <ul>
                {[prompt.why, ...reasons].map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
      {skipped > 0 && (
        <button type="button" className="btn btn-quiet" onClick={onResetSkipped}>
          {t('prompts.reset', { count: skipped })}
        </button>
      )}
    </section>
  );
}
