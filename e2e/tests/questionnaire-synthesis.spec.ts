import { expect, test } from '@playwright/test';
import type { ModerationQueueResponse, SessionResponse, StaffRoundSummary } from '@inbreng/contracts';
import { DEMO_ROUND_TITLE, ModerationQueuePage, StaffHomePage, loginAs } from '../pages/moderation.page';
import { QuestionnaireResultsPage } from '../pages/questionnaire-results.page';
import { expectNoAxeViolations } from '../support/axe';

const DEMO_TITLE = 'Opvoeden in de wijk';
const HELP_QUESTION = 'Wat ging er goed of juist niet goed bij die hulp?';
const ORIGINAL_LABEL = 'Origineel — alleen voor moderatoren, het bekijken wordt vastgelegd';

test.describe('questionnaire open answers (demo data)', () => {
  test('a moderator reads an original, sends open answers to synthesis once, and finds them pending in the queue', async ({
    page,
  }) => {
    await loginAs(page, 'moderator@inbreng.local');
    const home = new StaffHomePage(page);
    await home.goto();
    await home.rowLink(DEMO_ROUND_TITLE, 'Vragenlijsten').click();
    await page
      .getByRole('row')
      .filter({ hasText: DEMO_TITLE })
      .getByRole('link', { name: /^Resultaten/ })
      .click();
    const results = new QuestionnaireResultsPage(page);
    await expect(results.respondents).toBeVisible();
    const card = page.locator('section.result-card').filter({ hasText: HELP_QUESTION });
    await expect(card.getByTestId('open-found')).toBeVisible();

    // The answer with a phone number is redacted: its original is one click away, marked and audited.
    const search = card.getByLabel('Zoek in de antwoorden');
    await search.fill('terugbelde');
    await expect(card.getByTestId('open-found')).toHaveText(/^\s*1 van de \d+ antwoorden\s*$/);
    const redacted = card.locator('li').filter({ hasText: 'Afgeschermd' }).first();
    await expect(redacted).toBeVisible();
    const show = redacted.getByRole('button', { name: 'Toon origineel' });
    await show.focus();
    await page.keyboard.press('Enter');
    const original = redacted.getByRole('group', { name: ORIGINAL_LABEL });
    await expect(original).toBeVisible();
    await expect(original.locator('p').filter({ hasText: ORIGINAL_LABEL })).toBeFocused();
    await expect(original.getByTestId('original-text')).toContainText(/06-\d{8}/);
    await expect(redacted.getByText('Het origineel staat onder het antwoord.')).toBeAttached();
    await expectNoAxeViolations(page);
    await original.getByRole('button', { name: 'Verberg origineel' }).click();
    await expect(original).toHaveCount(0);
    await expect(show).toBeFocused();
    // An answer that screening left alone has no such control.
    await search.fill('');
    const plain = card.locator('li:not(.urgent)').filter({ hasNotText: 'Afgeschermd' }).first();
    await expect(plain).toBeVisible();
    await expect(plain.getByRole('button', { name: 'Toon origineel' })).toHaveCount(0);

    // Send the open answers of this question on; the count of created items is shown.
    const send = card.getByRole('button', { name: 'Open antwoorden naar clusteren sturen' });
    await send.click();
    const created = card.getByTestId('sent-created');
    await expect(created).toHaveText(/^\d+ antwoorden? naar clusteren gestuurd\.$/);
    const n = Number(/^(\d+)/.exec((await created.textContent())?.trim() ?? '')?.[1]);
    expect(n).toBeGreaterThan(0);
    await expect(card.getByText('Naar clusteren gestuurd').first()).toBeVisible();
    await expectNoAxeViolations(page);

    // Again: nothing new, all of them were there already.
    await send.click();
    await expect(created).toHaveText('Er zijn geen nieuwe antwoorden naar clusteren gestuurd.');
    await expect(card.getByRole('status').filter({ hasText: 'waren er al' })).toContainText(
      `${n} antwoorden waren er al.`,
    );

    // The moderation queue holds exactly n pending items from this questionnaire.
    const session = (await (await page.request.get('/api/auth/me')).json()) as SessionResponse;
    const w = session.user?.memberships[0]?.workspaceId ?? '';
    const rounds = (await (
      await page.request.get(`/api/staff/workspaces/${w}/rounds`)
    ).json()) as StaffRoundSummary[];
    const roundId = rounds.find((r) => r.slug === 'demo')?.id ?? '';
    let fromQuestionnaire = 0;
    for (let offset = 0; ; offset += 200) {
      const res = await page.request.get(
        `/api/staff/workspaces/${w}/rounds/${roundId}/submissions?status=pending&limit=200&offset=${offset}`,
      );
      expect(res.ok()).toBe(true);
      const body = (await res.json()) as ModerationQueueResponse;
      fromQuestionnaire += body.items.filter((i) => i.sourceQuestionKey === 'hulp_ervaring').length;
      if (offset + 200 >= body.total) break;
    }
    expect(fromQuestionnaire).toBe(n);

    // In the queue itself: the redacted one (personal data found) shows as pending, with its source.
    const queue = new ModerationQueuePage(page);
    await queue.openDemo();
    await queue.setFilter('Signaal', 'Persoonsgegevens', /flag=pii/);
    const item = queue.items.filter({ has: page.getByTestId('item-source') }).first();
    await expect(item).toBeVisible();
    await expect(item.getByTestId('item-source')).toContainText('Bron');
    await expect(item.getByTestId('item-source')).toContainText('Open antwoord uit een vragenlijst');
    await expect(item.getByRole('button', { name: 'Goedkeuren', exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
