/**
 * One alternative on the ladder: the proposed status with its reasons, the
 * local name and contact, and the professional's decision. Choosing the
 * proposed status confirms it; another status overrides it and needs a reason.
 */
import { useId, useState } from 'react';
import type { Considered, Decision, Status } from '../../lib/mobility';
import { displayName, localContact, STATUSES } from '../../lib/mobility';
import { redactBsn } from '../../lib/taalcheck/bsn';
import { useT } from '../i18n/I18nProvider';

export function AlternativeCard({
  considered,
  onDecide,
}: {
  considered: Considered;
  onDecide: (decision: Decision | undefined) => void;
}) {
  const t = useT();
  const id = useId();
  const [bsnRefused, setBsnRefused] = useState(false);
  const { alternative, proposal, decision } = considered;
  const name = displayName(alternative);
  const contact = localContact(alternative);
  // proposeStatuses appends the contact as a reason; it is shown on its own line here.
  const reasons = proposal.reasons.filter((r) => !contact || r !== `Contact: ${contact}.`);
  const overridden = decision !== undefined && decision.status !== proposal.status;
  const missingReason = overridden && decision.reason.trim() === '';

  const decide = (status: Status) => onDecide({ status, reason: decision?.reason ?? '' });

  return (
    <li className={`mobility-alt is-${considered.status}`}>
      <h4 id={`${id}-name`}>{name}</h4>
      {alternative.local?.name && alternative.local.name !== alternative.name && (
        <p className="hint">{alternative.name}</p>
      )}
      {contact && <p className="mobility-contact">{t('mobility.local', { contact })}</p>}
      <p className={`status-badge is-${proposal.status}`}>
        {t('mobility.proposal', { status: t(`mobility.proposal.${proposal.status}`) })}
      </p>
      <ul className="mobility-reasons">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <div role="group" aria-label={t('mobility.decision', { name })} className="row decision">
        {STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`btn btn-small${status === proposal.status ? ' is-proposed' : ''}`}
            aria-pressed={decision?.status === status}
            onClick={() => decide(status)}
          >
            {t(`mobility.status.${status}`)}
          </button>
        ))}
      </div>
      {decision && (
        <div className="mobility-decision">
          <p className={overridden ? 'hint is-overridden' : 'hint'}>
            {t(overridden ? 'mobility.decision.overridden' : 'mobility.decision.confirmed')}
          </p>
          <div className="field">
            <label htmlFor={`${id}-reason`}>
              {t('mobility.reason')}
              <span className="visually-hidden">: {name}</span>
            </label>
            <textarea
              id={`${id}-reason`}
              rows={2}
              maxLength={2000}
              value={decision.reason}
              aria-invalid={missingReason || undefined}
              aria-describedby={`${id}-reason-hint`}
              onChange={(event) => {
                const { text, removed } = redactBsn(event.target.value);
                setBsnRefused(removed > 0);
                onDecide({ status: decision.status, reason: text });
              }}
            />
            <p
              id={`${id}-reason-hint`}
              className={missingReason || bsnRefused ? 'error' : 'hint'}
              role={bsnRefused ? 'alert' : undefined}
            >
              {bsnRefused
                ? t('bsn.refused')
                : missingReason
                  ? t('mobility.reason.required')
                  : overridden
                    ? ''
                    : t('mobility.reason.optional')}
            </p>
          </div>
          <button
            type="button"
            className="btn btn-small btn-quiet"
            aria-label={`${t('mobility.decision.clear')}: ${name}`}
            onClick={() => onDecide(undefined)}
          >
            {t('mobility.decision.clear')}
          </button>
        </div>
      )}
    </li>
  );
}
