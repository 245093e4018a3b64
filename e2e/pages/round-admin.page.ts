import { expect, type Locator, type Page } from '@playwright/test';

/** The create/edit form of a round and its lifecycle panel. */
export class RoundAdminPage {
  readonly title: Locator;
  readonly slug: Locator;
  readonly introduction: Locator;
  readonly prompt: Locator;
  readonly submitNew: Locator;
  readonly errorSummary: Locator;
  readonly lifecycle: Locator;
  readonly currentStatus: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByLabel('Titel', { exact: true });
    this.slug = page.getByLabel('Korte naam in de link');
    this.introduction = page.getByLabel('Introductie');
    this.prompt = page.getByLabel('Algemene vraag');
    this.submitNew = page.getByRole('button', { name: 'Ronde aanmaken als concept' });
    this.errorSummary = page.getByRole('group', {
      name: /Niet alles is goed ingevuld|Opslaan is niet gelukt/,
    });
    this.lifecycle = page.getByRole('region', { name: 'Status' });
    this.currentStatus = this.lifecycle.locator('strong.status');
  }

  group(name: string): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }

  optionRows(legend: 'Leefgebieden' | 'Wijken (optioneel)' | 'Sporen (optioneel)'): Locator {
    return this.page.getByRole('group', { name: legend }).getByRole('listitem');
  }

  preset(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  transitionButton(name: string): Locator {
    return this.lifecycle.getByRole('button', { name, exact: true });
  }

  async fillBasics(values: {
    title: string;
    slug: string;
    introduction: string;
    prompt: string;
  }): Promise<void> {
    await this.title.fill(values.title);
    await this.title.blur(); // a new round suggests a slug from the title on blur; ours replaces it
    await this.slug.fill(values.slug);
    await expect(this.slug).toHaveValue(values.slug);
    await this.introduction.fill(values.introduction);
    await this.prompt.fill(values.prompt);
  }

  /** Asks for a status change and confirms it. */
  async transition(action: string, confirm: string): Promise<void> {
    await this.transitionButton(action).click();
    const yes = this.lifecycle.getByRole('button', { name: confirm, exact: true });
    await expect(yes).toBeVisible();
    await yes.click();
  }
}
