/**
 * The alternatives ladder (region "Alternatieven"): per rung, eigen kracht →
 * netwerk → voorliggend → maatwerk, each alternative with the proposed status
 * and the professional's decision. Decisions live in `conversation.decisions`.
 */
import { RUNGS } from '../../lib/packs/pack-schema';
import type { Considered, Decision } from '../../lib/mobility';
import { useT } from '../i18n/I18nProvider';
import { AlternativeCard } from './AlternativeCard';

export function AlternativesLadder({
  considered,
  onDecide,
}: {
  considered: readonly Considered[];
  onDecide: (alternativeId: string, decision: Decision | undefined) => void;
}) {
  const t = useT();
  return (
    <section className="card mobility-ladder" aria-labelledby="mobility-ladder-heading">
      <h2 id="mobility-ladder-heading">{t('mobility.ladder.heading')}</h2>
      <p className="hint">{t('mobility.ladder.intro')}</p>
      {considered.length === 0 && <p>{t('mobility.ladder.empty')}</p>}
      {RUNGS.map((rung) => {
        const items = considered.filter((c) => c.alternative.rung === rung);
        if (!items.length) return null;
        return (
          <div key={rung} className="mobility-rung">
            <h3>{t(`mobility.rung.${rung}`)}</h3>
            <ul className="mobility-alts">
              {items.map((c) => (
                <AlternativeCard
                  key={c.alternative.id}
                  considered={c}
                  onDecide={(decision) => onDecide(c.alternative.id, decision)}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
