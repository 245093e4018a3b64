import type { Locator, Page } from '@playwright/test';

/** The results page of a questionnaire: filters, exports and one card per question. */
export class QuestionnaireResultsPage {
  readonly heading: Locator;
  readonly respondents: Locator;
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.respondents = page.getByTestId('respondents');
    this.cards = page.locator('section.result-card');
  }

  /** The card of the question with this (1-based) number. */
  card(n: number): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^Vraag ${n}:`) });
  }

  /** The figures table of a card (opened first: it sits in a disclosure). */
  async table(n: number): Promise<Locator> {
    const card = this.card(n);
    const details = card.locator('details');
    if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) {
      await card.locator('summary').click();
    }
    return card.getByRole('table');
  }

  filter(label: 'Groep' | 'Leeftijd' | 'Wijk' | 'Versie'): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  exportLink(name: 'Excel (XLSX)' | 'CSV' | 'Samenvatting (PDF)'): Locator {
    return this.page.getByRole('link', { name, exact: true });
  }
}
