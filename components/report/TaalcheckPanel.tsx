/**
 * The taalcheck of one text, inline under it: readability with its Douma band,
 * jargon with one-click B1 replacement, long sentences and passive voice.
 * A jargon term found more than once gets one button that replaces it everywhere.
 */
import type { TaalcheckResult } from '../../lib/taalcheck/check-text';
import { LONG_SENTENCE_WORDS } from '../../lib/taalcheck/check-text';
import {
  B1_READABILITY_THRESHOLD,
  isB1Readability,
  readabilityLabel,
} from '../../lib/taalcheck/flesch-douma';
import { useLang, useT } from '../i18n/I18nProvider';

type JargonHit = TaalcheckResult['jargon'][number];

/** Hits of the same words and suggestion, as one replacement. */
function groupJargon(hits: readonly JargonHit[]): JargonHit[][] {
  const groups = new Map<string, JargonHit[]>();
  for (const hit of hits) {
    const key = `${hit.term.toLowerCase()}\u0000${hit.suggestion}`;
    groups.set(key, [...(groups.get(key) ?? []), hit]);
  }
  return [...groups.values()];
}

/** The first words of a sentence, enough to find it again. */
const opening = (sentence: string): string => {
  const words = sentence.trim().split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ');
};

export function TaalcheckPanel({
  name,
  text,
  result,
  onReplace,
}: {
  /** "verslag" or "brief", for the accessible name. */
  name: string;
  text: string;
  result: TaalcheckResult;
  onReplace: (hits: JargonHit[]) => void;
}) {
  const t = useT();
  const lang = useLang();
  const score = result.readability;

  return (
    <section className="taalcheck" aria-label={t('report.check.for', { name })}>
      <h3>{t('report.check.heading')}</h3>
      {score === null ? (
        <p className="hint">{t('report.check.empty')}</p>
      ) : (
        <p>
          {t('report.check.readability', {
            score: score.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB'),
            label: readabilityLabel(score),
          })}{' '}
          {t(isB1Readability(score) ? 'report.check.b1' : 'report.check.notB1', {
            threshold: B1_READABILITY_THRESHOLD,
          })}
        </p>
      )}

      <h4>{t('report.check.jargon')}</h4>
      {result.jargon.length === 0 ? (
        <p className="hint">{t('report.check.none')}</p>
      ) : (
        <ul className="taalcheck-list">
          {groupJargon(result.jargon).map((group) => (
            <li key={`${group[0]!.term}-${group[0]!.offset}`}>
              <button type="button" className="btn btn-small" onClick={() => onReplace(group)}>
                {t('report.check.replace', {
                  term: group[0]!.term,
                  suggestion: group[0]!.suggestion,
                })}
                {group.length > 1 && ` ${t('report.check.times', { count: group.length })}`}
              </button>
            </li>
          ))}
        </ul>
      )}

      <h4>{t('report.check.long', { max: LONG_SENTENCE_WORDS })}</h4>
      {result.longSentences.length === 0 ? (
        <p className="hint">{t('report.check.none')}</p>
      ) : (
        <ul className="taalcheck-list">
          {result.longSentences.map((sentence) => (
            <li key={sentence.offset}>
              {t('report.check.longItem', {
                words: sentence.words,
                start: opening(text.slice(sentence.offset, sentence.offset + sentence.length)),
              })}
            </li>
          ))}
        </ul>
      )}

      <h4>{t('report.check.passive')}</h4>
      {result.passive.length === 0 ? (
        <p className="hint">{t('report.check.none')}</p>
      ) : (
        <ul className="taalcheck-list">
          {result.passive.map((hit) => (
            <li key={hit.offset}>"{hit.text}"</li>
          ))}
        </ul>
      )}
    </section>
  );
}
