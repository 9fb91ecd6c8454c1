import { useMemo, type ReactNode } from 'react';
import type { Conversation, ConversationChange, Phase, Rating } from '../../lib/conversation/model';
import { mergedChecklist } from '../../lib/mobility/checklist-coverage';
import type { Pack } from '../../lib/packs/pack-schema';
import { checklistsForType } from '../../lib/prompts/coverage';
import { promptContextOf } from '../../lib/prompts/prompt-context';
import { rankPrompts } from '../../lib/prompts/rank-prompts';
import { useLang, useT } from '../i18n/I18nProvider';
import { AgreementList } from './AgreementList';
import { ConversationTimer } from './ConversationTimer';
import { CoverageList } from './CoverageList';
import { LifeDomainList } from './LifeDomainList';
import { LifeDomainRadar } from './LifeDomainRadar';
import { PhaseStepper } from './PhaseStepper';
import { PrepCard } from './PrepCard';
import { PromptList } from './PromptList';
import { StressSignalBar } from './StressSignalBar';

export const SECTIONS = ['gesprek', 'leefgebieden', 'afspraken', 'verslag', 'vervoer'] as const;
export type Section = (typeof SECTIONS)[number];

export function sectionsFor(conversation: Conversation): Section[] {
  return SECTIONS.filter((s) => s !== 'vervoer' || conversation.type === 'vervoer');
}

/**
 * One conversation: phases, suggestions, signals and coverage (Gesprek),
 * ratings and the spinnenweb (Leefgebieden), afspraken, verslag. Everything
 * during the talk is a tap; free text is optional (PRODUCT §2 principle 2).
 */
export function ConversationView({
  conversation,
  change,
  pack,
  section,
  onSection,
  previousRatings,
  extraSections,
}: {
  conversation: Conversation;
  change: (change: ConversationChange) => void;
  pack: Pack;
  section: Section;
  onSection: (section: Section) => void;
  previousRatings?: Record<string, Rating>;
  /** Sections built elsewhere (verslag, vervoerscheck). */
  extraSections?: Partial<Record<Section, ReactNode>>;
}) {
  const t = useT();
  const lang = useLang();
  const sections = sectionsFor(conversation);
  const current = sections.includes(section) ? section : 'gesprek';
  // Explicit marks win over what the Vervoerscheck already covered; the
  // suggestions treat answered topics as covered too.
  const states = useMemo(() => mergedChecklist(conversation, pack), [conversation, pack]);
  const ranked = useMemo(
    () => rankPrompts({ ...promptContextOf(conversation), checklist: states }, pack),
    [conversation, pack, states],
  );
  const checklists = useMemo(
    () => checklistsForType(pack, conversation.type),
    [pack, conversation.type],
  );
  const domains = useMemo(() => [...pack.lifeDomains].sort((a, b) => a.order - b.order), [pack]);
  const skipped = Object.entries(conversation.prompts).filter(([, mark]) => mark === 'niet-nu');

  const setPhase = (phase: Phase) => {
    change({ field: 'phase', value: phase });
    if (phase !== 'voorbereiden' && conversation.startedAt === null) {
      change({ field: 'startedAt', value: Date.now() });
    }
  };
  const expires = new Date(conversation.expiresAt).toLocaleDateString(
    lang === 'nl' ? 'nl-NL' : 'en-GB',
    {
      day: 'numeric',
      month: 'long',
    },
  );

  return (
    <article className="conversation" aria-labelledby="conversation-title">
      <header className="conversation-header">
        <h1 id="conversation-title">
          <span className="personal">{conversation.label}</span>
          <span className="conversation-type"> · {t(`type.${conversation.type}`)}</span>
        </h1>
        <p className="hint">
          {t('conv.expires', { date: expires })}
          {conversation.caseHash && <> · {t('conv.linked')}</>}
        </p>
      </header>
      <div role="tablist" aria-label={t('conv.sections')} className="tabs">
        {sections.map((s) => (
          <button
            key={s}
            type="button"
            role="tab"
            id={`tab-${s}`}
            aria-selected={s === current}
            aria-controls={`panel-${s}`}
            tabIndex={s === current ? 0 : -1}
            className="tab"
            onClick={() => onSection(s)}
            onKeyDown={(e) => {
              const i = sections.indexOf(s);
              const next =
                e.key === 'ArrowRight'
                  ? sections[(i + 1) % sections.length]
                  : e.key === 'ArrowLeft'
                    ? sections[(i - 1 + sections.length) % sections.length]
                    : undefined;
              if (next) {
                e.preventDefault();
                onSection(next);
                document.getElementById(`tab-${next}`)?.focus();
              }
            }}
          >
            {t(`conv.section.${s}`)}
          </button>
        ))}
      </div>

      <section
        role="tabpanel"
        id={`panel-${current}`}
        aria-labelledby={`tab-${current}`}
        aria-label={t(`conv.section.${current}`)}
      >
        {current === 'gesprek' && (
          <>
            <PhaseStepper phase={conversation.phase} onChange={setPhase} />
            <ConversationTimer startedAt={conversation.startedAt} />
            {conversation.phase === 'voorbereiden' && (
              <PrepCard
                items={pack.prepItems}
                checked={conversation.prep}
                onCheck={(id, on) =>
                  change({ field: 'prep', key: id, value: on ? true : undefined })
                }
                profiles={pack.profiles}
                selectedProfiles={conversation.profiles}
                onProfiles={(profiles) => change({ field: 'profiles', value: profiles })}
              />
            )}
            <PromptList
              ranked={ranked}
              skipped={skipped.length}
              onMark={(id, mark) => change({ field: 'prompts', key: id, value: mark })}
              onResetSkipped={() =>
                skipped.forEach(([id]) => change({ field: 'prompts', key: id, value: undefined }))
              }
            />
            <StressSignalBar
              signals={pack.signals}
              active={conversation.signals}
              onToggle={(id, on) =>
                change({ field: 'signals', key: id, value: on ? true : undefined })
              }
            />
            <CoverageList
              checklists={checklists}
              states={states}
              phase={conversation.phase}
              onChange={(id, state) => change({ field: 'checklist', key: id, value: state })}
            />
          </>
        )}
        {current === 'leefgebieden' && (
          <>
            <h2 className="visually-hidden">{t('domains.heading')}</h2>
            <LifeDomainRadar
              domains={domains}
              ratings={conversation.ratings}
              previous={previousRatings}
            />
            <p className="hint">{t('domains.hint')}</p>
            <LifeDomainList
              domains={domains}
              ratings={conversation.ratings}
              notes={conversation.notes}
              previous={previousRatings}
              onRate={(id, rating) => change({ field: 'ratings', key: id, value: rating })}
              onNote={(id, note) => change({ field: 'notes', key: id, value: note })}
            />
          </>
        )}
        {current === 'afspraken' && (
          <>
            <h2 className="visually-hidden">{t('agreements.heading')}</h2>
            <AgreementList
              agreements={conversation.agreements}
              onSave={(a) => change({ field: 'agreements', key: a.id, value: a })}
              onRemove={(id) => change({ field: 'agreements', key: id, value: undefined })}
              newId={() => crypto.randomUUID().toLowerCase()}
            />
          </>
        )}
        {current === 'verslag' &&
          (extraSections?.verslag ?? <p className="hint">{t('report.placeholder')}</p>)}
        {current === 'vervoer' && extraSections?.vervoer}
      </section>
    </article>
  );
}
