import { expect, type Locator, type Page } from '@playwright/test';
import { tabTo } from '../support/keyboard';

/** `/r/:slug`: the participant's round page (Dutch texts). */
export class RoundPage {
  readonly heading: Locator;
  readonly form: Locator;
  readonly youngConsent: Locator;
  readonly consent: Locator;
  readonly text: Locator;
  readonly counter: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;
  readonly helpPanel: Locator;
  readonly confirmation: Locator;
  readonly returnCode: Locator;
  readonly copyButton: Locator;
  readonly addMoreButton: Locator;
  readonly myInputLink: Locator;
  readonly restoredNotice: Locator;
  readonly wijk: Locator;
  readonly accessCode: Locator;
  readonly quoteConsent: Locator;
  readonly returning: Locator;
  readonly fixedWho: Locator;
  readonly forgetButton: Locator;
  readonly forgetQuestion: Locator;
  readonly forgetYes: Locator;
  readonly forgetNo: Locator;
  readonly forgotten: Locator;
  readonly announcer: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.form = page.locator('main form');
    this.youngConsent = page.getByTestId('consent-young');
    this.consent = page.getByRole('checkbox', { name: 'Ik snap het en doe mee' });
    this.text = page.getByRole('textbox', { name: 'Schrijf het hier op' });
    this.counter = page.getByTestId('counter');
    this.submit = page.getByRole('button', { name: 'Versturen' });
    this.errorSummary = page.getByRole('group', { name: 'Nog niet alles is goed' });
    this.helpPanel = page.getByRole('region', { name: 'Praat erover. Je staat er niet alleen voor.' });
    this.confirmation = page.getByRole('region', { name: 'Dank je wel! We hebben je inbreng ontvangen.' });
    this.returnCode = page.getByTestId('return-code');
    this.copyButton = page.getByRole('button', { name: 'Kopieer code' });
    this.addMoreButton = page.getByRole('button', { name: 'Nog iets toevoegen' });
    this.myInputLink = this.confirmation.getByRole('link', { name: 'Naar Mijn inbreng' });
    this.restoredNotice = page.getByTestId('restored');
    this.wijk = page.getByRole('combobox', { name: /Over welke wijk gaat het/ });
    this.accessCode = page.getByRole('textbox', { name: 'Toegangscode' });
    this.quoteConsent = page.getByRole('checkbox', {
      name: /^Mijn tekst mag \(zonder naam\) als citaat op de website komen/,
    });
    this.returning = page.getByTestId('returning');
    this.fixedWho = page.getByTestId('fixed-who');
    this.forgetButton = page.getByRole('button', { name: 'Vergeet mijn code op dit apparaat' });
    this.forgetQuestion = page.getByRole('group', { name: 'Wil je dat dit apparaat je code vergeet?' });
    this.forgetYes = this.forgetQuestion.getByRole('button', { name: 'Ja, vergeet mijn code' });
    this.forgetNo = this.forgetQuestion.getByRole('button', { name: 'Nee, bewaar mijn code' });
    this.forgotten = page.getByTestId('forgotten');
    this.announcer = page.getByTestId('announcer');
  }

  async goto(slug = 'demo'): Promise<void> {
    await this.page.goto(`/r/${slug}`);
    await expect(this.heading).toBeVisible();
    // A new participant chooses who they are; a returning one sees it (once the API has said so).
    await expect(this.radio('jongere').or(this.fixedWho)).toBeVisible();
  }

  radio(name: string): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  kind(name: 'Een vraag' | 'Een ervaring' | 'Een idee'): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${name}`) });
  }

  domain(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }

  /** The code exactly as shown (K7M-3Q9-…). */
  async code(): Promise<string> {
    const code = await this.returnCode.getAttribute('data-code');
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{3}(-[2-9A-HJKMNP-Z]{3}){5}$/);
    return code ?? '';
  }

  /** Fills the whole form with the mouse/pointer API (fast path for tests that are not about keyboard use). */
  async fill(opts: {
    group?: string;
    age?: string;
    kind?: 'Een vraag' | 'Een ervaring' | 'Een idee';
    text: string;
    domains?: string[];
  }): Promise<void> {
    await this.radio(opts.group ?? 'jongere').check();
    if (opts.age) await this.radio(opts.age).check();
    await this.consent.check();
    await this.kind(opts.kind ?? 'Een ervaring').check();
    await this.text.fill(opts.text);
    for (const d of opts.domains ?? ['school en werk']) await this.domain(d).check();
  }

  // --- keyboard only -------------------------------------------------------------------------

  /** Tabs into a radio group (lands on its first option) and moves with the arrow keys to `target`. */
  async chooseRadioByKeyboard(first: Locator, target: Locator): Promise<void> {
    await tabTo(this.page, first);
    if (await target.evaluate((el) => el === document.activeElement)) {
      await this.page.keyboard.press('Space');
    }
    for (let i = 0; i < 10 && !(await target.isChecked()); i++) {
      await this.page.keyboard.press('ArrowDown');
    }
    await expect(target).toBeChecked();
    await expect(target).toBeFocused();
  }

  async checkByKeyboard(box: Locator): Promise<void> {
    await tabTo(this.page, box);
    await this.page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }

  async typeByKeyboard(field: Locator, text: string): Promise<void> {
    await tabTo(this.page, field);
    await this.page.keyboard.type(text);
  }

  async submitByKeyboard(): Promise<void> {
    await tabTo(this.page, this.submit);
    await this.page.keyboard.press('Enter');
  }
}
