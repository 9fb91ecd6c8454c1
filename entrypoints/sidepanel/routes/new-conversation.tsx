import { useState } from 'react';
import { ProfilePicker } from '../../../components/conversation/PrepCard';
import { useT } from '../../../components/i18n/I18nProvider';
import { GuardedInput } from '../../../components/ui/GuardedTextArea';
import { toVaultError } from '../../../lib/vault/errors';
import { looksLikeName } from '../../../lib/conversation/label-check';
import { CONVERSATION_TYPES, type ConversationType } from '../../../lib/conversation/model';
import type { Pack } from '../../../lib/packs/pack-schema';
import type { ConversationsRepo } from '../../../lib/vault/conversations-repo';
import { useHostContext } from '../../../components/hooks/use-host-context';
import { linkCase } from '../../../components/host/case-link';
import { useVault } from '../../../components/hooks/use-vault';

/** Start a conversation: a type, a local label (initials + date), optional profiles. */
export function NewConversation({
  repo,
  pack,
  navigate,
  suggestedType,
  onCreated,
}: {
  repo: ConversationsRepo;
  pack: Pack;
  navigate: (path: string) => void;
  suggestedType?: ConversationType | null;
  onCreated?: (id: string) => Promise<void> | void;
}) {
  const t = useT();
  const [type, setType] = useState<ConversationType>(suggestedType ?? 'wmo');
  const [label, setLabel] = useState('');
  const [profiles, setProfiles] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!label.trim()) return setError(t('new.labelRequired'));
    setBusy(true);
    try {
      const conversation = await repo.create({ type, label: label.trim(), profiles });
      await onCreated?.(conversation.id);
      navigate(`/gesprek/${conversation.id}`);
    } catch (e) {
      setError(toVaultError(e).message);
      setBusy(false);
    }
  };

  return (
    <form
      aria-labelledby="new-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h1 id="new-heading">{t('new.heading')}</h1>
      <div role="group" aria-label={t('new.type')} className="type-choice">
        {CONVERSATION_TYPES.map((ct) => (
          <button
            key={ct}
            type="button"
            className="btn"
            aria-pressed={type === ct}
            onClick={() => setType(ct)}
          >
            {t(`type.${ct}`)}
          </button>
        ))}
      </div>
      <GuardedInput
        label={t('new.label')}
        value={label}
        maxLength={80}
        autoComplete="off"
        onValue={(value) => {
          setLabel(value);
          setError(null);
        }}
        refusedMessage={t('bsn.refused')}
        hint={looksLikeName(label) ? t('new.labelNameWarning') : t('new.labelHint')}
      />
      <ProfilePicker
        profiles={pack.profiles}
        selected={profiles}
        onChange={setProfiles}
        label={t('new.profiles')}
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t('new.start')}
      </button>
    </form>
  );
}

export function NewConversationRoute({
  pack,
  navigate,
}: {
  pack: Pack;
  navigate: (path: string) => void;
}) {
  const { conversations } = useVault();
  const host = useHostContext();
  const suggested = host.screen?.conversationType ?? null;
  const caseRef = host.caseRef;
  // Wait for the first look at the host, so the suggested type is the initial choice.
  if (!host.loaded) return null;
  return (
    <NewConversation
      repo={conversations}
      pack={pack}
      navigate={navigate}
      suggestedType={suggested}
      onCreated={
        caseRef ? async (id) => void (await linkCase(conversations, id, caseRef)) : undefined
      }
    />
  );
}
