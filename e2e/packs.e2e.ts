import { mkdir, rm, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SidePanel } from './pages/side-panel';
import { EXTENSION_ID, launchExtension, type LaunchedExtension } from './support/launch-extension';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/zijlijn-e2e-${process.pid}.json`;

function signalPack(id: string, name: string, signal: { id: string; name: string }) {
  return {
    id,
    name,
    version: '2026.1',
    signals: [
      {
        id: signal.id,
        name: signal.name,
        observe: 'De inwoner vertelt over geluidsoverlast en slaapt slecht.',
        adapt: 'Vraag eerst naar rust en slaap; houd het gesprek kort.',
        source: 'domain-anchors §3.4',
      },
    ],
  };
}

async function signalNames(panel: SidePanel): Promise<string[]> {
  return panel.page.getByRole('group', { name: 'Signalen' }).getByRole('button').allTextContents();
}

/** Content arrives by import (options page) and by browser policy (managed storage). */
describe('content packs', () => {
  let ext: LaunchedExtension;

  beforeAll(async () => {
    if (process.getuid?.() !== 0) {
      throw new Error(
        `De policy-test schrijft ${POLICY_DIR} en heeft root nodig (CI heeft dat). / The policy test writes ${POLICY_DIR} and needs root.`,
      );
    }
    await mkdir(POLICY_DIR, { recursive: true });
    const pack = signalPack('beleid-zijlstad', 'Beleid Zijlstad', {
      id: 'beleid-signaal',
      name: 'Signaal uit beleid',
    });
    await writeFile(
      POLICY_FILE,
      JSON.stringify({
        '3rdparty': { extensions: { [EXTENSION_ID]: { contentPack: JSON.stringify(pack) } } },
      }),
    );
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext?.close();
    await rm(POLICY_FILE, { force: true });
  });

  it('takes a pack from browser policy', async () => {
    const panel = await SidePanel.open(ext);
    await panel.unlock();
    await panel.startConversation('Vrij gesprek', 'PB 23-11');

    await expect.poll(() => signalNames(panel)).toContain('Signaal uit beleid');
    await panel.page.close();
  });

  it('rejects a broken pack on the options page with a Dutch message and changes nothing', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    const broken = {
      id: 'kapot',
      name: 'Kapot',
      version: '1',
      prompts: [{ id: 'vraag-zonder-tekst', kind: 'question', why: 'x', source: 'seed-002 L1' }],
    };

    await options.getByLabel('Inhoudspakket importeren (JSON)').setInputFiles({
      name: 'kapot.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });

    const alert = options.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/vraag-zonder-tekst/);
    expect(await options.getByText('Geen eigen pakket geïmporteerd.').count()).toBe(1);
    await options.close();
  });

  it('imports a pack on the options page and the panel offers its content', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    const pack = signalPack('gemeente-zijlstad', 'Gemeente Zijlstad', {
      id: 'geluidsoverlast',
      name: 'Geluidsoverlast',
    });

    await options.getByLabel('Inhoudspakket importeren (JSON)').setInputFiles({
      name: 'zijlstad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(pack)),
    });

    await expect
      .poll(() => options.getByRole('status').allTextContents())
      .toContain('Pakket "Gemeente Zijlstad" is geïmporteerd.');
    const panel = await SidePanel.open(ext);
    await panel.button('Nieuw gesprek').waitFor();
    await panel.startConversation('Vrij gesprek', 'GZ 23-11');
    await expect.poll(() => signalNames(panel)).toContain('Geluidsoverlast');
    expect(await signalNames(panel)).toContain('Signaal uit beleid');
  });
});
