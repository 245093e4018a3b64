import { expect, type Locator, type Page } from '@playwright/test';
import { LoginPage } from './login.page';

export const DEMO_ROUND_TITLE = 'Wat moet er beter aan de hulp voor jongeren en gezinnen in Utrecht?';
export const DEMO_PASSWORD = 'inbreng-demo';

/** Logs in through the form and waits for the staff home page. */
export async function loginAs(page: Page, email: string): Promise<void> {
  const login = new LoginPage(page);
  await login.goto();
  await login.loginByKeyboard(email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/staff$/);
}

/** The staff home page: the rounds table of the workspace. */
export class StaffHomePage {
  constructor(readonly page: Page) {}

  get newRoundLink(): Locator {
    return this.page.getByRole('link', { name: 'Nieuwe ronde' });
  }

  roundRow(title: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: title, exact: true }) });
  }

  rowLink(title: string, name: 'Moderatie' | 'Dashboard' | 'Vragenlijsten' | 'Bewerken'): Locator {
    return this.roundRow(title).getByRole('link', { name, exact: true });
  }

  async goto(): Promise<void> {
    await this.page.goto('/staff');
    await expect(this.roundRow(DEMO_ROUND_TITLE)).toBeVisible();
  }
}

/** The moderation queue of one round. */
export class ModerationQueuePage {
  readonly heading: Locator;
  readonly listHeading: Locator;
  readonly urgentAlert: Locator;
  readonly announcer: Locator;
  readonly items: Locator;
  readonly shortcutsButton: Locator;
  readonly bulkApprove: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.listHeading = page.getByRole('heading', { level: 2, name: /^Bijdragen/ });
    this.urgentAlert = page.getByText(/dringende bijdragen? wacht(en)? — bekijk/);
    this.announcer = page.getByRole('status');
    this.items = page.getByRole('article');
    this.shortcutsButton = page.getByRole('button', { name: 'Sneltoetsen' });
    this.bulkApprove = page.getByRole('button', { name: /^Geselecteerde goedkeuren/ });
  }

  /** Opens the queue of the demo round from the staff home page. */
  async openDemo(): Promise<void> {
    const home = new StaffHomePage(this.page);
    await home.goto();
    await home.rowLink(DEMO_ROUND_TITLE, 'Moderatie').click();
    await expect(this.page).toHaveURL(/\/staff\/w\/[^/]+\/rounds\/[^/]+\/moderation/);
    await expect(this.listHeading).toBeVisible();
    await expect(this.items.first()).toBeVisible();
  }

  filter(label: 'Status' | 'Groep' | 'Soort' | 'Signaal' | 'Leefgebied'): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Picks a filter value and waits until the URL (and so the list) reflects it. */
  async setFilter(
    label: 'Status' | 'Groep' | 'Soort' | 'Signaal' | 'Leefgebied',
    option: string,
    param: RegExp,
  ): Promise<void> {
    const loaded = this.page.waitForResponse(
      (r) => r.request().method() === 'GET' && r.url().includes('/submissions?') && param.test(r.url()),
    );
    await this.filter(label).focus();
    await this.filter(label).selectOption({ label: option });
    await expect(this.page).toHaveURL(param);
    // the old list stays on screen while the new one loads: wait for the filtered answer and its rendering
    await loaded;
    await expect(this.page.locator('ol.queue[aria-busy="true"]')).toHaveCount(0);
    await expect(this.listHeading).toBeVisible();
  }

  itemTitle(item: Locator): Locator {
    return item.getByRole('heading', { level: 3 });
  }

  itemButton(item: Locator, name: string): Locator {
    return item.getByRole('button', { name, exact: true });
  }

  rejectForm(item: Locator): Locator {
    return item.locator('form');
  }

  redactedText(item: Locator): Locator {
    return item.getByRole('group', { name: /Tekst zoals anderen die zien/ });
  }

  originalText(item: Locator): Locator {
    return item.getByRole('group', { name: 'Origineel (alleen voor moderatoren)' });
  }
}

/** The dashboard of one round. */
export class DashboardPage {
  readonly underRepresented: Locator;

  constructor(readonly page: Page) {
    this.underRepresented = page.getByRole('region', { name: /Ondervertegenwoordigd/ });
  }

  table(caption: string): Locator {
    return this.page.getByRole('table', { name: caption });
  }

  /** The count cell of a row, found by the row header. */
  countOf(caption: string, rowHeader: string | RegExp): Locator {
    return this.table(caption).getByRole('row', { name: rowHeader }).getByRole('cell').first();
  }
}
