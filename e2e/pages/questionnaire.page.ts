import { expect, type Locator, type Page } from '@playwright/test';
import { tabInto, tabTo } from '../support/keyboard';

/** A questionnaire as a participant answers it: the start screen, one section per screen, the thanks. */
export class QuestionnairePage {
  readonly heading: Locator;
  readonly progress: Locator;
  readonly stepHeading: Locator;
  readonly next: Locator;
  readonly back: Locator;
  readonly send: Locator;
  readonly consent: Locator;
  readonly start: Locator;
  readonly done: Locator;
  readonly returnCode: Locator;
  readonly restored: Locator;
  readonly helpPanel: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.progress = page.locator('#q-progress');
    this.stepHeading = page.locator('#q-step-heading');
    this.next = page.getByRole('button', { name: 'Volgende' });
    this.back = page.getByRole('button', { name: 'Vorige' });
    this.send = page.getByRole('button', { name: 'Versturen' });
    this.consent = page.getByRole('checkbox', { name: 'Ik snap het en doe mee' });
    this.start = page.getByRole('button', {
      name: /^(Begin met de vragenlijst|Ga verder met de vragenlijst)$/,
    });
    this.done = page.getByTestId('q-done');
    this.returnCode = page.getByTestId('return-code');
    this.restored = page.getByTestId('restored');
    this.helpPanel = page.getByRole('region', { name: /Praat erover/ });
  }

  /** A question as a group (choice, scale, ranking, matrix): its fieldset, by the legend's text. */
  group(text: string | RegExp): Locator {
    return this.page.getByRole('group', { name: text });
  }

  radio(group: string | RegExp, name: string): Locator {
    return this.group(group).getByRole('radio', { name, exact: true });
  }

  async code(): Promise<string> {
    const code = await this.returnCode.getAttribute('data-code');
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{3}(-[2-9A-HJKMNP-Z]{3}){5}$/);
    return code ?? '';
  }

  // --- keyboard only -------------------------------------------------------------------------

  /** Tabs into a radio group (it lands on the checked or first option) and arrows to `target`. */
  async chooseRadioByKeyboard(group: Locator, target: Locator): Promise<void> {
    await tabInto(this.page, group);
    if (await target.evaluate((el) => el === document.activeElement)) {
      await this.page.keyboard.press('Space');
    }
    for (let i = 0; i < 12 && !(await target.isChecked()); i++) {
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

  async pressByKeyboard(button: Locator): Promise<void> {
    await tabTo(this.page, button);
    await this.page.keyboard.press('Enter');
  }
}
