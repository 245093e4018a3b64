import { expect, test, type Browser, type Page } from '@playwright/test';
import { AgendaPage } from '../pages/agenda.page';
import { BallotPage } from '../pages/ballot.page';
import { ModerationQueuePage, loginAs } from '../pages/moderation.page';
import { MyInputPage } from '../pages/my-input.page';
import { RoundPage } from '../pages/round.page';
import { expectNoAxeViolations } from '../support/axe';
import { tabTo } from '../support/keyboard';
import { PublicApi, StaffApi, uniqueSlug } from '../support/staff-api';

const EXPERIENCE =
  'Mijn mentor merkte niet dat het thuis slecht ging. Ik had gewild dat iemand op school het vroeg.';
const RQ_SCHOOL = 'Hoe kunnen scholen eerder zien dat het thuis niet goed gaat met een jongere?';
const RQ_WAIT = 'Wat helpt gezinnen om de wachttijd voor jeugdhulp door te komen?';
const RQ_TOGETHER = 'Hoe werken school en buurtteam beter samen rond één gezin?';

/** A staff browser at desktop size, whatever project runs the test (the young person's part is on the phone). */
async function staffPage(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'nl-NL',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await loginAs(page, email);
  return page;
}

test('full cycle: a young person submits, moderators synthesise, groups vote, the agenda shows where it went @phone', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const base = baseURL ?? '';
  const admin = await StaffApi.login(base);
  const pub = await PublicApi.create(base);
  const slug = uniqueSlug('cyclus');
  const title = `Hulp op school en thuis ${slug}`;
  const round = await admin.createOpenRound({ slug, title });

  // --- 1. A young person submits on their phone, by keyboard, and keeps the return code ------------------------
  const youth = new RoundPage(page);
  await youth.goto(slug);
  await expectNoAxeViolations(page);
  await youth.chooseRadioByKeyboard(youth.radio('jongere'), youth.radio('jongere'));
  await youth.chooseRadioByKeyboard(youth.radio('12 tot en met 15 jaar'), youth.radio('16 of 17 jaar'));
  await youth.checkByKeyboard(youth.consent);
  await youth.chooseRadioByKeyboard(youth.kind('Een vraag'), youth.kind('Een ervaring'));
  await youth.typeByKeyboard(youth.text, EXPERIENCE);
  await youth.checkByKeyboard(youth.domain('school en werk'));
  await youth.checkByKeyboard(youth.quoteConsent);
  await expectNoAxeViolations(page);
  await youth.submitByKeyboard();
  await expect(youth.confirmation).toBeFocused();
  const code = await youth.code();
  await expectNoAxeViolations(page);

  // Others took part too (through the API: this test follows the young person).
  await pub.submit(slug, {
    group: 'parent',
    text: 'We wachtten maanden op hulp en hoorden niets van de school.',
  });
  await pub.submit(slug, {
    group: 'professional',
    text: 'Als buurtteam horen we pas van school als het al helemaal mis is.',
  });

  // --- 2. A moderator approves it in the moderation queue -----------------------------------------------------------
  const moderator = await staffPage(browser, base, 'moderator@inbreng.local');
  await moderator.goto(`/staff/w/${admin.workspaceId}/rounds/${round.id}/moderation`);
  const queue = new ModerationQueuePage(moderator);
  await expect(queue.listHeading).toBeVisible();
  const item = queue.items.filter({ hasText: 'Mijn mentor merkte niet' });
  await queue.itemButton(item, 'Goedkeuren').click();
  await expect(item).toHaveCount(0);
  await expectNoAxeViolations(moderator);
  const others = await admin.approveAll(round.id);
  expect(others).toHaveLength(2);

  // --- 3. ... clusters the input into themes and writes research questions (seeded through the API) ------------------
  await admin.transition(round.id, 'closed');
  await admin.transition(round.id, 'synthesis');
  const subs = (await admin.workbench(round.id)).submissions;
  expect(subs).toHaveLength(3); // the young person's, approved in the queue, and the other two
  const youthId = subs.find((s) => s.group === 'youth')?.id ?? '';
  const parentId = subs.find((s) => s.group === 'parent')?.id ?? '';
  const proId = subs.find((s) => s.group === 'professional')?.id ?? '';
  const school = await admin.createTheme(round.id, 'Signalen op school', [youthId, proId]);
  const waiting = await admin.createTheme(round.id, 'Wachten op hulp', [parentId]);
  const rqSchool = await admin.createResearchQuestion(round.id, RQ_SCHOOL, [school.id]);
  await admin.createResearchQuestion(round.id, RQ_WAIT, [waiting.id]);
  const rqTogether = await admin.createResearchQuestion(round.id, RQ_TOGETHER, [school.id, waiting.id]);

  // --- 4. The moderator starts prioritisation on the prioritisation page ---------------------------------------------
  await moderator.goto(`/staff/w/${admin.workspaceId}/rounds/${round.id}/prioritisation`);
  await expect(moderator.getByRole('heading', { level: 1 })).toHaveText(`Prioriteren: ${title}`);
  for (const q of [RQ_SCHOOL, RQ_WAIT, RQ_TOGETHER]) {
    await expect(
      moderator.getByRole('checkbox', { name: new RegExp(q.replace(/\?/g, '\\?')) }),
    ).toBeChecked();
  }
  await moderator.getByLabel('Waarschuwen onder dit aantal stemmen per groep').fill('2');
  await expectNoAxeViolations(moderator);
  await moderator.getByRole('button', { name: 'Prioriteren starten' }).click();
  await expect(moderator.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(moderator.getByText('Prioriteren is gestart. Deelnemers kunnen nu stemmen.')).toBeVisible();
  await expect(
    moderator.getByRole('table', { name: 'Uitslag: gecombineerde plaats en plaats per groep' }),
  ).toBeVisible();
  await expectNoAxeViolations(moderator);

  // --- 5. Youth, parents and professionals each vote -----------------------------------------------------------------
  // The young person, on the phone, by keyboard, with the code this device kept.
  await page.goto(`/r/${slug}`);
  const toBallot = page.getByRole('link', { name: 'Kies de belangrijkste vragen' });
  await expect(toBallot).toBeVisible(); // the round has loaded (axe would otherwise scan the loading state)
  await expectNoAxeViolations(page);
  await tabTo(page, toBallot);
  await page.keyboard.press('Enter');
  const ballot = new BallotPage(page);
  await expect(ballot.heading).toBeVisible();
  await expect(page.getByTestId('ballot-code')).toContainText(code);
  await expect(ballot.codeGroupNote).toBeVisible();
  await expectNoAxeViolations(page);
  await ballot.checkByKeyboard(ballot.consent);
  await ballot.pressByKeyboard(ballot.next);
  await ballot.checkByKeyboard(ballot.pick(RQ_WAIT));
  await ballot.checkByKeyboard(ballot.pick(RQ_SCHOOL));
  await expect(ballot.counter).toHaveText('2 van 3 gekozen');
  await expectNoAxeViolations(page);
  await ballot.pressByKeyboard(ballot.next);
  await ballot.pressByKeyboard(ballot.up(RQ_SCHOOL));
  await expect.poll(() => ballot.order()).toEqual([RQ_SCHOOL, RQ_WAIT]);
  await expectNoAxeViolations(page);
  await ballot.pressByKeyboard(ballot.next);
  await expect(ballot.reviewTop.getByRole('listitem')).toHaveText([RQ_SCHOOL, RQ_WAIT]);
  await expectNoAxeViolations(page);
  await ballot.pressByKeyboard(ballot.send);
  await expect(ballot.done).toBeVisible();
  await expect.poll(() => ballot.code()).toBe(code); // one code for everything this young person did
  await expectNoAxeViolations(page);

  // A parent, on their own device, with the pointer.
  const parentContext = await browser.newContext({ baseURL: base, locale: 'nl-NL' });
  const parent = new BallotPage(await parentContext.newPage());
  await parent.goto(slug);
  await parent.who('ouder of opvoeder');
  await parent.pick(RQ_SCHOOL).check();
  await parent.pick(RQ_WAIT).check();
  await parent.next.click();
  await parent.next.click();
  await parent.send.click();
  await expect(parent.done).toBeVisible();
  await parentContext.close();

  // A professional (through the API).
  await pub.ballot(slug, {
    group: 'professional',
    picks: [rqTogether.id, rqSchool.id],
    ranking: [rqTogether.id, rqSchool.id],
  });

  // --- 6. Moderators read the results per group, write a rationale, and publish --------------------------------------
  await moderator.getByRole('button', { name: 'Uitslag vernieuwen' }).click();
  const results = moderator.getByRole('table', { name: 'Uitslag: gecombineerde plaats en plaats per groep' });
  await expect(results.getByRole('columnheader', { name: /jongeren/ })).toContainText('n = 1');
  await expect(results.getByRole('columnheader', { name: /ouders en opvoeders/ })).toContainText('n = 1');
  await expect(results.getByRole('columnheader', { name: /professionals/ })).toContainText('n = 1');
  const schoolRow = results.getByRole('row', { name: new RegExp(RQ_SCHOOL.replace(/\?/g, '\\?')) });
  await expect(schoolRow.getByTestId('combined-rank')).toHaveText('1');
  await expect(moderator.getByTestId('low-response')).toContainText('jongeren: 1 stem');
  await expect(moderator.getByRole('table', { name: /Overeenstemming tussen groepen/ })).toBeVisible();
  const rationale = moderator.getByRole('textbox', { name: new RegExp(RQ_SCHOOL.replace(/\?/g, '\\?')) });
  await rationale.fill('Jongeren, ouders en professionals zetten dit allemaal hoog.');
  await moderator
    .locator('form.rationale')
    .filter({ has: rationale })
    .getByRole('button', { name: 'Toelichting opslaan' })
    .click();
  await expect(moderator.getByText('Opgeslagen.', { exact: true })).toBeVisible();
  await expectNoAxeViolations(moderator);
  await moderator.context().close();

  const adminPage = await staffPage(browser, base, 'admin@inbreng.local');
  await adminPage.goto(`/staff/w/${admin.workspaceId}/rounds/${round.id}`);
  const lifecycle = adminPage.getByRole('region', { name: 'Status' });
  await lifecycle.getByRole('button', { name: 'Publiceren', exact: true }).click();
  await lifecycle.getByRole('button', { name: 'Ja, publiceren', exact: true }).click();
  await expect(lifecycle.locator('strong.status')).toHaveText('Gepubliceerd');
  const audit = adminPage.getByRole('link', { name: 'Auditlog downloaden (CSV)' });
  const auditCsv = await adminPage.request.get((await audit.getAttribute('href')) ?? '');
  expect(auditCsv.status()).toBe(200);
  expect(auditCsv.headers()['content-type']).toMatch(/text\/csv/);
  expect(await auditCsv.text()).toContain('prioritisation.started');
  await adminPage.context().close();

  // --- 7. The young person sees which research question their experience fed, and its place ---------------------------
  await page.goto(`/r/${slug}`);
  const toAgenda = page.getByRole('link', { name: 'Bekijk de onderzoeksagenda' });
  await expect(toAgenda).toBeVisible();
  await expectNoAxeViolations(page);
  await tabTo(page, toAgenda);
  await page.keyboard.press('Enter');
  const agenda = new AgendaPage(page);
  await expect(agenda.heading).toHaveText(`Onderzoeksagenda: ${title}`);
  const top = agenda.item(RQ_SCHOOL);
  await expect(top).toContainText('Plaats 1');
  await expect(top).toContainText('Jongeren, ouders en professionals zetten dit allemaal hoog.');
  await expect(top.locator('blockquote')).toHaveText([EXPERIENCE]); // the young person agreed to be quoted
  await expectNoAxeViolations(page);

  const myInput = new MyInputPage(page);
  await myInput.goto();
  await expect(myInput.code).toHaveValue(code); // kept on this device
  await myInput.lookUpByKeyboard();
  await expect(myInput.results).toBeFocused();
  const mine = myInput.item('Mijn mentor merkte niet');
  await expect(mine).toContainText('geplaatst');
  const trace = myInput.trace(mine);
  await expect(trace).toContainText('Thema: Signalen op school');
  const fed = trace.getByTestId('my-trace-question').filter({ hasText: RQ_SCHOOL });
  await expect(fed).toContainText('Plaats 1 op de onderzoeksagenda');
  await expect(fed).toContainText(/jongeren:\s+plaats 1/);
  await expect(trace.getByTestId('my-trace-question').filter({ hasText: RQ_TOGETHER })).toBeVisible();
  // Only the questions built on a theme this experience is in: not the one about waiting.
  await expect(trace.getByTestId('my-trace-question').filter({ hasText: RQ_WAIT })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await tabTo(page, trace.getByRole('link', { name: 'Bekijk de onderzoeksagenda' }), 60);
  await page.keyboard.press('Enter');
  await expect(agenda.heading).toHaveText(`Onderzoeksagenda: ${title}`);

  await admin.dispose();
  await pub.dispose();
});
