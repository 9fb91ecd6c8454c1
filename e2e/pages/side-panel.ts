/**
 * Page object for the side panel, opened as a tab at chrome-extension://<id>/sidepanel.html.
 * Finds everything by accessible name (PRODUCT §4).
 */
import type { Page } from 'playwright-core';
import type { LaunchedExtension } from '../support/launch-extension';

export const TEST_PIN = '482916';

export class SidePanel {
  constructor(readonly page: Page) {}

  static async open(ext: LaunchedExtension, hash = ''): Promise<SidePanel> {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 400, height: 860 });
    await page.goto(ext.url(`sidepanel.html${hash}`));
    return new SidePanel(page);
  }

  button(name: string | RegExp) {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** Sets the PIN on first run, or unlocks with it later. */
  async unlock(pin = TEST_PIN): Promise<void> {
    const setup = this.button('Pincode instellen');
    const unlock = this.button('Ontgrendelen');
    await setup.or(unlock).first().waitFor({ timeout: 15_000 });
    if (await setup.isVisible()) {
      await this.page.getByLabel('Pincode', { exact: true }).fill(pin);
      await this.page.getByLabel('Pincode herhalen', { exact: true }).fill(pin);
      await setup.click();
    } else {
      await this.page.getByLabel('Pincode', { exact: true }).fill(pin);
      await unlock.click();
    }
    await this.button('Vergrendelen').waitFor({ timeout: 20_000 });
  }

  async startConversation(type: string, label: string, profiles: string[] = []): Promise<void> {
    await this.button('Nieuw gesprek').click();
    await this.button(type).click();
    await this.page.getByLabel('Label', { exact: true }).fill(label);
    for (const profile of profiles) await this.button(profile).click();
    await this.button('Gesprek starten').click();
    await this.page.getByRole('tab', { name: 'Gesprek' }).waitFor();
  }

  tab(name: string) {
    return this.page.getByRole('tab', { name, exact: true });
  }

  region(name: string) {
    return this.page.getByRole('region', { name, exact: true });
  }

  suggestions() {
    return this.page
      .getByRole('heading', { name: 'Suggesties' })
      .locator('xpath=..')
      .locator('.prompt-text');
  }
}
