/**
 * tapPersistP95Ms: in the real side panel, a leefgebied rating tap (a click
 * on the level's radio) until the IndexedDB transaction that writes the
 * conversation has committed; p95 of 200 taps after 10 warm-up taps. An init
 * script wraps IDBDatabase.transaction to see readwrite commits on
 * `conversations`; afterwards the stored field must be a sealed box.
 */
import { SidePanel } from '../../e2e/pages/side-panel';
import lifeDomains from '../../lib/packs/default/life-domains.json';
import { afterWarmUp, percentile } from '../stats';
import type { BenchSession } from './session';

/** The pack's leefgebieden, in order: the taps walk through all of them. */
const DOMAINS = lifeDomains.map((domain) => domain.id);

/**
 * Pause between taps: a brisk professional moving between leefgebieden. The
 * previous tap's live-query refresh and re-render may still be running.
 */
const TAP_INTERVAL_MS = 200;

type CommitWindow = Window & { __benchCommit?: (at: number) => void };

function watchCommits() {
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<typeof transaction>
  ) {
    const tx = transaction.apply(this, args);
    const [stores, mode] = args;
    if (
      mode === 'readwrite' &&
      ([] as string[]).concat(stores as string | string[]).includes('conversations')
    ) {
      tx.addEventListener('complete', () =>
        (window as CommitWindow).__benchCommit?.(performance.now()),
      );
    }
    return tx;
  } as typeof transaction;
}

export async function measureTapPersist(session: BenchSession, taps = 200, warmUp = 10) {
  const page = await session.ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 860 });
  await page.addInitScript(watchCommits);
  await page.goto(session.ext.url('sidepanel.html'));
  const panel = new SidePanel(page);
  await panel.startConversation('Wmo-onderzoek', 'BM 01-01');
  await panel.tab('Leefgebieden').click();
  const id = /#\/gesprek\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no conversation id in ${page.url()}`);

  const samples: number[] = [];
  for (let i = 0; i < taps + warmUp; i++) {
    const domain = DOMAINS[i % DOMAINS.length]!;
    const level = ((Math.floor(i / DOMAINS.length) + i) % 5) + 1;
    samples.push(
      await page.evaluate(
        ([selector]) =>
          new Promise<number>((resolve, reject) => {
            const radio = document.querySelector<HTMLInputElement>(selector!);
            if (!radio) return reject(new Error(`missing ${selector}`));
            const w = window as CommitWindow;
            const start = performance.now();
            w.__benchCommit = (at) => {
              w.__benchCommit = undefined;
              resolve(at - start);
            };
            radio.click();
          }),
        [`input[name="rating-${domain}"][value="${level}"]`] as const,
      ),
    );
    await page.waitForTimeout(TAP_INTERVAL_MS);
  }

  const stored = await session.vault('rawField', id, 'ratings/financien');
  const box = stored as { alg?: string; ct?: string } | null;
  if (!box || box.alg !== 'A256GCM' || typeof box.ct !== 'string') {
    throw new Error(`ratings/financien is not stored as a sealed box: ${JSON.stringify(stored)}`);
  }
  await page.close();
  return {
    tapPersistP95Ms: percentile(afterWarmUp(samples, warmUp), 95),
    conversationId: id,
    samples,
  };
}
