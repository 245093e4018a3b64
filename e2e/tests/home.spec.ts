import { expect, test } from '@playwright/test';
import { ShellPage } from '../pages/shell.page';
import { expectNoAxeViolations } from '../support/axe';
import { tabTo } from '../support/keyboard';

test.describe('public home page', () => {
  test('is Dutch by default, lists the open demo round and passes axe @phone', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Praat mee over hulp voor jongeren en gezinnen',
    );
    await expect(page.getByRole('heading', { name: 'Kenniswerkplaats Jeugd Utrecht Stad' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Wat moet er beter aan de hulp voor jongeren en gezinnen in Utrecht?' }),
    ).toBeVisible();
    await expect(page).toHaveTitle(/Start · Inbreng/);
    await expectNoAxeViolations(page);
  });

  test('switches to English and back by keyboard, and remembers the choice', async ({ page }) => {
    const shell = new ShellPage(page);
    await page.goto('/');
    await tabTo(page, shell.languageButton('English'));
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Have your say about help for young people and families',
    );
    await expect(shell.languageButton('English')).toHaveAttribute('aria-pressed', 'true');
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Have your say/);

    await shell.languageButton('Nederlands').focus();
    await page.keyboard.press('Space');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Praat mee/);
  });

  test('the skip link is the first Tab stop and moves focus to the content', async ({ page }) => {
    const shell = new ShellPage(page);
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(shell.skipLink).toBeFocused();
    await expect(shell.skipLink).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(shell.main).toBeFocused();
  });

  test('has no horizontal scrolling at 360 px wide @phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });

  test('opens a workspace page from the home page by keyboard', async ({ page }) => {
    await page.goto('/');
    const link = page.getByRole('link', { name: 'Kenniswerkplaats Jeugd Utrecht Stad' });
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/w\/kjus$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kenniswerkplaats Jeugd Utrecht Stad');
    await expectNoAxeViolations(page);
  });

  test('shows a helpful Dutch page for unknown addresses', async ({ page }) => {
    await page.goto('/bestaat-niet');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
    await expectNoAxeViolations(page);
  });
});
