import { expect, test, type APIRequestContext } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { Answers, PublicQuestionnaireResponse, Question, SaveResponseRequest } from '@inbreng/contracts';
import { DEMO_ROUND_TITLE, StaffHomePage, loginAs } from '../pages/moderation.page';
import { QuestionnaireBuilderPage } from '../pages/questionnaire-builder.page';
import { QuestionnairePage } from '../pages/questionnaire.page';
import { QuestionnaireResultsPage } from '../pages/questionnaire-results.page';
import { expectNoAxeViolations } from '../support/axe';
import { tabTo } from '../support/keyboard';
import { noHorizontalScroll, phonePage } from '../support/questionnaire-seed';

const Q1 = 'Heeft uw kind het afgelopen jaar hulp gehad?';
const Q2 = 'Welk cijfer geeft u de hulp?';
const Q3 = 'Ik wist waar ik terecht kon voor hulp.';
const Q4 = 'Zet in volgorde wat u het belangrijkst vindt.';
const Q5 = 'Wat wilt u ons nog meegeven?';
const RANKING = ['Snel hulp', 'Dichtbij huis', 'Steeds dezelfde hulpverlener'];
const PARENT_TEXT = 'Fijn dat we als ouders gehoord worden. Het wachten duurde wel lang.';

/** Keys of questions and options by their texts, from the public definition (the builder chose them). */
function keysOf(def: PublicQuestionnaireResponse['definition']) {
  const questions = def.sections.flatMap((s) => s.questions);
  const question = (text: string): Question => {
    const q = questions.find((x) => x.text === text);
    if (!q) throw new Error(`no question "${text}"`);
    return q;
  };
  const option = (text: string, label: string): string => {
    const q = question(text);
    const o = 'options' in q ? q.options.find((x) => x.label === label) : undefined;
    if (!o) throw new Error(`no option "${label}" in "${text}"`);
    return o.key;
  };
  return { question: (text: string) => question(text).key, option };
}

/** Four earlier parents (and one who had no help), handed in through the public API. */
async function seedResponses(
  api: APIRequestContext,
  url: string,
  def: PublicQuestionnaireResponse,
): Promise<void> {
  const k = keysOf(def.definition);
  const [snel = '', dichtbij = '', steeds = ''] = RANKING.map((l) => k.option(Q4, l));
  const parents: {
    hulp: 'Ja' | 'Nee';
    cijfer?: number;
    likert: number;
    order: string[];
    text: string;
    wijk?: string;
  }[] = [
    {
      hulp: 'Ja',
      cijfer: 6,
      likert: 2,
      order: [snel, dichtbij, steeds],
      text: 'Meer uitleg over de wachttijd graag.',
      wijk: 'overvecht',
    },
    {
      hulp: 'Nee',
      likert: 3,
      order: [dichtbij, snel, steeds],
      text: 'Wij hadden geen hulp nodig.',
      wijk: 'overvecht',
    },
    {
      hulp: 'Ja',
      cijfer: 9,
      likert: 5,
      order: [snel, steeds, dichtbij],
      text: 'Goede hulp van het buurtteam.',
    },
    {
      hulp: 'Ja',
      cijfer: 7,
      likert: 4,
      order: [steeds, snel, dichtbij],
      text: 'School en wijkteam werkten goed samen.',
    },
    {
      hulp: 'Ja',
      cijfer: 5,
      likert: 3,
      order: [dichtbij, steeds, snel],
      text: 'Graag een vaste contactpersoon.',
    },
  ];
  for (const p of parents) {
    const answers: Answers = {
      [k.question(Q1)]: { option: k.option(Q1, p.hulp) },
      [k.question(Q3)]: p.likert,
      [k.question(Q4)]: p.order,
      [k.question(Q5)]: p.text,
      ...(p.cijfer !== undefined ? { [k.question(Q2)]: p.cijfer } : {}),
    };
    const body: SaveResponseRequest = {
      group: 'parent',
      consent: true,
      answers,
      submit: true,
      ...(p.wijk ? { wijk: p.wijk } : {}),
    };
    const res = await api.put(url, { data: body });
    expect(res.ok(), await res.text()).toBe(true);
  }
}

