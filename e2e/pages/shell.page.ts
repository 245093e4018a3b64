import type { Locator, Page } from '@playwright/test';

/** The frame around every page: skip link, main menu, language switch. */
export class ShellPage {
  readonly skipLink: Locator;
  readonly main: Locator;
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.skipLink = page.locator('a.skip-link');
    this.main = page.locator('main#main');
    this.nav = page.getByRole('navigation');
  }

  languageButton(name: 'Nederlands' | 'English'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  navLink(name: string): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }
}
