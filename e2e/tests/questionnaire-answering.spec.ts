import { expect, test } from '@playwright/test';
import type { SavedResponse, StaffQuestionnaireResponse } from '@inbreng/contracts';
import { loginAs } from '../pages/moderation.page';
import { QuestionnaireBuilderPage } from '../pages/questionnaire-builder.page';
import { QuestionnairePage } from '../pages/questionnaire.page';
import { expectNoAxeViolations } from '../support/axe';
import { tabTo } from '../support/keyboard';
import { noHorizontalScroll, phonePage, seedOpenQuestionnaire } from '../support/questionnaire-seed';

test.describe('answering and editing questionnaires', () => {
  test('answers survive a reload, and the return code resumes them on another phone', async ({
    page,
    browser,
    request,
    baseURL,
  }) => {
    // A small open questionnaire, built through the staff API.
    const { id } = await seedOpenQuestionnaire(request, {
      title: `Even kort (${Date.now()})`,
      introduction: 'Twee stappen.',
      audience: ['parent'],
      definition: {
        sections: [
          {
            key: 's1',
            title: 'Stap een',
            questions: [{ key: 'q1', type: 'short_text', text: 'Hoe heet uw wijk?', required: true }],
          },
          {
            key: 's2',
            title: 'Stap twee',
            questions: [
              {
                key: 'q2',
                type: 'number',
                text: 'Hoeveel kinderen heeft u?',
                required: true,
                min: 1,
                max: 12,
              },
            ],
          },
        ],
      },
    });

    const q = new QuestionnairePage(page);
    await page.goto(`/r/demo/vragenlijst/${id}`);
    await page.getByRole('radio', { name: 'ouder of opvoeder' }).check();
    await q.consent.check();
    await q.start.click();
    await page.getByLabel('Hoe heet uw wijk?').fill('Overvecht');
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PUT' && r.url().endsWith('/response'),
    );
    await q.next.click();
    expect((await saved).ok()).toBe(true);
    await expect(q.progress).toHaveText('Stap 2 van 2');
    await page.getByLabel('Hoeveel kinderen heeft u?').fill('14');
    await page.reload();

    // Nothing is lost on reload: the same screen, the same answers.
    await expect(q.restored).toBeVisible();
    await expect(q.progress).toHaveText('Stap 2 van 2');
    await expect(page.getByLabel('Hoeveel kinderen heeft u?')).toHaveValue('14');
    await q.send.click();
    await expect(page.getByLabel('Hoeveel kinderen heeft u?')).toBeFocused();
    await expect(page.getByText('Vul een getal in van 1 tot en met 12.')).toBeVisible();
    await expect(page.getByLabel('Hoeveel kinderen heeft u?')).toHaveAccessibleDescription(
      /Een getal van 1 tot en met 12\. Vul een getal in van 1 tot en met 12\./,
    );
    await expectNoAxeViolations(page);
    const code = (await page.getByTestId('saved-code').locator('strong').textContent()) ?? '';
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{3}(-[2-9A-HJKMNP-Z]{3}){5}$/);

    // Another phone: the code brings back what was saved at "Volgende".
    const phone = await phonePage(browser, baseURL);
    const other = new QuestionnairePage(phone);
    await phone.goto(`/r/demo/vragenlijst/${id}`);
    await phone.getByText('Eerder begonnen op een ander apparaat? Ga verder met je code').click();
    await phone.getByLabel('Jouw code').fill(code.toLowerCase().replace(/-/g, ' '));
    await phone.getByRole('button', { name: 'Haal mijn antwoorden op' }).click();
    await expect(other.restored).toHaveText(/We hebben je antwoorden opgehaald met je code/);
    await expectNoAxeViolations(phone);
    await phone.getByRole('radio', { name: 'ouder of opvoeder' }).check();
    await other.consent.check();
    await other.start.click();
    await expect(phone.getByLabel('Hoe heet uw wijk?')).toHaveValue('Overvecht');
    await other.next.click();
    await phone.getByLabel('Hoeveel kinderen heeft u?').fill('3');
    await other.send.click();
    await expect(other.done).toBeFocused();
    expect(await other.code()).toBe(code);
    await phone.context().close();

    // Handed in elsewhere: the first phone shows the confirmation once it tries again, not an error.
    await page.getByLabel('Hoeveel kinderen heeft u?').fill('2');
    await q.send.click();
    await expect(q.done).toBeFocused();
    await expect(page.getByTestId('handed-in-before')).toContainText('Je had deze vragenlijst al ingeleverd');
    expect(await q.code()).toBe(code);
    await expectNoAxeViolations(page);
  });

  test('choices with "anders", a matrix, a number and a date are answered by keyboard on a phone, with B1 messages @phone', async ({
    browser,
    request,
    baseURL,
  }) => {
    const seeded = await seedOpenQuestionnaire(request, {
      title: `Alle soorten (${Date.now()})`,
      introduction: 'Een test van alle soorten vragen.',
      audience: ['parent'],
      definition: {
        sections: [
          {
            key: 's1',
            title: 'Keuzes',
            questions: [
              {
                key: 'q1',
                type: 'multiple_choice',
                text: 'Wie heeft u geholpen?',
                required: true,
                options: [
                  { key: 'buurtteam', label: 'Het buurtteam' },
                  { key: 'huisarts', label: 'De huisarts' },
                  { key: 'school', label: 'De school' },
                ],
                allowOther: true,
                maxChoices: 2,
              },
              {
                key: 'q2',
                type: 'matrix',
                text: 'Hoe eens bent u het met deze zinnen?',
                required: true,
                rows: [
                  { key: 'r1', label: 'Ik werd gehoord.' },
                  { key: 'r2', label: 'Het ging snel.' },
                ],
              },
            ],
          },
          {
            key: 's2',
            title: 'Getallen en data',
            intro: 'Nog drie korte vragen.',
            questions: [
              {
                key: 'q3',
                type: 'number',
                text: 'Hoeveel kinderen wonen thuis?',
                required: true,
                min: 1,
                max: 12,
                integer: true,
                unit: 'kinderen',
              },
              {
                key: 'q4',
                type: 'date',
                text: 'Sinds wanneer krijgt u hulp?',
                required: true,
                minDate: '2020-01-01',
                maxDate: '2026-12-31',
              },
              { key: 'q5', type: 'short_text', text: 'In welke plaats woont u?', required: false },
            ],
          },
        ],
      },
    });
    const phone = await phonePage(browser, baseURL);
    const q = new QuestionnairePage(phone);
    await phone.goto(`/r/demo/vragenlijst/${seeded.id}`);
    // Only parents are asked: nothing to choose.
    await expect(phone.getByRole('radio', { name: 'ouder of opvoeder' })).toBeChecked();
    await q.checkByKeyboard(q.consent);
    await q.pressByKeyboard(q.start);
    await expect(q.stepHeading).toBeFocused();
    await expect(q.group('Wie heeft u geholpen?')).toContainText('Kies er hoogstens 2.');

    const helped = q.group('Wie heeft u geholpen?');
    await q.checkByKeyboard(helped.getByRole('checkbox', { name: 'Het buurtteam' }));
    await q.checkByKeyboard(helped.getByRole('checkbox', { name: 'De huisarts' }));
    await q.checkByKeyboard(helped.getByRole('checkbox', { name: 'Anders, namelijk:' }));
    const matrix = q.group('Hoe eens bent u het met deze zinnen?');
    await q.chooseRadioByKeyboard(
      matrix.getByRole('group', { name: 'Ik werd gehoord.' }),
      matrix
        .getByRole('group', { name: 'Ik werd gehoord.' })
        .getByRole('radio', { name: 'Eens', exact: true }),
    );
    await q.pressByKeyboard(q.next);
    await expect(helped.getByRole('checkbox', { name: 'Het buurtteam' })).toBeFocused();
    await expect(helped).toContainText('Je hebt te veel gekozen. Kies er hoogstens 2.');
    await expect(matrix).toContainText('Kies bij elke zin een antwoord.');
    await expect(
      matrix.getByRole('group', { name: 'Het ging snel.' }).getByRole('radio').first(),
    ).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(phone);

    // One too many: untick "De huisarts"; "anders" still needs its text.
    await phone.keyboard.press('Tab');
    await expect(helped.getByRole('checkbox', { name: 'De huisarts' })).toBeFocused();
    await phone.keyboard.press('Space');
    await expect(helped).toContainText('Je koos ‘Anders’. Schrijf op wat je bedoelt.');
    const otherText = helped.getByLabel('Wat bedoel je met anders?');
    await tabTo(phone, otherText);
    await phone.keyboard.type('Een buurvrouw');
    await expect(helped.locator('.field-error')).toHaveCount(0);
    await q.chooseRadioByKeyboard(
      matrix.getByRole('group', { name: 'Het ging snel.' }),
      matrix
        .getByRole('group', { name: 'Het ging snel.' })
        .getByRole('radio', { name: 'Oneens', exact: true }),
    );
    await expect(matrix.locator('.field-error')).toHaveCount(0);
    await noHorizontalScroll(phone);
    await expectNoAxeViolations(phone);
    await q.pressByKeyboard(q.next);

    await expect(q.stepHeading).toHaveText('Getallen en data');
    await expect(q.progress).toHaveText('Stap 2 van 2');
    const children = phone.getByLabel('Hoeveel kinderen wonen thuis?');
    await expect(children).toHaveAccessibleDescription(/Een getal van 1 tot en met 12 kinderen\./);
    await tabTo(phone, children);
    await phone.keyboard.type('2,5');
    const since = phone.getByLabel('Sinds wanneer krijgt u hulp?');
    await tabTo(phone, since);
    // Day and month alike: the date field's order of parts follows the browser's own language.
    await phone.keyboard.type('05052025');
    await expect(since).toHaveValue('2025-05-05');
    await q.pressByKeyboard(q.send);
    await expect(children).toBeFocused();
    await expect(children).toHaveAccessibleDescription(/Vul een heel getal in, zonder komma\./);
    await expectNoAxeViolations(phone);
    await phone.keyboard.press('Backspace');
    await phone.keyboard.press('Backspace');
    await phone.keyboard.press('Backspace');
    await phone.keyboard.type('3');
    await q.pressByKeyboard(q.send);
    await expect(q.done).toBeFocused();
    const code = await q.code();
    await expectNoAxeViolations(phone);
    await phone.context().close();

    // Stored as given, under the shown code.
    const saved = await request.get(`${seeded.publicUrl}/response/${code}`);
    expect(saved.ok(), await saved.text()).toBe(true);
    expect(((await saved.json()) as SavedResponse).answers).toEqual({
      q1: { options: ['buurtteam', 'other'], otherText: 'Een buurvrouw' },
      q2: { r1: 4, r2: 2 },
      q3: 3,
      q4: '2025-05-05',
    });
  });

  test('with responses, removing an option asks for a new version; questions move by drag and drop', async ({
    page,
    request,
  }) => {
    const seeded = await seedOpenQuestionnaire(request, {
      title: `Met antwoorden (${Date.now()})`,
      introduction: '',
      audience: ['parent'],
      definition: {
        sections: [
          {
            key: 's1',
            title: 'Vragen',
            questions: [
              {
                key: 'q1',
                type: 'single_choice',
                text: 'Kreeg u snel hulp?',
                required: true,
                options: [
                  { key: 'ja', label: 'Ja' },
                  { key: 'nee', label: 'Nee' },
                ],
              },
              { key: 'q2', type: 'short_text', text: 'Van wie?', required: false },
              { key: 'q3', type: 'likert', text: 'De hulp was goed.', required: false },
            ],
          },
        ],
      },
    });
    const answered = await request.put(`${seeded.publicUrl}/response`, {
      headers: seeded.headers,
      data: { group: 'parent', consent: true, submit: true, answers: { q1: { option: 'nee' }, q3: 4 } },
    });
    expect(answered.ok(), await answered.text()).toBe(true);

    await loginAs(page, 'moderator@inbreng.local');
    const builder = new QuestionnaireBuilderPage(page);
    await page.goto(`/staff/w/${seeded.workspaceId}/rounds/${seeded.roundId}/questionnaires/${seeded.id}`);
    await expect(page.getByTestId('has-responses')).toContainText('alleen in een nieuwe versie');
    await expect(page.getByTestId('has-responses')).toContainText('(1)');
    await expect(builder.lifecycle).toContainText('versie 1');

    // Drag "De hulp was goed." above "Van wie?" by its handle (collapsed cards are easy to drag).
    await page.getByRole('button', { name: 'Alle vragen inklappen' }).click();
    await expect(builder.question(1).getByRole('button', { name: 'Uitklappen Vraag 1' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await expect(builder.questionHeading(3)).toContainText('De hulp was goed.');
    const handle = builder.question(3).locator('.drag-handle');
    const target = builder.question(2);
    await builder.question(2).scrollIntoViewIfNeeded();
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('no boxes');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
    await page.mouse.move(to.x + 40, to.y + to.height / 3, { steps: 15 });
    await page.mouse.up();
    await expect(builder.questionHeading(2)).toContainText('Stelling (5-puntsschaal)');
    await expect(builder.questionHeading(3)).toContainText('Kort antwoord (tekst)');
    await expect(builder.announcer).toHaveText('De vraag is nu vraag 2, in onderdeel 1.');

    // Removing the option "Nee", which a response used, needs a new version.
    await page.getByRole('button', { name: 'Alle vragen uitklappen' }).click();
    await builder.setOptions(1, ['Ja', 'Nee', 'Weet ik niet']);
    await builder.question(1).getByRole('button', { name: 'Optie 2 verwijderen' }).click();
    await expect(builder.option(1, 2)).toBeFocused();
    await expect(builder.option(1, 2)).toHaveValue('Weet ik niet');
    await expect(builder.announcer).toHaveText('Optie 2 is verwijderd.');
    await builder.save.click();
    const choice = page.getByRole('group', { name: 'Er zijn al antwoorden op deze vragenlijst' });
    await expect(choice).toBeFocused();
    await expect(choice).toContainText('Bij vraag 1 (‘Kreeg u snel hulp?’) verdwijnt de optie ‘Nee’.');
    await expectNoAxeViolations(page);
    await choice.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    await expect(page.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
    await expect(builder.lifecycle).toContainText('versie 2');
    await expect(page.getByTestId('has-responses')).toHaveCount(0);

    // The old response stays with version 1; results can show each version.
    const staff = (await (await request.get(seeded.staffUrl)).json()) as StaffQuestionnaireResponse;
    expect(staff.versions.map((v) => [v.version, v.responseCount])).toEqual([
      [1, 1],
      [2, 0],
    ]);
    expect(staff.definition.sections[0]?.questions.map((x) => x.key)).toEqual(['q1', 'q3', 'q2']);
    await page.getByRole('link', { name: 'Resultaten' }).click();
    await expect(page.getByLabel('Versie', { exact: true })).toBeVisible();
    await page.getByLabel('Versie', { exact: true }).selectOption({ label: 'Versie 2 (0 antwoorden)' });
    await expect(page.getByTestId('respondents')).toHaveText('0 ingevulde vragenlijsten');
    await expectNoAxeViolations(page);
  });
});
