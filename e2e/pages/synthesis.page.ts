import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_ROUND_TITLE, StaffHomePage } from './moderation.page';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The synthesis workbench of a round: clustering, themes and the approved submissions. */
export class WorkbenchPage {
  readonly heading: Locator;
  readonly announcer: Locator;
  readonly problem: Locator;
  readonly listHeading: Locator;
  readonly submissions: Locator;
  readonly activeThemes: Locator;
  readonly suggestedThemes: Locator;
  readonly mergeButton: Locator;
  readonly undoButton: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.announcer = page.getByRole('status');
    this.problem = page.getByRole('alert');
    this.listHeading = page.getByRole('heading', { level: 2, name: /^Bijdragen/ });
    this.submissions = page.getByRole('article');
    this.activeThemes = page.getByRole('list', { name: /^Thema’s/ }).getByRole('group');
    this.suggestedThemes = page.getByRole('list', { name: /^Voorgestelde thema’s/ }).getByRole('group');
    this.mergeButton = page.getByRole('button', { name: /^Samenvoegen \(\d+\)$/ });
    this.undoButton = page.getByRole('button', { name: 'Ongedaan maken' });
    this.dialog = page.getByRole('dialog');
  }

  /** Opens the workbench of the demo round from the staff home page. */
  async openDemo(): Promise<void> {
    const home = new StaffHomePage(this.page);
    await home.goto();
    await home.roundRow(DEMO_ROUND_TITLE).getByRole('link', { name: 'Clusteren', exact: true }).click();
    await expect(this.page).toHaveURL(/\/staff\/w\/[^/]+\/rounds\/[^/]+\/synthesis/);
    await expect(this.heading).toContainText('Clusteren');
    await expect(this.submissions.first()).toBeVisible();
  }

  /** `{ workspaceId, roundId }` from the current URL. */
  ids(): { workspaceId: string; roundId: string } {
    const m = /\/staff\/w\/([^/]+)\/rounds\/([^/?]+)/.exec(this.page.url());
    return { workspaceId: m?.[1] ?? '', roundId: m?.[2] ?? '' };
  }

  /** Starts a clustering run and waits until it reports back. */
  async runSuggestions(k?: number): Promise<void> {
    if (k !== undefined) await this.page.getByLabel('Aantal thema’s (optioneel)').fill(String(k));
    await this.page.getByRole('button', { name: 'Suggesties maken' }).click();
    await expect(this.announcer).toHaveText(/^Suggesties klaar: \d+ voorgestelde thema’s\.$/, {
      timeout: 60_000,
    });
  }

  /** A theme card, found by its name (active or suggested). */
  theme(name: string): Locator {
    return this.page
      .getByRole('region', { name: /^Thema’s \(\d+\)$/ })
      .getByRole('group', { name: new RegExp(`(^|: )${escape(name)}( voorstel)?$`) });
  }

  async themeName(card: Locator): Promise<string> {
    const text = (await card.getByRole('heading', { level: 3 }).textContent()) ?? '';
    return text
      .replace(/^\s*\d+\s*thema \d+:\s*/, '')
      .replace(/\s*voorstel\s*$/, '')
      .trim();
  }

  themeButton(card: Locator, name: RegExp | string): Locator {
    return card.getByRole('button', {
      name: typeof name === 'string' ? new RegExp(`^${escape(name)}`) : name,
    });
  }

  /** Shows only the submissions of this theme (its "Bijdragen tonen" link). */
  async showSubmissionsOf(name: string): Promise<void> {
    await this.theme(name)
      .getByRole('link', { name: /^Bijdragen tonen/ })
      .click();
    await expect(this.listHeading).toContainText(`in thema: ${name}`);
  }

  acceptSuggestion(submission: Locator, theme: string): Locator {
    return submission.getByRole('button', { name: `Voorstel ‘${theme}’ accepteren` });
  }

  removeFrom(submission: Locator, theme: string): Locator {
    return submission.getByRole('button', { name: `Uit thema ‘${theme}’ halen` });
  }

  /** Drags a submission by its handle onto a theme card with the mouse (CDK drag and drop). */
  async drag(submission: Locator, themeName: string): Promise<void> {
    const target = this.theme(themeName);
    await target.scrollIntoViewIfNeeded();
    await submission.scrollIntoViewIfNeeded();
    const handle = submission.getByTitle('Sleep naar een thema');
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('handle or theme not on screen');
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    // Several small steps: CDK starts a drag only after the pointer moved a few pixels.
    await this.page.mouse.move(from.x + 10, from.y + 10, { steps: 5 });
    await this.page.mouse.move(to.x + to.width / 2, to.y + Math.min(40, to.height / 2), { steps: 20 });
    await this.page.mouse.up();
  }
}

/** The research questions list with its "new question" form, and the editor of one question. */
export class ResearchQuestionPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }

  themeCheckbox(theme: string): Locator {
    return this.page
      .getByRole('group', { name: 'Thema’s', exact: true })
      .getByRole('checkbox', { name: new RegExp(`^${escape(theme)} \\(`) });
  }
}

/** The lineage pages: a research question → themes → submissions, and a submission → themes → questions. */
export class LineagePage {
  constructor(readonly page: Page) {}

  themeSection(theme: string): Locator {
    return this.page.getByRole('group', { name: theme, exact: true });
  }

  submissionsIn(theme: string): Locator {
    return this.page.getByRole('list', { name: `Bijdragen in ${theme}` }).getByRole('listitem');
  }
}
