import type { Locator, Page } from '@playwright/test';
import { tabTo } from '../support/keyboard';

/** `/mijn-inbreng`: a participant looks up their input with the return code. */
export class MyInputPage {
  readonly heading: Locator;
  readonly code: Locator;
  readonly submit: Locator;
  readonly items: Locator;
  readonly results: Locator;
  readonly helpPanel: Locator;
  readonly download: Locator;
  readonly deleteButton: Locator;
  readonly dialog: Locator;
  readonly deleted: Locator;
  readonly forgetButton: Locator;
  readonly forgetQuestion: Locator;
  readonly forgetYes: Locator;
  readonly forgotten: Locator;
  readonly status: Locator;
  /** "Vragenlijsten": one item per questionnaire answered with the code. */
  readonly questionnaires: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Mijn inbreng' });
    this.code = page.getByRole('textbox', { name: 'Jouw code' });
    this.submit = page.getByRole('button', { name: 'Bekijk mijn inbreng' });
    this.items = page.getByTestId('my-submission');
    this.results = page.getByRole('heading', { level: 2, name: /^Jouw inbreng bij:/ });
    this.helpPanel = page.getByRole('region', { name: 'Praat erover. Je staat er niet alleen voor.' });
    this.download = page.getByRole('button', { name: 'Download mijn gegevens' });
    this.deleteButton = page.getByRole('button', { name: 'Verwijder mijn gegevens' });
    this.dialog = page.getByRole('dialog', { name: 'Weet je het zeker?' });
    this.deleted = page.getByRole('heading', { level: 2, name: 'Je gegevens zijn verwijderd' });
    this.forgetButton = page.getByRole('button', { name: 'Vergeet mijn code op dit apparaat' });
    this.forgetQuestion = page.getByRole('group', { name: 'Wil je dat dit apparaat je code vergeet?' });
    this.forgetYes = this.forgetQuestion.getByRole('button', { name: 'Ja, vergeet mijn code' });
    this.forgotten = page.getByTestId('forgotten');
    this.status = page.getByTestId('my-input-status');
    this.questionnaires = page.getByTestId('my-questionnaire');
  }

  async goto(): Promise<void> {
    await this.page.goto('/mijn-inbreng');
  }

  item(text: string | RegExp): Locator {
    return this.items.filter({ hasText: text });
  }

  questionnaire(title: string): Locator {
    return this.questionnaires.filter({ has: this.page.getByRole('heading', { level: 4, name: title }) });
  }

  /** The link back into an unfinished questionnaire (its title is part of the link's name). */
  continueLink(title: string): Locator {
    return this.questionnaire(title).getByRole('link', { name: `Verder met invullen (${title})` });
  }

  /** What became of one submission: its themes, research questions and their places. */
  trace(item: Locator): Locator {
    return item.getByTestId('my-trace');
  }

  async lookUp(code: string): Promise<void> {
    await this.code.fill(code);
    await this.submit.click();
  }

  async lookUpByKeyboard(): Promise<void> {
    await tabTo(this.page, this.submit);
    await this.page.keyboard.press('Enter');
  }
}
