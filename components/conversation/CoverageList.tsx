import { useState } from 'react';
import type { ChecklistState, Phase } from '../../lib/conversation/model';
import type { Checklist } from '../../lib/packs/pack-schema';
import { coverage } from '../../lib/prompts/coverage';
import { useT } from '../i18n/I18nProvider';

/** Few at a time: a list of thirty topics reads like a form (PRODUCT §2 principle 1). */
const VISIBLE = 5;

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
  const [showAll, setShowAll] = useState(false);
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
        {(showAll ? open : open.slice(0, VISIBLE)).map((item) => (
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
      {open.length > VISIBLE && (
        <button
          type="button"
          className="btn btn-quiet btn-small"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? t('coverage.fewer') : t('coverage.all', { count: open.length })}
        </button>
      )}
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
                  aria-label={`${t('coverage.undo')}: ${item.text}`}
                  onClick={() => onChange(item.id, undefined)}
                >
                  {t('coverage.undo')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
