import { expect, type Locator, type Page } from '@playwright/test';

/** The staff questionnaire list of a round and the builder. */
export class QuestionnaireBuilderPage {
  readonly heading: Locator;
  readonly title: Locator;
  readonly introduction: Locator;
  readonly minGroupSize: Locator;
  readonly save: Locator;
  readonly errorSummary: Locator;
  readonly status: Locator;
  readonly lifecycle: Locator;
  readonly announcer: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.title = page.getByLabel('Titel', { exact: true });
    this.introduction = page.getByLabel('Introductie', { exact: true });
    this.minGroupSize = page.getByLabel('Kleinste groep in de resultaten');
    this.save = page.getByRole('button', { name: /^(Opslaan als concept|Wijzigingen opslaan)$/ });
    this.errorSummary = page.getByRole('group', {
      name: /Niet alles is goed ingevuld|Opslaan is niet gelukt/,
    });
    this.lifecycle = page.getByRole('region', { name: 'Status' });
    this.status = page.getByTestId('questionnaire-status');
    this.announcer = page.getByTestId('qb-announcer');
    this.preview = page.getByRole('region', { name: 'Voorbeeld' });
  }

  audience(name: string): Locator {
    return this.page
      .getByRole('group', { name: 'Voor wie is de vragenlijst?' })
      .getByLabel(name, { exact: true });
  }

  section(n: number): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^Onderdeel ${n}\\b`) });
  }

  question(n: number): Locator {
    return this.page.getByRole('article', { name: new RegExp(`^Vraag ${n}\\b`) });
  }

  /** The heading of a question card: "Vraag n", its type and key (and its text when collapsed). */
  questionHeading(n: number): Locator {
    return this.question(n).getByRole('heading', { level: 3 });
  }

  sectionTitle(n: number): Locator {
    return this.section(n).getByLabel('Titel van het onderdeel');
  }

  /** Adds a question of a type (its Dutch label) to a section and fills its text. */
  async addQuestion(section: number, type: string, text: string): Promise<Locator> {
    const s = this.section(section);
    await s.getByLabel('Soort vraag', { exact: true }).last().selectOption({ label: type });
    await s.getByRole('button', { name: `Vraag toevoegen aan onderdeel ${section}` }).click();
    const field = this.page.locator(':focus');
    await expect(field).toHaveAccessibleName('Vraag');
    await field.fill(text);
    return field;
  }

  option(question: number, n: number): Locator {
    return this.question(question).getByRole('textbox', { name: `Optie ${n}`, exact: true });
  }

  async setOptions(question: number, labels: string[]): Promise<void> {
    const q = this.question(question);
    for (let i = 0; i < labels.length; i++) {
      if ((await this.option(question, i + 1).count()) === 0) {
        await q.getByRole('button', { name: 'Optie toevoegen' }).click();
      }
      await this.option(question, i + 1).fill(labels[i] ?? '');
    }
  }

  required(question: number): Locator {
    return this.question(question).getByLabel('Deelnemers moeten deze vraag beantwoorden');
  }

  /** Shows question `question` only when question `source` has answer `answer`. */
  async setCondition(question: number, source: RegExp, answer: string): Promise<void> {
    const q = this.question(question);
    await q.getByLabel('Deze vraag alleen tonen als een eerder antwoord past').check();
    await q
      .getByLabel('Eerdere vraag')
      .selectOption({ label: await this.optionLabel(q.getByLabel('Eerdere vraag'), source) });
    await q.getByLabel('Het antwoord is').selectOption({ label: answer });
  }

  private async optionLabel(select: Locator, pattern: RegExp): Promise<string> {
    const labels = await select.locator('option').allTextContents();
    const hit = labels.map((l) => l.trim()).find((l) => pattern.test(l));
    expect(hit, `an option matching ${pattern} in ${labels.join(' | ')}`).toBeTruthy();
    return hit ?? '';
  }

  /** Asks for a status change and confirms it. */
  async transition(action: string, confirm: string): Promise<void> {
    await this.lifecycle.getByRole('button', { name: action, exact: true }).click();
    const yes = this.lifecycle.getByRole('button', { name: confirm, exact: true });
    await expect(yes).toBeVisible();
    await yes.click();
  }
}