test.describe('questionnaires', () => {
  test('a moderator builds a questionnaire with a condition, a parent answers it by keyboard on a phone, the moderator sees the charts and the XLSX @phone', async ({
    page,
    browser,
    request,
    baseURL,
  }) => {
    test.slow(); // three people's work with an axe scan of every state
    test.setTimeout(240_000);
    const title = `Ouders over de hulp (${Date.now()})`;
    const builder = new QuestionnaireBuilderPage(page);

    // ---- 1. The moderator builds it ----
    await loginAs(page, 'moderator@inbreng.local');
    const home = new StaffHomePage(page);
    await home.goto();
    await home.rowLink(DEMO_ROUND_TITLE, 'Vragenlijsten').click();
    await expect(builder.heading).toContainText('Vragenlijsten');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Nieuwe vragenlijst' }).click();
    await expect(builder.heading).toHaveText('Nieuwe vragenlijst');

    await builder.title.fill(title);
    await builder.introduction.fill('Vijf korte vragen over de hulp voor uw kind. Het kost drie minuten.');
    await builder.audience('Ouder/opvoeder').check();
    await builder.sectionTitle(1).fill('Over de hulp');
    await builder.addQuestion(1, 'Eén keuze', Q1);
    await builder.setOptions(1, ['Ja', 'Nee']);
    await builder.required(1).check();
    await builder.addQuestion(1, 'Cijfer van 0 tot 10', Q2);
    await builder.required(2).check();
    await builder.question(2).getByLabel('Tekst bij 0').fill('heel slecht');
    await builder.question(2).getByLabel('Tekst bij 10').fill('heel goed');
    await builder.setCondition(2, /^Vraag 1: Heeft uw kind/, 'Ja');
    await expectNoAxeViolations(page);

    // A condition can only point back: moved above its question, the save names the problem.
    await builder.question(2).getByRole('button', { name: 'Vraag 2 omhoog' }).click();
    await expect(builder.questionHeading(1)).toContainText('Cijfer van 0 tot 10');
    await expect(builder.announcer).toHaveText(/De vraag is nu vraag 1, in onderdeel 1\./);
    await expect(page.getByRole('button', { name: 'Vraag 1 omlaag' })).toBeFocused();
    await builder.save.click();
    await expect(builder.errorSummary).toBeFocused();
    await expect(builder.errorSummary).toContainText(
      'Vraag 1: Deze voorwaarde wijst naar een vraag die later komt.',
    );
    await expect(page).toHaveURL(/\/questionnaires\/new$/); // nothing was sent
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Vraag 1 omlaag' }).press('Enter');
    await expect(builder.questionHeading(2)).toContainText('Cijfer van 0 tot 10');
    await expect(builder.errorSummary).toHaveCount(0);

    await page.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
    await expect(builder.sectionTitle(2)).toBeFocused();
    await builder.sectionTitle(2).fill('Wat vindt u belangrijk?');
    await builder.addQuestion(2, 'Stelling (5-puntsschaal)', Q3);
    await builder.required(3).check();
    await builder.addQuestion(2, 'Volgorde (rangschikken)', Q4);
    await builder.setOptions(4, RANKING);
    await builder.addQuestion(2, 'Lang antwoord (tekst)', Q5);
    // Duplicate a question, then remove the copy again.
    await builder.question(5).getByRole('button', { name: 'Kopiëren Vraag 5' }).click();
    await expect(builder.question(6)).toBeVisible();
    await expect(builder.question(6).getByLabel('Vraag', { exact: true })).toHaveValue(Q5);
    await expect(builder.announcer).toHaveText('Vraag 5 is gekopieerd. De kopie is vraag 6.');
    // Removing asks first, naming the question; "Nee" keeps it and puts focus back on the button.
    const removeButton = builder.question(6).getByRole('button', { name: 'Verwijderen Vraag 6' });
    await removeButton.click();
    const confirm = builder
      .question(6)
      .getByRole('group', { name: `Wilt u vraag 6 ‘${Q5}’ echt verwijderen?` });
    // Focus goes to the question asked (the paragraph naming it), so a screen reader reads it first.
    await expect(
      confirm.locator('p').filter({ hasText: `Wilt u vraag 6 ‘${Q5}’ echt verwijderen?` }),
    ).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(confirm.getByRole('button', { name: 'Nee', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(confirm).toHaveCount(0);
    await expect(removeButton).toBeFocused();
    await expect(builder.question(6)).toBeVisible();
    await page.keyboard.press('Enter');
    await confirm.getByRole('button', { name: 'Ja, verwijder vraag 6' }).click();
    await expect(builder.question(6)).toHaveCount(0);
    await expect(builder.announcer).toHaveText('Vraag 6 is verwijderd.');
    // A section too: an empty third one, kept with Escape, then removed.
    await page.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
    await expect(builder.sectionTitle(3)).toBeFocused();
    const removeSection = builder.section(3).getByRole('button', { name: 'Verwijderen Onderdeel 3' });
    await removeSection.click();
    const sectionConfirm = builder
      .section(3)
      .getByRole('group', { name: 'Wilt u onderdeel 3 echt verwijderen?' });
    await expect(sectionConfirm.locator('p').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(sectionConfirm).toHaveCount(0);
    await expect(removeSection).toBeFocused();
    await removeSection.click();
    await sectionConfirm.getByRole('button', { name: 'Ja, verwijder onderdeel 3' }).click();
    await expect(builder.section(3)).toHaveCount(0);
    await expect(builder.announcer).toHaveText('Onderdeel 3 is verwijderd.');
    await expectNoAxeViolations(page);

    // Preview as a respondent: the condition works there too.
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await expect(builder.preview.getByText('Stap 1 van 2')).toBeVisible();
    await expect(builder.preview.getByRole('group', { name: Q2 })).toHaveCount(0);
    await builder.preview.getByRole('group', { name: Q1 }).getByLabel('Ja', { exact: true }).check();
    await expect(builder.preview.getByRole('group', { name: Q2 })).toBeVisible();
    await expectNoAxeViolations(page);
    await builder.preview.getByRole('group', { name: Q1 }).getByLabel('Nee', { exact: true }).check();
    await expect(builder.preview.getByRole('group', { name: Q2 })).toHaveCount(0);

    await builder.save.click();
    await expect(page).toHaveURL(/\/questionnaires\/[0-9a-f-]{36}\?created=1$/);
    await expect(page.getByText('De vragenlijst is opgeslagen als concept.')).toBeVisible();
    await expect(builder.status).toHaveText('Concept');
    await builder.transition('Openen', 'Ja, openen');
    await expect(builder.status).toHaveText('Open');
    await expectNoAxeViolations(page);
    const questionnaireId = /questionnaires\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    const resultsUrl = page.url().replace(/\?.*$/, '') + '/results';

    // Five earlier parents answered through the API (the parent below makes six).
    const publicUrl = `/api/public/rounds/demo/questionnaires/${questionnaireId}`;
    const def = (await (await request.get(publicUrl)).json()) as PublicQuestionnaireResponse;
    expect(def.acceptingResponses).toBe(true);
    await seedResponses(request, `${publicUrl}/response`, def);

    // ---- 2. A parent answers it on a phone, by keyboard only ----
    const phone = await phonePage(browser, baseURL);
    const q = new QuestionnairePage(phone);
    await phone.goto('/r/demo');
    const link = phone.getByTestId('round-questionnaires').getByRole('link', { name: title });
    await tabTo(phone, link, 60);
    await phone.keyboard.press('Enter');
    await expect(q.heading).toHaveText(title);
    await expect(phone.getByText('Er zijn 5 vragen.')).toBeVisible();
    await expectNoAxeViolations(phone);

    await q.chooseRadioByKeyboard(
      phone.getByRole('group', { name: 'Ik doe mee als:' }),
      phone.getByRole('radio', { name: 'ouder of opvoeder' }),
    );
    await q.checkByKeyboard(q.consent);
    await q.pressByKeyboard(q.start);
    await expect(q.stepHeading).toBeFocused();
    await expect(q.stepHeading).toHaveText('Over de hulp');
    await expect(q.progress).toHaveText('Stap 1 van 2');
    await expect(q.group(Q2)).toHaveCount(0);
    await expectNoAxeViolations(phone);

    // Next without an answer: an inline B1 message, focus on the first answer.
    await q.pressByKeyboard(q.next);
    await expect(q.radio(Q1, 'Ja')).toBeFocused();
    await expect(q.group(Q1)).toContainText('Kies een antwoord.');
    await expect(q.radio(Q1, 'Ja')).toHaveAttribute('aria-invalid', 'true');
    await expect(q.group(Q1)).toHaveAccessibleDescription(/Kies een antwoord\./);
    await expectNoAxeViolations(phone);

    // "Ja" shows the rating (the condition); chosen with the arrow keys.
    await phone.keyboard.press('Space');
    await expect(q.radio(Q1, 'Ja')).toBeChecked();
    await expect(q.group(Q1)).not.toContainText('Kies een antwoord.');
    await expect(q.group(Q2)).toBeVisible();
    await expect(q.group(Q2)).toContainText('0 = heel slecht, 10 = heel goed');
    await q.chooseRadioByKeyboard(q.group(Q2), q.radio(Q2, '8'));
    await noHorizontalScroll(phone);
    await expectNoAxeViolations(phone);
    await q.pressByKeyboard(q.next);

    await expect(q.stepHeading).toBeFocused();
    await expect(q.stepHeading).toHaveText('Wat vindt u belangrijk?');
    await expect(q.progress).toHaveText('Stap 2 van 2');
    await q.chooseRadioByKeyboard(q.group(Q3), q.radio(Q3, 'Eens'));
    // Ranking by keyboard: "Steeds dezelfde hulpverlener" two places up.
    const up = phone.getByRole('button', { name: 'Steeds dezelfde hulpverlener hoger zetten (nu plek 3)' });
    await tabTo(phone, up);
    await phone.keyboard.press('Enter');
    await expect(
      phone.getByRole('button', { name: 'Steeds dezelfde hulpverlener hoger zetten (nu plek 2)' }),
    ).toBeFocused();
    await phone.keyboard.press('Enter');
    await expect(q.group(Q4).getByRole('listitem')).toHaveText([
      /Steeds dezelfde hulpverlener/,
      /Snel hulp/,
      /Dichtbij huis/,
    ]);
    await expect(q.group(Q4).locator('[aria-live]')).toHaveText(
      'Steeds dezelfde hulpverlener staat nu op plek 1 van 3.',
    );
    const text = phone.getByLabel(Q5);
    await tabTo(phone, text);
    await phone.keyboard.type(PARENT_TEXT);
    await expect(q.helpPanel).toHaveCount(0);
    await noHorizontalScroll(phone);
    await expectNoAxeViolations(phone);

    await q.pressByKeyboard(q.send);
    await expect(q.done).toBeFocused();
    await expect(q.done).toContainText('Dank je wel! We hebben je antwoorden ontvangen.');
    const code = await q.code();
    expect(code).toMatch(/-/);
    await phone.setViewportSize({ width: 360, height: 740 });
    await noHorizontalScroll(phone);
    await expectNoAxeViolations(phone);
    await phone.context().close();

    // ---- 3. The moderator sees the charts and downloads the XLSX ----
    const results = new QuestionnaireResultsPage(page);
    await page.goto(resultsUrl);
    await expect(results.respondents).toHaveText('6 ingevulde vragenlijsten');
    await expect(results.card(1).getByTestId('result-n')).toHaveText('n = 6');
    await expect(results.card(1).locator('canvas')).toBeVisible();
    const choices = await results.table(1);
    await expect(choices.getByRole('row', { name: /^Ja/ })).toContainText('5');
    await expect(choices.getByRole('row', { name: /^Nee/ })).toContainText('1');
    // The rating is asked only after "Ja": five answers, mean and median shown
    await expect(results.card(2).getByTestId('result-n')).toHaveText('n = 5');
    await expect(results.card(2)).toContainText('Gemiddelde: 7');
    await expect(results.card(2)).toContainText('Mediaan: 7');
    await expect(results.card(3).getByTestId('result-n')).toHaveText('n = 6');
    await expect(results.card(3).getByRole('listitem').filter({ hasText: 'Helemaal eens' })).toBeVisible();
    const likert = await results.table(3);
    await expect(likert.getByRole('row').nth(1)).toContainText('2 (33%)'); // "eens": the parent and one more
    await expect(results.card(4).locator('canvas')).toBeVisible();
    // Open answers are listed (six: enough to show) and can be searched.
    await expect(results.card(5)).toContainText(PARENT_TEXT);
    await expect(results.card(5)).toContainText('Graag een vaste contactpersoon.');
    await results.card(5).getByLabel('Zoek in de antwoorden').fill('wachten');
    await expect(results.card(5).getByTestId('open-found')).toHaveText('1 van de 6 antwoorden');
    await expect(results.card(5)).not.toContainText('Graag een vaste contactpersoon.');
    await expectNoAxeViolations(page);

    // Small numbers are hidden: two parents in Overvecht are too few.
    await results.filter('Wijk').selectOption({ label: 'Overvecht' });
    await expect(page).toHaveURL(/wijk=overvecht/);
    await expect(page.getByTestId('all-suppressed')).toBeVisible();
    await expect(results.card(1).getByTestId('suppressed')).toBeVisible();
    await expect(page.getByTestId('export-blocked')).toBeVisible();
    await expect(results.exportLink('Excel (XLSX)')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(results.respondents).toHaveText('6 ingevulde vragenlijsten');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      results.exportLink('Excel (XLSX)').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('Antwoorden');
    if (!sheet) throw new Error('no sheet Antwoorden');
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const rows =
      sheet
        .getRows(2, sheet.rowCount - 1)
        ?.map((r) => Object.fromEntries(header.map((h, i) => [h, r.getCell(i + 1).value]))) ?? [];
    expect(rows).toHaveLength(6);
    const k = keysOf(def.definition);
    const mine = rows.find((r) => r[k.question(Q5)] === PARENT_TEXT);
    expect(mine, 'the parent’s row').toBeDefined();
    expect(mine?.['group']).toBe('parent');
    expect(mine?.[k.question(Q1)]).toBe(k.option(Q1, 'Ja'));
    expect(mine?.[k.question(Q2)]).toBe(8);
    expect(mine?.[k.question(Q3)]).toBe(4);
    expect(mine?.[`${k.question(Q4)}.${k.option(Q4, 'Steeds dezelfde hulpverlener')}`]).toBe(1);
    expect(mine?.[`${k.question(Q4)}.${k.option(Q4, 'Snel hulp')}`]).toBe(2);
    expect(mine?.[`${k.question(Q4)}.${k.option(Q4, 'Dichtbij huis')}`]).toBe(3);
    // Across all six: the figures match what the charts show.
    expect(rows.filter((r) => r[k.question(Q1)] === k.option(Q1, 'Ja'))).toHaveLength(5);
    const ratings = rows.map((r) => r[k.question(Q2)]).filter((v): v is number => typeof v === 'number');
    expect(ratings.sort()).toEqual([5, 6, 7, 8, 9]);
    expect(rows.filter((r) => r[k.question(Q2)] === null)).toHaveLength(1); // "Nee" never saw it
    expect(workbook.getWorksheet('Codeboek')).toBeDefined();

    // The other two links give a CSV with the same six rows and a PDF summary.
    const csv = await page.request.get((await results.exportLink('CSV').getAttribute('href')) ?? '');
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect((await csv.text()).trim().split('\n')).toHaveLength(7);
    const pdf = await page.request.get(
      (await results.exportLink('Samenvatting (PDF)').getAttribute('href')) ?? '',
    );
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
