import type { DomainNote, Rating } from '../../lib/conversation/model';
import type { LifeDomain } from '../../lib/packs/pack-schema';
import { useT } from '../i18n/I18nProvider';
import { GuardedTextArea } from '../ui/GuardedTextArea';

const LEVELS = [1, 2, 3, 4, 5] as const;
const EMPTY_NOTE: DomainNote = { own: '', strengths: '', wish: '' };

/** One tap per leefgebied (ZRM levels 1–5); notes in three parts can wait until after the talk. */
export function LifeDomainList({
  domains,
  ratings,
  notes,
  previous,
  onRate,
  onNote,
}: {
  domains: LifeDomain[];
  ratings: Record<string, Rating>;
  notes: Record<string, DomainNote>;
  previous?: Record<string, Rating>;
  onRate: (domainId: string, rating: Rating | undefined) => void;
  onNote: (domainId: string, note: DomainNote) => void;
}) {
  const t = useT();
  return (
    <ul className="domain-list">
      {domains.map((domain) => {
        const note = notes[domain.id] ?? EMPTY_NOTE;
        const hasNote = Boolean(note.own || note.strengths || note.wish);
        const prev = previous?.[domain.id];
        return (
          <li key={domain.id} className="domain">
            <fieldset>
              <legend>
                <span className="domain-name">{domain.name}</span>
                {prev !== undefined && (
                  <span className="hint"> · {t('domains.previous', { level: prev })}</span>
                )}
              </legend>
              <div
                className="levels"
                role="radiogroup"
                aria-label={t('domains.rating', { domain: domain.name })}
              >
                {LEVELS.map((level) => (
                  <label key={level} className="level" title={domain.levels[level - 1]}>
                    <input
                      type="radio"
                      name={`rating-${domain.id}`}
                      value={level}
                      checked={ratings[domain.id] === level}
                      onChange={() => onRate(domain.id, level)}
                      aria-label={`${level} ${t(`level.${level}`)}`}
                    />
                    <span aria-hidden="true">{level}</span>
                  </label>
                ))}
                {ratings[domain.id] !== undefined && (
                  <button
                    type="button"
                    className="btn btn-small btn-quiet"
                    aria-label={`${t('domains.clear')}: ${domain.name}`}
                    onClick={() => onRate(domain.id, undefined)}
                  >
                    {t('domains.clear')}
                  </button>
                )}
              </div>
              {ratings[domain.id] !== undefined && (
                <p className="hint level-text">{domain.levels[ratings[domain.id]! - 1]}</p>
              )}
              <details className="domain-notes" open={hasNote || undefined}>
                <summary>{t('domains.notes', { domain: domain.name })}</summary>
                {(['own', 'strengths', 'wish'] as const).map((part) => (
                  <GuardedTextArea
                    key={part}
                    label={t(`domains.${part}`)}
                    value={note[part]}
                    rows={2}
                    refusedMessage={t('bsn.refused')}
                    onValue={(value) => onNote(domain.id, { ...note, [part]: value })}
                  />
                ))}
              </details>
            </fieldset>
          </li>
        );
      })}
    </ul>
  );
}
