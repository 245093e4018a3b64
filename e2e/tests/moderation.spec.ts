import { expect, test } from '@playwright/test';
import {
  DEMO_ROUND_TITLE,
  DashboardPage,
  ModerationQueuePage,
  StaffHomePage,
  loginAs,
} from '../pages/moderation.page';
import { expectNoAxeViolations } from '../support/axe';

const MODERATOR = 'moderator@inbreng.local';

test.describe('moderation queue', () => {
  test.beforeEach(async ({ page }) => {
    await loginAs(page, MODERATOR);
  });

  test('shows the urgent alert and urgent items first, marked in text @phone', async ({ page }) => {
    const queue = new ModerationQueuePage(page);
    await queue.openDemo();
    await expect(queue.urgentAlert).toBeVisible();
    await expect(queue.urgentAlert).toHaveText(
      /^⚠?\s*\d+ dringende bijdragen? wacht(en)? — bekijk (ze|die) eerst$/,
    );
    const first = queue.items.first();
    await expect(queue.itemTitle(first)).toContainText('Dringend');
    await expect(first).toContainText('Signalen:');
    await expect(first).toContainText(
      /zelfdoding|zelfbeschadiging|mishandeling|huiselijk geweld|acuut gevaar/,
    );
    // Status filter defaults to "to review" and is in the form
    await expect(queue.filter('Status')).toHaveValue('pending');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);

    await queue.shortcutsButton.click();
    await expect(page.getByText('Volgende bijdrage')).toBeVisible();
    await expect(queue.shortcutsButton).toHaveAttribute('aria-expanded', 'true');
    await expectNoAxeViolations(page);
  });

  test('approves with the "a" shortcut, announces it and moves focus to the next item', async ({ page }) => {
    const queue = new ModerationQueuePage(page);
    await queue.openDemo();
    // Urgent items are youth only; professionals' items are ordinary ones to approve.
    await queue.setFilter('Groep', 'Professional', /group=professional/);
    await expect(queue.filter('Groep')).toBeFocused();
    const headingBefore = await queue.listHeading.textContent();

    await queue.listHeading.focus();
    await page.keyboard.press('j');
    const first = queue.items.first();
    await expect(first).toBeFocused();
    const firstId = await first.getAttribute('id');
    const secondId = await queue.items.nth(1).getAttribute('id');

    await page.keyboard.press('a');
    await expect(queue.announcer).toHaveText(/^Bijdrage goedgekeurd\. Nog \d+ in deze lijst\.$/);
    await expect(page.locator(`[id="${firstId}"]`)).toHaveCount(0);
    await expect(page.locator(`[id="${secondId}"]`)).toBeFocused();
    await expect(queue.listHeading).not.toHaveText(headingBefore ?? '');
    await expectNoAxeViolations(page);

    // k goes back up, x selects; typing in a select never triggers a shortcut
    await page.keyboard.press('x');
    await expect(queue.items.first().getByRole('checkbox', { name: /Selecteren/ })).toBeChecked();
    await expect(queue.bulkApprove).toHaveText('Geselecteerde goedkeuren (1)');
    await queue.filter('Soort').focus();
    await page.keyboard.press('a');
    await expect(queue.announcer).toHaveText(/goedgekeurd/); // unchanged: no second approval
    await expect(page.locator(`[id="${secondId}"]`)).toHaveCount(1);
  });

  test('rejects an item with a reason and a note', async ({ page }) => {
    const queue = new ModerationQueuePage(page);
    await queue.openDemo();
    await queue.setFilter('Groep', 'Professional', /group=professional/);
    const item = queue.items.first();
    const text = (await queue.redactedText(item).locator('p').textContent())?.trim() ?? '';
    expect(text.length).toBeGreaterThan(10);

    await queue.itemButton(item, 'Afwijzen').click();
    const form = queue.rejectForm(item);
    await expect(form.getByRole('radio').first()).toBeFocused();
    // Submitting without a reason names the problem
    await form.getByRole('button', { name: 'Afwijzen' }).click();
    await expect(form.getByText('Kies een reden.')).toBeVisible();
    await expectNoAxeViolations(page);

    await form.getByLabel('Kwetsend').check();
    await form.getByLabel('Toelichting (optioneel)').fill('Graag zonder scheldwoorden opnieuw insturen.');
    await form.getByRole('button', { name: 'Afwijzen' }).click();
    await expect(queue.announcer).toHaveText(/^Bijdrage afgewezen\./);
    await expect(queue.items.filter({ hasText: text })).toHaveCount(0);

    await queue.setFilter('Status', 'Afgewezen', /status=rejected/);
    const rejected = queue.items.filter({ hasText: text });
    await expect(rejected).toHaveCount(1);
    await expect(rejected).toContainText(
      'Afgewezen (Kwetsend: Graag zonder scheldwoorden opnieuw insturen.)',
    );
  });

  test('"Toon origineel" shows the original next to the redacted text', async ({ page }) => {
    const queue = new ModerationQueuePage(page);
    await queue.openDemo();
    await queue.setFilter('Signaal', 'Persoonsgegevens', /flag=pii/);
    const item = queue.items.first();
    await expect(item).toContainText('Persoonsgegevens gevonden en weggelakt:');
    await expect(queue.originalText(item)).toHaveCount(0);

    await queue.itemButton(item, 'Toon origineel').click();
    await expect(queue.originalText(item)).toBeVisible();
    const redacted = (await queue.redactedText(item).locator('p').textContent())?.trim();
    const original = (await queue.originalText(item).locator('p').textContent())?.trim();
    expect(original).toBeTruthy();
    expect(original).not.toEqual(redacted);
    await expect(queue.itemButton(item, 'Verberg origineel')).toHaveAttribute('aria-pressed', 'true');

    // Side by side on a wide screen
    const a = await queue.redactedText(item).boundingBox();
    const b = await queue.originalText(item).boundingBox();
    if ((page.viewportSize()?.width ?? 0) >= 800) {
      expect(a && b && Math.abs(a.y - b.y) < 5 && b.x > a.x).toBeTruthy();
    }
    await expectNoAxeViolations(page);

    // "o" hides it again
    await item.focus();
    await page.keyboard.press('o');
    await expect(queue.originalText(item)).toHaveCount(0);
  });

  test('edits the redaction and saves it; the item stays in the queue with the new text', async ({
    page,
  }) => {
    const queue = new ModerationQueuePage(page);
    await queue.openDemo();
    await queue.setFilter('Signaal', 'Persoonsgegevens', /flag=pii/);
    const item = queue.items.first();
    await queue.itemButton(item, 'Redactie aanpassen').click();
    const editor = item.getByLabel('Geredigeerde tekst');
    await expect(editor).toBeFocused();
    const edited = `${await editor.inputValue()} (nagekeken)`;
    await editor.fill(edited);
    await expectNoAxeViolations(page);
    await item.getByRole('button', { name: 'Redactie opslaan' }).click();
    await expect(queue.announcer).toHaveText('Redactie opgeslagen.');
    await expect(queue.redactedText(queue.items.first())).toContainText('(nagekeken)');
  });

  test('bulk approve approves the ordinary items and reports the urgent ones it skipped', async ({
    page,
  }) => {
    const queue = new ModerationQueuePage(page);
    await queue.openDemo();
    const urgent = queue.items.filter({ hasText: 'Dringend' }).first();
    const ordinary = queue.items.filter({ hasNotText: 'Dringend' }).first();
    const ordinaryId = await ordinary.getAttribute('id');
    await urgent.getByRole('checkbox', { name: /Selecteren/ }).check();
    await ordinary.getByRole('checkbox', { name: /Selecteren/ }).check();
    await expect(queue.bulkApprove).toHaveText('Geselecteerde goedkeuren (2)');
    await queue.bulkApprove.click();
    await expect(queue.announcer).toHaveText(
      '1 goedgekeurd. 1 overgeslagen, waarvan 1 dringend: die beoordeel je één voor één.',
    );
    await expect(page.locator(`[id="${ordinaryId}"]`)).toHaveCount(0);
    await expect(queue.items.first()).toContainText('Dringend');
    await expect(queue.urgentAlert).toBeVisible();
  });

  test('a moderator sees no admin-only actions', async ({ page }) => {
    const home = new StaffHomePage(page);
    await home.goto();
    await expect(home.rowLink(DEMO_ROUND_TITLE, 'Moderatie')).toBeVisible();
    await expect(home.rowLink(DEMO_ROUND_TITLE, 'Dashboard')).toBeVisible();
    await expect(home.rowLink(DEMO_ROUND_TITLE, 'Bewerken')).toHaveCount(0);
    await expect(home.newRoundLink).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Even on the round page itself: status only, no lifecycle buttons, no settings form
    const moderationHref = await home.rowLink(DEMO_ROUND_TITLE, 'Moderatie').getAttribute('href');
    await page.goto(moderationHref?.replace(/\/moderation$/, '') ?? '/staff');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_ROUND_TITLE);
    await expect(page.getByText('Alleen beheerders kunnen rondes aanmaken')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sluiten' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Wijzigingen opslaan' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('round dashboard', () => {
  test('shows counts per group and the under-represented groups', async ({ page }) => {
    await loginAs(page, MODERATOR);
    const home = new StaffHomePage(page);
    await home.goto();
    await home.rowLink(DEMO_ROUND_TITLE, 'Dashboard').click();
    const dashboard = new DashboardPage(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Dashboard');
    await expect(dashboard.underRepresented).toContainText('Weinig inbreng van:');
    await expect(dashboard.underRepresented).toContainText('onderzoek');

    const youth = Number(await dashboard.countOf('Per groep', /^Jongere/).textContent());
    const research = Number(await dashboard.countOf('Per groep', /^Onderzoek/).textContent());
    expect(youth).toBeGreaterThan(research);
    expect(research).toBeGreaterThan(0);
    await expect(dashboard.table('Per groep').getByRole('row', { name: /Onderzoek/ })).toContainText(
      'weinig inbreng',
    );
    await expect(dashboard.table('Per leefgebied')).toBeVisible();
    await expect(dashboard.table('Per wijk').getByRole('rowheader', { name: 'Overvecht' })).toBeVisible();
    await expect(page.getByText('Deelnemers', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
