/**
 * Options page: the sites Zijlijn may run on, each with a revoke button.
 * Revoking removes the browser permission; the background then unregisters
 * the content script for that site. Sites from the manifest cannot be revoked.
 */
import { useCallback, useEffect, useState } from 'react';
import { readManagedPolicy } from '../../lib/settings/pack-sources';
import {
  listGrantedSites,
  revokeSite,
  type GrantedSite,
} from '../../lib/site-access/granted-sites';
import { patternLabel } from '../../lib/site-access/site-pattern';
import { useT } from '../i18n/I18nProvider';

export function AllowedSitesSection() {
  const t = useT();
  const [sites, setSites] = useState<GrantedSite[] | null>(null);
  const [policySites, setPolicySites] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  const reload = useCallback(() => void listGrantedSites().then(setSites), []);
  useEffect(() => {
    reload();
    void readManagedPolicy().then(({ policy }) => setPolicySites(policy.allowedSites ?? []));
  }, [reload]);

  const revoke = async (pattern: string) => {
    const site = patternLabel(pattern);
    try {
      await revokeSite(pattern);
      setMessage(t('sites.revoked', { site }));
    } catch (error) {
      setMessage(t('sites.revokeFailed', { error: error instanceof Error ? error.message : '' }));
    }
    reload();
  };

  return (
    <section className="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sites.heading')}</h2>
      <p>{t('sites.intro')}</p>
      {sites && sites.length === 0 && <p className="hint">{t('sites.none')}</p>}
      <ul className="site-list">
        {sites?.map(({ pattern, fixed }) => (
          <li key={pattern}>
            <span>{patternLabel(pattern)}</span>{' '}
            {fixed ? (
              <span className="hint">({t('sites.fixed')})</span>
            ) : (
              <button type="button" className="btn" onClick={() => void revoke(pattern)}>
                {t('sites.revoke', { site: patternLabel(pattern) })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {policySites.length > 0 && (
        <p className="hint">{t('sites.policy', { sites: policySites.join(', ') })}</p>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
