import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/login.page';
import { ShellPage } from '../pages/shell.page';
import { expectNoAxeViolations } from '../support/axe';

test.describe('staff login', () => {
  test('the staff area sends visitors to the login page', async ({ page }) => {
    await page.goto('/staff');
    await expect(page).toHaveURL(/\/login\?next=%2Fstaff/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');
    await expectNoAxeViolations(page);
  });

  test('a wrong password shows a clear error and keeps the visitor out', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.loginByKeyboard('moderator@inbreng.local', 'verkeerd-wachtwoord');
    await expect(login.alert).toHaveText('Het e-mailadres of wachtwoord klopt niet.');
    await expect(page).toHaveURL(/\/login/);
    await expectNoAxeViolations(page);
  });

  test('an empty form names what is missing', async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.submit.click();
    await expect(login.alert).toBeVisible();
    await expect(login.email).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Vul een geldig e-mailadres in.')).toBeVisible();
  });

  test('the demo moderator logs in by keyboard, sees the staff area, and logs out @phone', async ({
    page,
  }) => {
    const login = new LoginPage(page);
    const shell = new ShellPage(page);
    await login.goto();
    await login.loginByKeyboard('moderator@inbreng.local', 'inbreng-demo');
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByText('Welkom, Demo moderator.')).toBeVisible();
    await expect(
      page.getByRole('cell', { name: 'Wat moet er beter aan de hulp voor jongeren en gezinnen in Utrecht?' }),
    ).toBeVisible();
    await expect(page.getByText('Moderator', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    await shell.navLink('Uitloggen').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Je bent uitgelogd.')).toBeVisible();
    await page.goto('/staff');
    await expect(page).toHaveURL(/\/login/);
  });
});
