/**
 * Export of one practice session for the praktijkbegeleider, as JSON or as a
 * readable text, downloaded through a Blob URL and an `<a download>`. Nothing
 * leaves the computer unless the trainee passes the file on.
 */
import { exportSessionJson, exportSessionText } from '../../lib/practice/export-session';
import type { Scenario } from '../../lib/practice/scenario-schema';
import type { PracticeSession } from '../../lib/practice/session-schema';
import { useT } from '../i18n/I18nProvider';

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the download may start after this task.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** `oefensessie-scootmobiel-kees-2025-05-12` */
export function exportFileName(session: PracticeSession): string {
  const d = new Date(session.startedAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `oefensessie-${session.scenarioId}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function ExportButtons({
  session,
  scenario,
  beforeExport,
  now = Date.now,
}: {
  session: PracticeSession;
  scenario: Scenario;
  /** Writes what is still waiting, so the file and the vault agree. */
  beforeExport: () => Promise<void>;
  now?: () => number;
}) {
  const t = useT();
  const name = exportFileName(session);

  const asJson = async () => {
    await beforeExport();
    const data = exportSessionJson(session, scenario, now());
    download(`${name}.json`, 'application/json', `${JSON.stringify(data, null, 2)}\n`);
  };
  const asText = async () => {
    await beforeExport();
    download(`${name}.txt`, 'text/plain;charset=utf-8', exportSessionText(session, scenario));
  };

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('practice.export.heading')}</h2>
      <p className="hint">{t('practice.export.hint')}</p>
      <div className="row">
        <button type="button" className="btn" onClick={() => void asJson()}>
          {t('practice.export.json')}
        </button>
        <button type="button" className="btn" onClick={() => void asText()}>
          {t('practice.export.text')}
        </button>
      </div>
    </section>
  );
}
