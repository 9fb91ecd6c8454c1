/**
 * The Oefenen start screen: choose a scenario and a mode, start a new
 * session (stored in the vault before it opens), or reopen an earlier one.
 */
import { useState } from 'react';
import type { Pack } from '../../lib/packs/pack-schema';
import type { Scenario } from '../../lib/practice/scenario-schema';
import { newPracticeSession, type PracticeMode } from '../../lib/practice/session-schema';
import { toVaultError } from '../../lib/vault/errors';
import { useVault } from '../hooks/use-vault';
import { useT } from '../i18n/I18nProvider';
import { ScenarioList } from './ScenarioList';
import { SessionList } from './SessionList';
import './practice.css';

/** A fresh id and seed per session; the seed makes the run replayable. */
function newIds(): { id: string; seed: number } {
  return { id: crypto.randomUUID(), seed: crypto.getRandomValues(new Uint32Array(1))[0]! };
}

export function PracticeHome({ pack, open }: { pack: Pack; open: (id: string) => void }) {
  const t = useT();
  const { practice } = useVault();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const start = (scenario: Scenario, mode: PracticeMode) => {
    const { id, seed } = newIds();
    setBusy(true);
    practice.put(id, newPracticeSession(scenario, { id, seed, mode, now: Date.now() })).then(
      () => open(id),
      (e: unknown) => {
        setError(toVaultError(e).message);
        setBusy(false);
      },
    );
  };

  return (
    <section aria-labelledby="practice-heading" className="practice-home">
      <h1 id="practice-heading">{t('practice.heading')}</h1>
      <p className="hint">{t('practice.intro')}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ScenarioList scenarios={pack.scenarios} busy={busy} onStart={start} />
      <SessionList scenarios={pack.scenarios} onOpen={open} />
    </section>
  );
}
