import type { ChecklistState, Phase } from '../../lib/conversation/model';
import type { Checklist } from '../../lib/packs/pack-schema';
import { coverage } from '../../lib/prompts/coverage';
import { useT } from '../i18n/I18nProvider';

const STATE_LABEL = {
  besproken: 'coverage.discussed',
  nvt: 'coverage.nvt',
  later: 'coverage.later',
} as const;

/**
 * The brede uitvraag as coverage: what has not been discussed yet, tap to mark.
 * No order is forced and there is no score (PRODUCT §2 principle 1).
 */
export function CoverageList({
  checklists,
  states,
  phase,
  onChange,
}: {
  checklists: Checklist[];
  states: Record<string, ChecklistState>;
  phase: Phase;
  onChange: (itemId: string, state: ChecklistState | undefined) => void;
}) {
  const t = useT();
  const items = checklists.flatMap((c) => c.items);
  if (items.length === 0) {
    return (
      <section className="card coverage" aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">{t('coverage.heading')}</h2>
        <p className="hint">{t('coverage.none')}</p>
      </section>
    );
  }
  const counts = coverage(checklists, states);
  const early = phase === 'voorbereiden' || phase === 'openen';
  const open = counts.open;
  const done = items.filter((item) => states[item.id] !== undefined);

  return (
    <section className="card coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t('coverage.heading')}</h2>
      <p className="coverage-count">
        {t('coverage.count', { discussed: counts.discussed, total: counts.total })}
        {(counts.nvt > 0 || counts.later > 0) && (
          <span className="hint">
            {' '}
            · {t('coverage.extra', { nvt: counts.nvt, later: counts.later })}
          </span>
        )}
      </p>
      <h3>{t('coverage.open')}</h3>
      <ul className="coverage-list">
        {open.map((item) => (
          <li key={item.id} className={item.sensitive && early ? 'is-muted' : undefined}>
            <div className="coverage-item-text">
              <span>{item.text}</span>
              {item.sensitive && <span className="tag">{t('coverage.sensitive')}</span>}
              {item.hint && <span className="hint"> {item.hint}</span>}
            </div>
            <div className="row" role="group" aria-label={item.text}>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => onChange(item.id, 'besproken')}
              >
                {t('coverage.discussed')}
              </button>
              <button
                type="button"
                className="btn btn-small btn-quiet"
                onClick={() => onChange(item.id, 'nvt')}
              >
                {t('coverage.nvt')}
              </button>
              <button
                type="button"
                className="btn btn-small btn-quiet"
                onClick={() => onChange(item.id, 'later')}
              >
                {t('coverage.later')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {done.length > 0 && (
        <details>
          <summary>{t('coverage.done', { count: done.length })}</summary>
          <ul className="coverage-list">
            {done.map((item) => (
              <li key={item.id}>
                <div className="coverage-item-text">
                  <span>{item.text}</span>
                  <span className="tag">{t(STATE_LABEL[states[item.id]!])}</span>
                </div>
                <button
                  type="button"
                  className="btn btn-small btn-quiet"
                  onClick={() => onChange(item.id, undefined)}
                >
                  {t('coverage.undo')}
                  <span className="visually-hidden">: {item.text}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
