import { expect, type Locator, type Page } from '@playwright/test';

/** `/r/:slug/agenda`: the published research agenda (Dutch texts). */
export class AgendaPage {
  readonly heading: Locator;
  readonly items: Locator;
  readonly downloads: Locator;
  readonly how: Locator;
  /** "Gepubliceerd op …", and whether the ranking is fixed. */
  readonly published: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.items = page.getByTestId('agenda-item');
    this.downloads = page.getByRole('region', { name: 'Downloads' });
    this.how = page.getByRole('region', { name: 'Hoe is deze agenda gemaakt?' });
    this.published = page.getByTestId('agenda-published');
  }

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/r/${slug}/agenda`);
    await expect(this.heading).toBeVisible();
  }

  item(text: string): Locator {
    return this.page.getByRole('article', { name: text });
  }

  /** The "Plaats per groep" table of one item. */
  groupTable(text: string): Locator {
    return this.item(text).getByRole('table', { name: 'Plaats per groep' });
  }

  groupCell(text: string, group: string): Locator {
    return this.groupTable(text)
      .getByRole('row', { name: new RegExp(`^${group}`) })
      .getByRole('cell');
  }
}
