/**
 * A preview of the afweging as lib/mobility writes it: the text for the
 * verslag and the beschikking, and the B1 explanation for the inwoner, each
 * with its own copy button. Editing happens in the Verslag section.
 */
import { useState } from 'react';
import { useT } from '../i18n/I18nProvider';

type Kind = 'professional' | 'inwoner';
const KINDS: readonly Kind[] = ['professional', 'inwoner'];

export function AfwegingPreview({ texts }: { texts: Record<Kind, string> }) {
  const t = useT();
  const [status, setStatus] = useState('');
  const copy = async (kind: Kind) => {
    try {
      await navigator.clipboard.writeText(texts[kind]);
      setStatus(t(`mobility.copied.${kind}`));
    } catch {
      setStatus(t('mobility.copyFailed'));
    }
  };
  return (
    <section className="card mobility-afweging" aria-labelledby="mobility-afweging-heading">
      <h2 id="mobility-afweging-heading">{t('mobility.afweging.heading')}</h2>
      <p className="hint">{t('mobility.afweging.intro')}</p>
      {KINDS.map((kind) => (
        <div key={kind} className="mobility-afweging-text">
          <h3 id={`mobility-afweging-${kind}`}>{t(`mobility.afweging.${kind}`)}</h3>
          <div
            className="afweging-text"
            role="region"
            tabIndex={0}
            aria-labelledby={`mobility-afweging-${kind}`}
          >
            {texts[kind]}
          </div>
          <button type="button" className="btn btn-small" onClick={() => void copy(kind)}>
            {t(`mobility.copy.${kind}`)}
          </button>
        </div>
      ))}
      <p role="status" className="hint">
        {status}
      </p>
    </section>
  );
}
