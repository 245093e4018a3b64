import { expect, test, type Page } from '@playwright/test';
import type { ResearchQuestion, Theme, WorkbenchResponse } from '@inbreng/contracts';
import { loginAs } from '../pages/moderation.page';
import { LineagePage, ResearchQuestionPage, WorkbenchPage } from '../pages/synthesis.page';
import { expectNoAxeViolations } from '../support/axe';

const MODERATOR = 'moderator@inbreng.local';

/** Staff API calls from the logged-in page (same session cookie, CSRF token from its cookie). */
async function staffApi(page: Page, method: 'PATCH' | 'POST', path: string, data: object): Promise<unknown> {
  const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const res = await page.request.fetch(path, { method, data, headers: { 'X-XSRF-TOKEN': xsrf } });
  expect(res.ok(), await res.text()).toBe(true);
  return res.json() as Promise<unknown>;
}

test.describe('synthesis workbench', () => {
  test.beforeEach(async ({ page }) => {
    await loginAs(page, MODERATOR);
  });

  test('suggestions, accepting, merge, split, drag to a second theme, a research question and its lineage', async ({
    page,
  }) => {
    // A long flow: a background job and ten axe scans of large pages (each takes several seconds on a busy machine).
    test.setTimeout(240_000);
    const wb = new WorkbenchPage(page);
    await wb.openDemo();
    await expectNoAxeViolations(page);

    // 1. Suggestions: a background run with progress, stored as suggested themes
    await wb.runSuggestions(4);
    await expect(page.getByText(/Laatst gemaakt: .+, \d+ bijdragen, \d+ thema’s\./)).toBeVisible();
    expect(await wb.suggestedThemes.count()).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page);

    const first = await wb.themeName(wb.suggestedThemes.nth(0));
    const second = await wb.themeName(wb.suggestedThemes.nth(1));
    expect(first).not.toEqual(second);
    // before accepting, a suggestion says whose voices it holds, all three groups named (also at 0)
    const firstSuggestion = wb.suggestedThemes.nth(0);
    await expect(firstSuggestion).toContainText(/Voorgesteld, nog niet geaccepteerd: \d+ bijdragen?/);
    await expect(firstSuggestion).toContainText(/jongeren \d+ · ouders \d+ · professionals \d+/);

    // 2. Accept one suggestion of the second theme on one submission, then the whole first theme
    await wb.showSubmissionsOf(second);
    const suggestedSub = wb.submissions.first();
    await wb.acceptSuggestion(suggestedSub, second).click();
    await expect(wb.announcer).toHaveText(`Voorstel ‘${second}’ geaccepteerd.`);
    await expect(wb.removeFrom(suggestedSub, second)).toBeVisible();
    await expect(wb.theme(second)).toContainText('Bijdragen: 1');

    await wb.themeButton(wb.theme(first), 'Thema accepteren').click();
    await expect(wb.announcer).toHaveText(`Thema ‘${first}’ geaccepteerd.`);
    await expect(
      wb.activeThemes.filter({ has: page.getByRole('heading', { name: new RegExp(`: ${first}$`) }) }),
    ).toHaveCount(1);
    // Counts per group and knowledge type are shown as text on the accepted theme
    const firstCard = wb.theme(first);
    await expect(
      firstCard.getByRole('list', { name: 'Aantal per groep' }).getByRole('listitem').first(),
    ).toBeVisible();
    await expect(firstCard.getByRole('list', { name: 'Aantal per soort kennis' })).toContainText(
      /Ervaringskennis|Praktijkkennis|Wetenschappelijke kennis/,
    );
    await wb.themeButton(wb.theme(second), 'Thema accepteren').click();
    await expect(wb.announcer).toHaveText(`Thema ‘${second}’ geaccepteerd.`);
    await expectNoAxeViolations(page);

    // 3. Merge the two accepted themes; the first one stays and remembers the other
    await wb
      .theme(first)
      .getByRole('checkbox', { name: /^Selecteren/ })
      .check();
    await wb
      .theme(second)
      .getByRole('checkbox', { name: /^Selecteren/ })
      .check();
    await expect(wb.mergeButton).toHaveText('Samenvoegen (2)');
    await wb.mergeButton.click();
    await expect(wb.dialog).toBeVisible();
    await wb.dialog.getByRole('radio', { name: new RegExp(`^${first} \\(`) }).check();
    await expectNoAxeViolations(page);
    await wb.dialog.getByRole('button', { name: 'Samenvoegen' }).click();
    await expect(wb.announcer).toHaveText(`2 thema’s samengevoegd in ‘${first}’.`);
    await expect(wb.theme(second)).toHaveCount(0);
    await expect(wb.theme(first)).toContainText(`Samengevoegd met ‘${second}’`);
    await expect(wb.theme(first)).toBeFocused();

    // 4. Split two submissions off into a new theme
    const split = 'Wachttijden (e2e)';
    await wb.themeButton(wb.theme(first), 'Splitsen').click();
    await expect(wb.dialog).toBeVisible();
    await wb.dialog.getByLabel('Naam van het nieuwe thema').fill(split);
    const picks = wb.dialog
      .getByRole('group', { name: 'Bijdragen voor het nieuwe thema' })
      .getByRole('checkbox');
    await expect(picks.nth(2)).toBeVisible();
    await picks.nth(0).check();
    await picks.nth(1).check();
    await expectNoAxeViolations(page);
    await wb.dialog.getByRole('button', { name: 'Splitsen (2)' }).click();
    await expect(wb.announcer).toHaveText(`2 bijdragen van ‘${first}’ naar nieuw thema ‘${split}’.`);
    await expect(wb.theme(split)).toContainText(`Afgesplitst van ‘${first}’`);
    await expect(wb.theme(split)).toContainText('Bijdragen: 2');

    // 5. Drag one of them onto the first theme as well: it is now in two themes
    await wb.showSubmissionsOf(split);
    await expect(wb.submissions).toHaveCount(2);
    const moved = wb.submissions.first();
    await expect(wb.removeFrom(moved, split)).toBeVisible();
    await expect(wb.removeFrom(moved, first)).toHaveCount(0);
    await wb.drag(moved, first);
    await expect(wb.announcer).toHaveText(`Toegewezen aan thema ‘${first}’.`);
    await expect(wb.removeFrom(moved, first)).toBeVisible();
    await expect(wb.removeFrom(moved, split)).toBeVisible();
    await expectNoAxeViolations(page);

    // Undo (Ctrl+Z) takes it out again; the keyboard puts it back (j/k to move, then the theme's number)
    await wb.listHeading.focus();
    await page.keyboard.press('Control+z');
    await expect(wb.announcer).toHaveText('Ongedaan gemaakt: toewijzing.');
    await expect(wb.removeFrom(moved, first)).toHaveCount(0);
    await moved.focus();
    await page.keyboard.press('j');
    await expect(wb.submissions.nth(1)).toBeFocused();
    await page.keyboard.press('k');
    await expect(moved).toBeFocused();
    const number = (await wb.theme(first).getByRole('heading', { level: 3 }).textContent())?.match(
      /thema (\d):/,
    )?.[1];
    expect(number).toBeTruthy();
    await page.keyboard.press(number ?? '1');
    await expect(wb.announcer).toHaveText(`Toegewezen aan thema ‘${first}’.`);
    await expect(wb.removeFrom(moved, first)).toBeVisible();

    // 6. A research question from the first theme
    await wb
      .theme(first)
      .getByRole('checkbox', { name: /^Selecteren/ })
      .check();
    await page.getByRole('link', { name: 'Onderzoeksvraag maken (1)' }).click();
    const rq = new ResearchQuestionPage(page);
    await expect(rq.heading).toContainText('Onderzoeksvragen');
    await expect(rq.themeCheckbox(first)).toBeChecked();
    await expect(rq.themeCheckbox(split)).not.toBeChecked();
    const question = `Wat helpt jongeren en ouders om sneller passende hulp te krijgen? (e2e ${Date.now()})`;
    await rq.field('Onderzoeksvraag').fill(question);
    await rq.field('Voor wie (populatie)').fill('Jongeren van 12 tot 23 en hun ouders in Utrecht');
    await page.getByRole('radio', { name: 'Deels beantwoord' }).check();
    await page.getByRole('button', { name: 'Bron toevoegen' }).click();
    await expect(rq.field('Titel van bron 1')).toBeFocused();
    await rq.field('Titel van bron 1').fill('NJi – Wachttijden in de jeugdhulp');
    await rq.field('Link van bron 1 (optioneel)').fill('https://www.nji.nl/');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Onderzoeksvraag aanmaken' }).click();
    await expect(rq.heading).toHaveText('Onderzoeksvraag');
    await expect(page.getByText('De onderzoeksvraag is aangemaakt.')).toBeVisible();
    await expect(page.getByText(question, { exact: true })).toBeVisible();
    await expect(page.getByText('Deels beantwoord').first()).toBeVisible();
    await expectNoAxeViolations(page);

    // 7. Lineage: question → theme → the (redacted) submissions with their groups → one submission
    await page.getByRole('link', { name: 'Herkomst bekijken' }).click();
    const lineage = new LineagePage(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Herkomst van een onderzoeksvraag');
    await expect(lineage.themeSection(first)).toBeVisible();
    const subs = lineage.submissionsIn(first);
    expect(await subs.count()).toBeGreaterThan(1);
    await expect(subs.first()).toContainText(
      /Jongere|Ouder\/opvoeder|Professional|Beleid|Onderzoek|Onderwijs/,
    );
    await expectNoAxeViolations(page);

    const movedText = (await subs.first().locator('p.text').textContent())?.trim();
    await subs
      .first()
      .getByRole('link', { name: /^Herkomst en gebruik van deze bijdrage/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Herkomst en gebruik van een bijdrage');
    if (movedText) await expect(page.getByText(movedText, { exact: true })).toBeVisible();
    await expect(
      page.getByRole('region', { name: /^Thema’s/ }).getByRole('link', { name: first, exact: true }),
    ).toBeVisible();
    const questions = page.getByRole('region', { name: /^Onderzoeksvragen/ });
    await expect(questions.getByRole('link', { name: question })).toBeVisible();
    await expectNoAxeViolations(page);

    // ...and back from the submission to the question's lineage
    await questions.getByRole('link', { name: question }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Herkomst van een onderzoeksvraag');
  });

  test('a stale edit (another moderator saved first) gets a clear message and fresh data', async ({
    page,
  }) => {
    test.slow(); // the workbench is a large page for the axe scan
    const wb = new WorkbenchPage(page);
    await wb.openDemo();

    // Filters live in the URL; the keyboard help opens with "?"
    await page.getByLabel('Groep', { exact: true }).selectOption({ label: 'Professional' });
    await expect(page).toHaveURL(/group=professional/);
    await expect(wb.submissions.first().getByRole('heading', { level: 3 })).toContainText('Professional');
    await expect(wb.submissions.filter({ hasNotText: 'Professional' })).toHaveCount(0);
    await wb.listHeading.focus();
    await page.keyboard.press('?');
    await expect(wb.dialog).toContainText('Huidige bijdrage toewijzen aan thema 1 tot 9');
    await page.keyboard.press('Escape');
    await expect(wb.dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Sneltoetsen' })).toBeFocused();

    const name = `Schoolverzuim ${Date.now()}`;
    await page.getByRole('button', { name: 'Nieuw thema' }).click();
    await expect(page.getByLabel('Naam van het thema')).toBeFocused();
    await page.getByLabel('Naam van het thema').fill(name);
    await page.getByRole('button', { name: 'Thema aanmaken' }).click();
    await expect(wb.announcer).toHaveText(`Thema ‘${name}’ aangemaakt.`);
    await expect(wb.theme(name)).toBeVisible();

    // Someone else renames it in the meantime (same version the page holds)
    const { workspaceId, roundId } = wb.ids();
    const themes = (await (
      await page.request.get(`/api/staff/workspaces/${workspaceId}/rounds/${roundId}/workbench?pageSize=1`)
    ).json()) as { themes: Theme[] };
    const theme = themes.themes.find((t) => t.name === name);
    expect(theme).toBeTruthy();
    const renamed = `${name} (collega)`;
    await staffApi(
      page,
      'PATCH',
      `/api/staff/workspaces/${workspaceId}/rounds/${roundId}/themes/${theme?.id}`,
      {
        version: theme?.version,
        name: renamed,
      },
    );

    const card = wb.theme(name);
    await wb.themeButton(card, 'Bewerken').click();
    await card.getByLabel('Naam van het thema').fill(`${name} (mijn versie)`);
    await card.getByRole('button', { name: 'Opslaan' }).click();
    await expect(wb.problem).toContainText('de gegevens waren intussen veranderd');
    await expect(wb.problem).toBeFocused();
    await expect(wb.theme(renamed)).toBeVisible(); // reloaded: the colleague's name is shown
    await expectNoAxeViolations(page);

    // A second try on the fresh data works
    await wb.themeButton(wb.theme(renamed), 'Bewerken').click();
    await wb.theme(renamed).getByLabel('Naam van het thema').fill(`${name} (samen)`);
    await wb.theme(renamed).getByRole('button', { name: 'Opslaan' }).click();
    await expect(wb.announcer).toHaveText(`Thema ‘${name} (samen)’ opgeslagen.`);
  });

  test('works on a phone: columns stack and a submission is assigned with the select @phone', async ({
    page,
  }) => {
    test.slow(); // the workbench is a large page for the axe scan
    const wb = new WorkbenchPage(page);
    await wb.openDemo();
    const name = `Vrije tijd ${Date.now()}`;
    await page.getByRole('button', { name: 'Nieuw thema' }).click();
    await page.getByLabel('Naam van het thema').fill(name);
    await page.getByRole('button', { name: 'Thema aanmaken' }).click();
    await expect(wb.announcer).toHaveText(`Thema ‘${name}’ aangemaakt.`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);

    const sub = wb.submissions.first();
    await sub.getByLabel('Toewijzen aan thema').selectOption({ label: name });
    await sub.getByRole('button', { name: 'Toewijzen', exact: true }).click();
    await expect(wb.announcer).toHaveText(`Toegewezen aan thema ‘${name}’.`);
    await expect(wb.removeFrom(sub, name)).toBeVisible();

    // Mark it a duplicate of the next one, and take the mark off again
    await sub.getByRole('button', { name: 'Markeren als dubbel…' }).click();
    await expect(sub.getByLabel('Dubbel van welke bijdrage?')).toBeFocused();
    await sub.getByLabel('Dubbel van welke bijdrage?').selectOption({ index: 1 });
    await sub.getByRole('button', { name: 'Opslaan als dubbel' }).click();
    await expect(wb.announcer).toHaveText('Gemarkeerd als dubbel.');
    await expect(sub).toContainText('Dubbel van:');
    await sub.getByRole('button', { name: 'Toch niet dubbel' }).click();
    await expect(wb.announcer).toHaveText('Markering als dubbel weggehaald.');
    await expect(sub).not.toContainText('Dubbel van:');
  });

  test('research questions: merging and splitting keep their history', async ({ page }) => {
    test.slow();
    const wb = new WorkbenchPage(page);
    await wb.openDemo();
    const { workspaceId, roundId } = wb.ids();
    const base = `/api/staff/workspaces/${workspaceId}/rounds/${roundId}`;
    const bench = (await (
      await page.request.get(`${base}/workbench?pageSize=3`)
    ).json()) as WorkbenchResponse;
    const [s1, s2, s3] = bench.submissions.map((s) => s.id);
    const stamp = Date.now();
    const t1 = (await staffApi(page, 'POST', `${base}/themes`, {
      name: `Jeugdzorg op school ${stamp}`,
      submissionIds: [s1, s2],
    })) as Theme;
    const t2 = (await staffApi(page, 'POST', `${base}/themes`, {
      name: `Wachtlijsten ${stamp}`,
      submissionIds: [s3],
    })) as Theme;
    const q1 = (await staffApi(page, 'POST', `${base}/research-questions`, {
      text: `Hoe kan jeugdhulp op school eerder beginnen? (${stamp})`,
      themeIds: [t1.id],
    })) as ResearchQuestion;
    const q2 = (await staffApi(page, 'POST', `${base}/research-questions`, {
      text: `Wat helpt tegen lange wachtlijsten? (${stamp})`,
      themeIds: [t2.id],
    })) as ResearchQuestion;

    await page.goto(`/staff/w/${workspaceId}/rounds/${roundId}/research-questions/${q1.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Onderzoeksvraag');
    await page.getByRole('group', { name: 'Welke vragen voeg je hierin samen?' }).getByLabel(q2.text).check();
    await page.getByRole('button', { name: 'Samenvoegen (1)' }).click();
    await expect(page.getByRole('status')).toHaveText('Vragen samengevoegd in deze vraag: 1.');
    const history = page.getByRole('region', { name: 'Geschiedenis' });
    await expect(history).toContainText(`Samengevoegd met: ${q2.text}`);
    const rq = new ResearchQuestionPage(page);
    await expect(rq.themeCheckbox(t1.name)).toBeChecked();
    await expect(rq.themeCheckbox(t2.name)).toBeChecked(); // the merged question's theme came along
    await expectNoAxeViolations(page);

    const splitText = `Wat helpt wachtende gezinnen in de tussentijd? (${stamp})`;
    await page.getByLabel('Tekst van de nieuwe vraag').fill(splitText);
    await page.getByRole('group', { name: 'Thema’s voor de nieuwe vraag' }).getByLabel(t2.name).check();
    await page.getByRole('button', { name: 'Afsplitsen' }).click();
    await expect(page.getByText('Afgesplitste vraag:')).toBeVisible();
    await page.getByRole('link', { name: splitText }).click();
    await expect(page.getByText(splitText, { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Geschiedenis' })).toContainText(
      `Afgesplitst van: ${q1.text}`,
    );
    await expect(rq.themeCheckbox(t2.name)).toBeChecked();
    await expect(rq.themeCheckbox(t1.name)).not.toBeChecked();

    // The merged question points to where it went, and can no longer be edited
    await page.goto(`/staff/w/${workspaceId}/rounds/${roundId}/research-questions/${q2.id}`);
    await expect(page.getByText('Deze vraag is samengevoegd in:')).toBeVisible();
    await expect(page.getByRole('link', { name: q1.text })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Wijzigingen opslaan' })).toHaveCount(0);
  });
});
