/**
 * The Verslag section (PRODUCT §3.3): the verslag for the registration system
 * and the letter for the inwoner, each editable with its taalcheck, copy,
 * insert (verslag) and print (letter). Edits live in `conversation.texts`
 * under "report" and "letter"; without an edit the generated text shows.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import type { Conversation, ConversationChange } from '../../lib/conversation/model';
import type { Pack } from '../../lib/packs/pack-schema';
import { buildCitizenLetter } from '../../lib/report/build-citizen-letter';
import { buildSystemReport } from '../../lib/report/build-system-report';
import { createJargonMatcher } from '../../lib/taalcheck/find-jargon';
import { InsertButton } from '../host/InsertButton';
import { useT } from '../i18n/I18nProvider';
import { TEXT_KEYS, type TextKind as Kind } from './report-keys';
import { ReportText } from './ReportText';
import './report.css';

/** Opens the printable letter in a new tab. */
async function openPrintPage(id: string): Promise<void> {
  await browser.tabs.create({
    url: browser.runtime.getURL(`/print.html#${encodeURIComponent(id)}`),
  });
}

export function ReportSection({
  conversation,
  change,
  pack,
  insertButton = (text) => <InsertButton text={text} />,
  onPrint = openPrintPage,
}: {
  conversation: Conversation;
  change: (change: ConversationChange) => void;
  pack: Pack;
  /** The insert button for the verslag (`Invoegen in registratiesysteem`); the host one by default. */
  insertButton?: (text: string) => ReactNode;
  onPrint?: (id: string) => Promise<void> | void;
}) {
  const t = useT();
  const [status, setStatus] = useState('');
  // The letter counts the reaction term from the day it is made, i.e. opened here.
  const [today] = useState(() => Date.now());
  const jargon = useMemo(() => createJargonMatcher(pack.jargon), [pack.jargon]);
  const { texts, ...content } = conversation;
  // Regenerate only when the content changes, not on every edit of the texts.
  const contentKey = JSON.stringify({ ...content, updatedAt: 0 });
  const generated = useMemo(() => {
    const source = { ...(JSON.parse(contentKey) as Conversation), texts: {} };
    return {
      system: buildSystemReport(source, pack),
      letter: buildCitizenLetter(source, pack, { date: today, jargon }),
    };
  }, [contentKey, pack, today, jargon]);

  const copy = (kind: Kind) => async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t(kind === 'system' ? 'report.copied.system' : 'report.copied.letter'));
    } catch {
      setStatus(t('report.copyFailed'));
    }
  };
  const edit = (kind: Kind) => (value: string | undefined) =>
    change({ field: 'texts', key: TEXT_KEYS[kind], value });
  const print = async () => {
    try {
      await onPrint(conversation.id);
    } catch {
      setStatus(t('report.print.failed'));
    }
  };

  return (
    <div className="report stack">
      <h2 className="visually-hidden">{t('report.heading')}</h2>
      <ReportText
        label={t('report.system')}
        name={t('report.name.system')}
        generated={generated.system}
        edited={texts[TEXT_KEYS.system]}
        onEdit={edit('system')}
        jargon={jargon}
        onCopy={(text) => void copy('system')(text)}
      >
        {insertButton(texts[TEXT_KEYS.system] ?? generated.system)}
      </ReportText>
      <ReportText
        label={t('report.letter')}
        name={t('report.name.letter')}
        generated={generated.letter}
        edited={texts[TEXT_KEYS.letter]}
        onEdit={edit('letter')}
        jargon={jargon}
        onCopy={(text) => void copy('letter')(text)}
      >
        <button type="button" className="btn" onClick={() => void print()}>
          {t('report.print')}
        </button>
      </ReportText>
      <p role="status" className="hint">
        {status}
      </p>
    </div>
  );
}
