/**
 * The conclusion of the afweging (region "Conclusie"): the professional's
 * conclusion text, which confirmed alternatives are granted or agreed, and —
 * for a granted maatwerkvoorziening — the agreed herbeoordeling. Stored under
 * the reserved `afweging-*` keys of `conversation.mobility` (lib/mobility).
 */
import {
  CONCLUSION_KEYS,
  displayName,
  grantable,
  grantedOf,
  missingReEvaluation,
  type ConclusionPart,
  type Considered,
  type RecordedConclusion,
} from '../../lib/mobility';
import { GuardedInput, GuardedTextArea } from '../ui/GuardedTextArea';
import { useT } from '../i18n/I18nProvider';
import { ChoiceChips } from './ChoiceChips';

export type SetConclusion = (key: string, value: string | string[] | undefined) => void;

export function ConclusionForm({
  recorded,
  considered,
  onChange,
}: {
  recorded: RecordedConclusion;
  considered: readonly Considered[];
  onChange: SetConclusion;
}) {
  const t = useT();
  const options = grantable(considered).map((c) => ({
    value: c.alternative.id,
    label: displayName(c.alternative),
  }));
  const granted = (recorded.granted ?? []).filter((id) => options.some((o) => o.value === id));
  const missing = missingReEvaluation(recorded, considered);
  const needsMoment = grantedOf(recorded, considered).some(
    (c) => c.alternative.rung === 'maatwerk',
  );
  const set = (part: ConclusionPart, value: string | string[]) =>
    onChange(CONCLUSION_KEYS[part], value.length ? value : undefined);

  return (
    <section className="card mobility-conclusion" aria-labelledby="mobility-conclusion-heading">
      <h2 id="mobility-conclusion-heading">{t('mobility.conclusion.heading')}</h2>
      <p className="hint">{t('mobility.conclusion.intro')}</p>
      <GuardedTextArea
        label={t('mobility.conclusion.text')}
        value={recorded.text ?? ''}
        onValue={(text) => set('text', text)}
        refusedMessage={t('bsn.refused')}
        rows={3}
        maxLength={4000}
      />
      <div className="field">
        <span id="mobility-granted-label" className="label">
          {t('mobility.conclusion.granted')}
        </span>
        {options.length ? (
          <ChoiceChips
            labelledBy="mobility-granted-label"
            options={options}
            selected={granted}
            multiple
            onChange={(ids) => set('granted', ids)}
          />
        ) : (
          <p className="hint">{t('mobility.conclusion.grantedNone')}</p>
        )}
      </div>
      {needsMoment && (
        <GuardedInput
          label={t('mobility.conclusion.reEvaluation')}
          value={recorded.reEvaluation ?? ''}
          onValue={(text) => set('reEvaluation', text)}
          refusedMessage={t('bsn.refused')}
          hint={
            missing.length
              ? t('mobility.conclusion.reEvaluation.missing', {
                  names: missing.map((c) => displayName(c.alternative)).join(', '),
                })
              : t('mobility.conclusion.reEvaluation.hint')
          }
          aria-invalid={missing.length > 0}
          required
          maxLength={200}
        />
      )}
    </section>
  );
}
