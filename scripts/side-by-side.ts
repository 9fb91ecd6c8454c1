/**
 * Screenshot of the side panel beside a host page, as a person sees it in
 * Chrome: the host on the left, Zijlijn's panel (400 px) on the right.
 */
import { writeFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';

export const PANEL_WIDTH = 400;

export async function captureSideBySide(
  context: BrowserContext,
  host: Page,
  panel: Page,
  outFile: string,
  height = 820,
): Promise<void> {
  await host.setViewportSize({ width: 1000, height });
  await panel.setViewportSize({ width: PANEL_WIDTH, height });
  const [left, right] = await Promise.all([host.screenshot(), panel.screenshot()]);

  const canvas = await context.newPage();
  await canvas.setViewportSize({ width: 1000 + PANEL_WIDTH + 1, height });
  await canvas.setContent(
    `<body style="margin:0;display:flex;background:#888">` +
      `<img src="data:image/png;base64,${left.toString('base64')}" style="display:block">` +
      `<div style="width:1px;background:#9aa"></div>` +
      `<img src="data:image/png;base64,${right.toString('base64')}" style="display:block"></body>`,
  );
  await writeFile(outFile, await canvas.screenshot());
  await canvas.close();
}
