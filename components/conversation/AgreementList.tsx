import { useState } from 'react';
import { AGREEMENT_PARTIES, type Agreement, type Handover } from '../../lib/conversation/model';
import { useT } from '../i18n/I18nProvider';
import { GuardedInput } from '../ui/GuardedTextArea';

const EMPTY_HANDOVER: Handover = {
  organisation: '',
  goal: '',
  duration: '',
  feedback: '',
  lead: '',
  consent: false,
};

/** Who does what by when, including warm handovers (goal, duration, feedback, lead, consent). */
export function AgreementList({
  agreements,
  onSave,
  onRemove,
  newId,
}: {
  agreements: Record<string, Agreement>;
  onSave: (agreement: Agreement) => void;
  onRemove: (id: string) => void;
  newId: () => string;
}) {
  const t = useT();
  const list = Object.values(agreements).sort((a, b) => a.createdAt - b.createdAt);
  return (
    <div className="agreements">
      {list.length === 0 && <p className="hint">{t('agreements.empty')}</p>}
      <ul className="agreement-list">
        {list.map((a) => (
          <li key={a.id} className={`card agreement${a.done ? ' is-done' : ''}`}>
            <p>
              <strong>{a.whoName || t(`agreements.who.${a.who}`)}</strong>: {a.what}
              {a.when && <span className="hint"> · {a.when}</span>}
            </p>
            {a.handover && (
              <dl className="handover">
                <dt>{t('agreements.handover')}</dt>
                <dd>
                  {[
                    a.handover.organisation,
                    a.handover.goal,
                    a.handover.duration,
                    a.handover.feedback,
                    a.handover.lead,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  {a.handover.consent ? ` · ✓ ${t('agreements.handover.consent')}` : ''}
                </dd>
              </dl>
            )}
            <div className="row">
              <label className="check">
                <input
                  type="checkbox"
                  checked={a.done}
                  aria-label={`${t('agreements.done')}: ${a.what}`}
                  onChange={(e) => onSave({ ...a, done: e.target.checked })}
                />
                {t('agreements.done')}
              </label>
              <button
                type="button"
                className="btn btn-small btn-quiet btn-danger"
                aria-label={`${t('agreements.remove')}: ${a.what}`}
                onClick={() => onRemove(a.id)}
              >
                {t('agreements.remove')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <AgreementForm onAdd={(a) => onSave({ ...a, id: newId(), createdAt: Date.now() })} />
    </div>
  );
}

function AgreementForm({ onAdd }: { onAdd: (a: Omit<Agreement, 'id' | 'createdAt'>) => void }) {
  const t = useT();
  const [who, setWho] = useState<Agreement['who']>('inwoner');
  const [whoName, setWhoName] = useState('');
  const [what, setWhat] = useState('');
  const [when, setWhen] = useState('');
  const [handover, setHandover] = useState<Handover | null>(null);
  const [error, setError] = useState(false);

  const submit = () => {
    if (!what.trim()) return setError(true);
    onAdd({
      who,
      whoName: whoName.trim(),
      what: what.trim(),
      when: when.trim(),
      done: false,
      handover,
    });
    setWhat('');
    setWhen('');
    setWhoName('');
    setHandover(null);
    setError(false);
  };

  return (
    <form
      className="card agreement-form"
      aria-label={t('agreements.add')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="field">
        <label htmlFor="agreement-who">{t('agreements.who')}</label>
        <select
          id="agreement-who"
          value={who}
          onChange={(e) => setWho(e.target.value as Agreement['who'])}
        >
          {AGREEMENT_PARTIES.map((p) => (
            <option key={p} value={p}>
              {t(`agreements.who.${p}`)}
            </option>
          ))}
        </select>
      </div>
      {who !== 'inwoner' && who !== 'consulent' && (
        <GuardedInput
          label={t('agreements.whoName')}
          value={whoName}
          onValue={setWhoName}
          refusedMessage={t('bsn.refused')}
        />
      )}
      <GuardedInput
        label={t('agreements.what')}
        value={what}
        onValue={setWhat}
        refusedMessage={t('bsn.refused')}
        hint={error ? t('agreements.whatRequired') : undefined}
      />
      <GuardedInput
        label={t('agreements.when')}
        value={when}
        onValue={setWhen}
        refusedMessage={t('bsn.refused')}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={handover !== null}
          onChange={(e) => setHandover(e.target.checked ? EMPTY_HANDOVER : null)}
        />
        {t('agreements.handover')}
      </label>
      {handover && (
        <fieldset className="handover-fields">
          <legend>{t('agreements.handover')}</legend>
          {(['organisation', 'goal', 'duration', 'feedback', 'lead'] as const).map((part) => (
            <GuardedInput
              key={part}
              label={t(`agreements.handover.${part}`)}
              value={handover[part]}
              onValue={(value) => setHandover({ ...handover, [part]: value })}
              refusedMessage={t('bsn.refused')}
            />
          ))}
          <label className="check">
            <input
              type="checkbox"
              checked={handover.consent}
              onChange={(e) => setHandover({ ...handover, consent: e.target.checked })}
            />
            {t('agreements.handover.consent')}
          </label>
        </fieldset>
      )}
      <button type="submit" className="btn btn-primary">
        {t('agreements.add')}
      </button>
    </form>
  );
}
