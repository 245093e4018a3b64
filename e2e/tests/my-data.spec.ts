import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { MyDataExport } from '@inbreng/contracts';
import { MyInputPage } from '../pages/my-input.page';
import { expectNoAxeViolations } from '../support/axe';
import { PublicApi, StaffApi, uniqueSlug } from '../support/staff-api';

const TEXT = 'Ik wil dat de huisarts vaker doorvraagt als je met buikpijn komt.';

test.describe('own data on Mijn inbreng', () => {
  test('a participant downloads their data, then deletes it after confirming @phone', async ({
    page,
    baseURL,
  }) => {
    const base = baseURL ?? '';
    const staff = await StaffApi.login(base);
    const pub = await PublicApi.create(base);
    const slug = uniqueSlug('mijndata');
    await staff.createOpenRound({ slug, title: `Mijn gegevens ${slug}` });
    const { returnCode } = await pub.submit(slug, { group: 'youth', ageBand: '18-23', text: TEXT });
    await page.goto('/');
    await page.evaluate(
      ([s, c]) => {
        localStorage.setItem(`inbreng.returnCode.${s}`, c);
        localStorage.setItem('inbreng.returnCode.last', c);
      },
      [slug, returnCode] as const,
    );

    const myInput = new MyInputPage(page);
    await myInput.goto();
    await myInput.submit.click();
    await expect(myInput.item(TEXT)).toHaveCount(1);

    // Download: a JSON file with their own text; the code never appears in the address bar.
    const download = page.waitForEvent('download');
    await myInput.download.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`mijn-inbreng-${slug}.json`);
    const data = JSON.parse(await readFile((await file.path()) ?? '', 'utf8')) as MyDataExport;
    expect(data.round.slug).toBe(slug);
    expect(data.submissions.map((s) => s.originalText)).toEqual([TEXT]);
    await expect(page.getByText('Je gegevens zijn gedownload.')).toBeVisible();
    expect(page.url()).not.toContain(returnCode.replace(/-/g, ''));

    // Delete: asks first; "no" goes back to the button and changes nothing.
    await myInput.deleteButton.click();
    await expect(myInput.dialog).toBeVisible();
    await expect(myInput.dialog.getByRole('heading', { name: 'Weet je het zeker?' })).toBeFocused();
    await expect(myInput.dialog).toContainText('Dit kun je niet ongedaan maken.');
    await expectNoAxeViolations(page);
    await myInput.dialog.getByRole('button', { name: 'Nee, terug' }).click();
    await expect(myInput.dialog).toBeHidden();
    await expect(myInput.deleteButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(myInput.dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(myInput.deleteButton).toBeFocused();

    await myInput.deleteButton.click();
    await myInput.dialog.getByRole('button', { name: 'Ja, verwijder alles' }).click();
    await expect(myInput.deleted).toBeFocused();
    await expect(page.getByTestId('my-data-deleted')).toContainText('Verwijderd: bijdragen (1)');
    await expect(myInput.code).toHaveValue('');
    expect(await page.evaluate((s) => localStorage.getItem(`inbreng.returnCode.${s}`), slug)).toBeNull();
    await expectNoAxeViolations(page);

    // The code is gone everywhere.
    await myInput.lookUp(returnCode);
    await expect(
      page.getByText('We kennen deze code niet. Kijk of je hem goed hebt overgenomen.'),
    ).toBeVisible();
    const trace = await page.request.get(`/api/public/my-input/${returnCode}/trace`);
    expect(trace.status()).toBe(404);
    await staff.dispose();
    await pub.dispose();
  });
});
