import { expect, type Locator, type Page } from '@playwright/test';
import { tabTo } from '../support/keyboard';

/** `/r/:slug/prioriteren`: a participant picks and ranks research questions (Dutch texts). */
export class BallotPage {
  readonly heading: Locator;
  readonly stepCount: Locator;
  readonly consent: Locator;
  readonly next: Locator;
  readonly back: Locator;
  readonly send: Locator;
  readonly counter: Locator;
  readonly rankItems: Locator;
  readonly reviewTop: Locator;
  readonly reviewOthers: Locator;
  readonly done: Locator;
  readonly returnCode: Locator;
  readonly errorSummary: Locator;
  readonly announcer: Locator;
  readonly resumed: Locator;
  readonly replaced: Locator;
  readonly codeGroupNote: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Kies wat het belangrijkst is' });
    this.stepCount = page.getByTestId('step-count');
    this.consent = page.getByRole('checkbox', { name: 'Ik snap het en doe mee' });
    this.next = page.getByRole('button', { name: 'Verder' });
    this.back = page.getByRole('button', { name: 'Terug' });
    this.send = page.getByRole('button', { name: 'Keuze versturen' });
    this.counter = page.getByTestId('pick-counter');
    this.rankItems = page.getByTestId('rank-item');
    this.reviewTop = page.getByTestId('review-top');
    this.reviewOthers = page.getByTestId('review-others');
    this.done = page.getByRole('region', { name: 'Dank je wel! We hebben je keuze ontvangen.' });
    this.returnCode = page.getByTestId('return-code');
    this.errorSummary = page.getByRole('group', { name: 'Nog niet alles is goed' });
    this.announcer = page.getByTestId('announcer');
    this.resumed = page.getByTestId('ballot-resumed');
    this.replaced = page.getByTestId('ballot-replaced');
    this.codeGroupNote = page.getByTestId('ballot-code-group');
  }

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/r/${slug}/prioriteren`);
    await expect(this.heading).toBeVisible();
  }

  stepHeading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 2, name });
  }

  radio(name: string): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  pick(text: string): Locator {
    return this.page.getByRole('checkbox', { name: text });
  }

  rankItem(text: string): Locator {
    return this.rankItems.filter({ hasText: text });
  }

  up(text: string): Locator {
    return this.rankItem(text).getByRole('button', { name: 'Omhoog' });
  }

  down(text: string): Locator {
    return this.rankItem(text).getByRole('button', { name: 'Omlaag' });
  }

  /** The texts of the rank list, top first. */
  async order(): Promise<string[]> {
    return this.rankItems
      .locator('.rank-text')
      .allTextContents()
      .then((t) => t.map((s) => s.trim()));
  }

  async code(): Promise<string> {
    const code = await this.returnCode.getAttribute('data-code');
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{3}(-[2-9A-HJKMNP-Z]{3}){5}$/);
    return code ?? '';
  }

  /** Fast path (pointer) through "who": group, optional age band, consent, next. */
  async who(group: string, age?: string): Promise<void> {
    await this.radio(group).check();
    if (age) await this.radio(age).check();
    await this.consent.check();
    await this.next.click();
  }

  // --- keyboard only -------------------------------------------------------------------------

  async checkByKeyboard(box: Locator): Promise<void> {
    await tabTo(this.page, box, 60);
    await this.page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }

  async pressByKeyboard(button: Locator): Promise<void> {
    await tabTo(this.page, button, 60);
    await this.page.keyboard.press('Enter');
  }
}
