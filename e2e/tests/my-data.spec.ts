import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { MyDataExport, PublicQuestionnaireSummary, SavedResponse } from '@inbreng/contracts';
import { MyInputPage } from '../pages/my-input.page';
import { QuestionnairePage } from '../pages/questionnaire.page';
import { expectNoAxeViolations } from '../support/axe';
import { tabTo } from '../support/keyboard';
import { noHorizontalScroll, phonePage } from '../support/questionnaire-seed';
import { PublicApi, StaffApi, uniqueSlug } from '../support/staff-api';

const TEXT = 'Ik wil dat de huisarts vaker doorvraagt als je met buikpijn komt.';
const BARRIER = 'Ik wist niet waar ik met mijn vragen over opvoeden terecht kon in de buurt.';

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

  test('a half-answered questionnaire shows as not handed in, continues on another phone, then as handed in @phone', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow(); // two phones, a four-screen questionnaire and four axe scans
    const title = 'Opvoeden in de wijk';
    const list = (await (
      await page.request.get('/api/public/rounds/demo/questionnaires')
    ).json()) as PublicQuestionnaireSummary[];
    const id = list.find((x) => x.title === title)?.id ?? '';
    expect(id).not.toBe('');

    // Phone 1: the first screen of the demo parents' questionnaire, saved at "Volgende".
    const q = new QuestionnairePage(page);
    await page.goto(`/r/demo/vragenlijst/${id}`);
    await page.getByRole('radio', { name: 'ouder of opvoeder' }).check();
    await q.consent.check();
    await q.start.click();
    await q.radio(/^Hoeveel kinderen wonen er bij u thuis/, '2 kinderen').check();
    await q
      .group(/^Hoe oud zijn uw kinderen/)
      .getByRole('checkbox', { name: '4 tot 12 jaar' })
      .check();
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PUT' && r.url().endsWith('/response'),
    );
    await q.next.click();
    expect((await saved).ok()).toBe(true);
    await expect(q.progress).toHaveText('Stap 2 van 4');
    const code = (await page.getByTestId('saved-code').locator('strong').textContent()) ?? '';
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{3}(-[2-9A-HJKMNP-Z]{3}){5}$/);

    // Mijn inbreng: not handed in yet, with a way back in; no answer text on the screen.
    const myInput = new MyInputPage(page);
    await myInput.goto();
    await myInput.lookUp(code);
    await expect(myInput.results).toBeFocused();
    await expect(page.getByRole('heading', { level: 3, name: 'Vragenlijsten' })).toBeVisible();
    await expect(myInput.questionnaires).toHaveCount(1);
    const item = myInput.questionnaire(title);
    await expect(item).toContainText('Nog niet ingeleverd');
    await expect(item).toContainText('Je hebt 2 vragen beantwoord.');
    await expect(item).toContainText('Laatst bewaard op');
    await expect(myInput.continueLink(title)).toHaveAttribute('href', `/r/demo/vragenlijst/${id}`);
    await page.setViewportSize({ width: 360, height: 740 });
    await noHorizontalScroll(page);
    await expectNoAxeViolations(page);

    // Phone 2 has nothing saved: it types the code on Mijn inbreng and follows the link by keyboard.
    const phone = await phonePage(browser, baseURL);
    const other = new MyInputPage(phone);
    await other.goto();
    await other.lookUp(code);
    await tabTo(phone, other.continueLink(title), 60);
    await phone.keyboard.press('Enter');
    await expect(phone).toHaveURL(new RegExp(`/r/demo/vragenlijst/${id}$`));
    const q2 = new QuestionnairePage(phone);
    await expect(q2.restored).toHaveText(/We hebben je antwoorden opgehaald met je code/);
    await phone.getByRole('radio', { name: 'ouder of opvoeder' }).check();
    await q2.consent.check();
    await q2.start.click();
    await expect(q2.radio(/^Hoeveel kinderen wonen er bij u thuis/, '2 kinderen')).toBeChecked();
    await q2.next.click();
    await expect(q2.progress).toHaveText('Stap 2 van 4');
    await q2
      .group(/^Waar maakt u zich als ouder/)
      .getByRole('checkbox', { name: 'Geldzorgen' })
      .check();
    await q2.radio(/^Heeft u het afgelopen jaar hulp/, 'Nee').check();
    await phone.getByLabel('Wat hield u tegen om hulp of advies te vragen?').fill(BARRIER);
    await q2.next.click();
    await expect(q2.progress).toHaveText('Stap 3 van 4');
    await q2.radio(/^Mijn kinderen kunnen veilig buiten spelen/, 'Eens').check();
    for (const row of [
      'Er is genoeg te doen voor kinderen in de buurt.',
      'Ik weet waar ik terecht kan met vragen over opvoeden.',
      'Ik ken andere ouders in de buurt.',
      'School en ouders werken goed samen.',
    ]) {
      await q2.radio(row, 'Eens').check();
    }
    await q2.radio(/^Welk rapportcijfer geeft u uw wijk/, '8').check();
    await q2.next.click();
    await expect(q2.progress).toHaveText('Stap 4 van 4');
    const handedIn = phone.waitForResponse(
      (r) => r.request().method() === 'PUT' && r.url().endsWith('/response'),
    );
    await q2.send.click();
    const responseId = ((await (await handedIn).json()) as SavedResponse).responseId;
    await expect(q2.done).toBeFocused();
    expect(await q2.code()).toBe(code);
    // The team sends the open answer on as input: it becomes a submission with this code.
    const staff = await StaffApi.login(baseURL ?? '');
    expect((await staff.sendToSynthesis(id, 'hulp_drempel', [responseId])).created).toBe(1);
    await staff.dispose();

    // Back on Mijn inbreng (the code is remembered on this phone now): handed in, no link to continue.
    await other.goto();
    await other.submit.click();
    const done = other.questionnaire(title);
    await expect(done).toContainText('Ingeleverd op');
    await expect(done.getByText('Nog niet ingeleverd')).toHaveCount(0);
    // kinderen, leeftijden, zorgen, hulp_gezocht, hulp_drempel, veilig_buiten, stellingen, cijfer_wijk
    await expect(done).toContainText('Je hebt 8 vragen beantwoord.');
    await expect(other.continueLink(title)).toHaveCount(0);
    // The open answer is listed as input above, and a link leads there (focus included).
    await expect(done).toContainText('Ons team heeft 1 antwoord van jou doorgestuurd als inbreng.');
    const sentOn = other.item(BARRIER);
    await expect(sentOn).toHaveCount(1);
    await done.getByRole('link', { name: /^Naar je inbreng: “Ik wist niet waar ik/ }).click();
    await expect(sentOn).toBeFocused();
    await noHorizontalScroll(phone);
    await expectNoAxeViolations(phone);
    await phone.context().close();
  });
});
