import { expect, test } from '@playwright/test';
import type { BallotResponse } from '@inbreng/contracts';
import { BallotPage } from '../pages/ballot.page';
import { expectNoAxeViolations } from '../support/axe';
import { tabTo } from '../support/keyboard';
import { QUESTIONS, seedPrioritisingRound } from '../support/seed-round';

const [Q1, Q2, Q3, Q4, Q5] = QUESTIONS as [string, string, string, string, string];

test.describe('choosing the most important questions', () => {
  test('a parent picks with a live counter, ranks by keyboard, sends, and a new ballot replaces the old @phone', async ({
    page,
    baseURL,
  }) => {
    test.slow(); // a long keyboard-only flow with five axe scans
    const seeded = await seedPrioritisingRound(baseURL ?? '', { prefix: 'kies', questions: 5, maxPicks: 4 });
    const ballot = new BallotPage(page);

    // The round page sends participants on to voting.
    await page.goto(`/r/${seeded.slug}`);
    const toBallot = page.getByRole('link', { name: 'Kies de belangrijkste vragen' });
    await expect(toBallot).toBeVisible();
    await expectNoAxeViolations(page);
    await tabTo(page, toBallot);
    await page.keyboard.press('Enter');
    await expect(ballot.heading).toBeVisible();
    await expect(ballot.stepCount).toHaveText('Stap 1 van 4');
    await expectNoAxeViolations(page);

    // 1. who, by keyboard
    await tabTo(page, ballot.radio('jongere'));
    for (let i = 0; i < 5 && !(await ballot.radio('ouder of opvoeder').isChecked()); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(ballot.radio('ouder of opvoeder')).toBeChecked();
    await ballot.checkByKeyboard(ballot.consent);
    await page.keyboard.press('Enter'); // submits the step form
    await expect(ballot.stepHeading('2. Kies de belangrijkste vragen')).toBeFocused();
    await expect(ballot.counter).toHaveText('0 van 4 gekozen');

    // 2. pick four; a fifth is refused and stays unticked
    for (const q of [Q1, Q2, Q3, Q4]) await ballot.checkByKeyboard(ballot.pick(q));
    await expect(ballot.counter).toHaveText('4 van 4 gekozen');
    await tabTo(page, ballot.pick(Q5));
    await page.keyboard.press('Space');
    await expect(ballot.pick(Q5)).not.toBeChecked();
    await expect(ballot.counter).toContainText('Je hebt er al 4 gekozen. Haal eerst een vinkje weg');
    await expectNoAxeViolations(page);
    await ballot.pressByKeyboard(ballot.next);

    // 3. rank: Q4 up to first place with the buttons; focus stays with the moved question
    await expect(ballot.stepHeading('3. Zet je top 3 op volgorde')).toBeFocused();
    await expect.poll(() => ballot.order()).toEqual([Q1, Q2, Q3, Q4]);
    await expect(ballot.rankItem(Q4)).toContainText('Ook gekozen');
    await ballot.pressByKeyboard(ballot.up(Q4));
    await expect(ballot.up(Q4)).toBeFocused();
    await expect(ballot.announcer).toHaveText(`${Q4} staat nu op plaats 3.`);
    await page.keyboard.press('Enter');
    await expect(ballot.announcer).toHaveText(`${Q4} staat nu op plaats 2.`);
    await expect(ballot.up(Q4)).toBeFocused(); // focus follows the moved question before the next press
    await page.keyboard.press('Enter');
    await expect(ballot.announcer).toHaveText(`${Q4} staat nu op plaats 1.`);
    await expect(ballot.down(Q4)).toBeFocused(); // "Omhoog" is disabled at the top
    await expect.poll(() => ballot.order()).toEqual([Q4, Q1, Q2, Q3]);
    await expect(ballot.rankItem(Q4)).toContainText('Plaats 1');
    await expect(ballot.rankItem(Q3)).toContainText('Ook gekozen');
    await page.setViewportSize({ width: 360, height: 740 }); // the narrowest phones we support
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await ballot.pressByKeyboard(ballot.next);

    // 4. review and send
    await expect(ballot.stepHeading('4. Kijk je keuze na')).toBeFocused();
    await expect(ballot.reviewTop.getByRole('listitem')).toHaveText([Q4, Q1, Q2]);
    await expect(ballot.reviewOthers.getByRole('listitem')).toHaveText([Q3]);
    await expect(page.getByText('Je doet mee als:')).toContainText('ouder of opvoeder');
    await expectNoAxeViolations(page);
    const sent = page.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith('/ballot'));
    await ballot.pressByKeyboard(ballot.send);
    const body = (await sent).postDataJSON() as { picks: string[]; ranking: string[]; group: string };
    const id = (text: string) => seeded.questions.find((q) => q.text === text)?.id;
    expect(body.group).toBe('parent');
    expect(body.picks).toEqual([id(Q4), id(Q1), id(Q2), id(Q3)]);
    expect(body.ranking).toEqual([id(Q4), id(Q1), id(Q2)]);
    await expect(
      page.getByRole('heading', { name: 'Dank je wel! We hebben je keuze ontvangen.' }),
    ).toBeFocused();
    const code = await ballot.code();
    await expect(ballot.replaced).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Back later on this device: the ballot is resumed with the kept code, and sending again replaces it.
    await page.goto(`/r/${seeded.slug}/prioriteren`);
    await expect(ballot.resumed).toBeVisible();
    await expect(page.getByTestId('ballot-code')).toContainText(code);
    await expect(ballot.codeGroupNote).toBeVisible(); // the group is not asked again
    await ballot.consent.check();
    await ballot.next.click();
    await expect(ballot.pick(Q4)).toBeChecked();
    await expect(ballot.counter).toHaveText('4 van 4 gekozen');
    await ballot.pick(Q2).uncheck();
    await ballot.next.click();
    await expect.poll(() => ballot.order()).toEqual([Q4, Q1, Q3]);
    await ballot.next.click();
    await ballot.send.click();
    await expect(ballot.replaced).toBeVisible();
    await expect.poll(() => ballot.code()).toBe(code);

    const stored = await page.request.get(`/api/public/rounds/${seeded.slug}/ballot/${code}`);
    expect(stored.ok()).toBe(true);
    const b = (await stored.json()) as BallotResponse;
    expect(b.ranking).toEqual([id(Q4), id(Q1), id(Q3)]);
    expect(b.picks.sort()).toEqual([id(Q4), id(Q1), id(Q3)].sort());
    await seeded.staff.dispose();
    await seeded.pub.dispose();
  });

  test('drag and drop reorders the ranking', async ({ page, baseURL }) => {
    const seeded = await seedPrioritisingRound(baseURL ?? '', { prefix: 'sleep', questions: 4, maxPicks: 4 });
    const ballot = new BallotPage(page);
    await ballot.goto(seeded.slug);
    await ballot.who('professional');
    for (const q of [Q1, Q2, Q3]) await ballot.pick(q).check();
    await ballot.next.click();
    await expect.poll(() => ballot.order()).toEqual([Q1, Q2, Q3]);

    // CDK drag needs real pointer moves: press on the handle, move in steps past the target, release.
    const handle = ballot.rankItem(Q3).locator('.drag-handle');
    const target = ballot.rankItem(Q1);
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('rank items are not visible');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
    await page.mouse.move(from.x + from.width / 2, to.y + 5, { steps: 15 });
    await page.mouse.up();
    await expect.poll(() => ballot.order()).toEqual([Q3, Q1, Q2]);
    await expect(ballot.announcer).toHaveText(`${Q3} staat nu op plaats 1.`);
    await expectNoAxeViolations(page);
    await seeded.staff.dispose();
    await seeded.pub.dispose();
  });

  test('missing answers get an error summary that takes focus', async ({ page, baseURL }) => {
    const seeded = await seedPrioritisingRound(baseURL ?? '', { prefix: 'fout', questions: 3, maxPicks: 3 });
    const ballot = new BallotPage(page);
    await ballot.goto(seeded.slug);
    await ballot.next.click();
    await expect(ballot.errorSummary).toBeFocused();
    await expect(ballot.errorSummary).toContainText('Kies wie je bent');
    await expect(ballot.errorSummary).toContainText('Zet een vinkje als je wilt meedoen.');
    await expect(ballot.consent).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await ballot.radio('jongere').check();
    await expect(ballot.errorSummary).toBeVisible();
    await ballot.radio('16 of 17 jaar').check();
    await ballot.consent.check();
    await ballot.next.click();
    await ballot.next.click(); // nothing picked
    await expect(ballot.errorSummary).toBeFocused();
    await expect(ballot.errorSummary).toContainText('Kies minstens één vraag.');
    await ballot.errorSummary.getByRole('link', { name: 'Kies minstens één vraag.' }).click();
    await expect(ballot.pick(Q1)).toBeFocused();
    await seeded.staff.dispose();
    await seeded.pub.dispose();
  });

  test('someone who sent input first votes with the same code and is not asked their group again', async ({
    page,
    baseURL,
  }) => {
    const seeded = await seedPrioritisingRound(baseURL ?? '', { prefix: 'terug', questions: 3, maxPicks: 3 });
    // This device kept the code from sending input earlier (as the round page does).
    await page.goto('/');
    await page.evaluate(([slug, code]) => localStorage.setItem(`inbreng.returnCode.${slug}`, code), [
      seeded.slug,
      seeded.youthCode,
    ] as const);
    const ballot = new BallotPage(page);
    await ballot.goto(seeded.slug);
    await expect(ballot.codeGroupNote).toBeVisible();
    await expect(ballot.radio('jongere')).toHaveCount(0);
    await ballot.consent.check();
    await ballot.next.click();
    await ballot.pick(Q2).check();
    await ballot.next.click();
    await expect(ballot.stepHeading('4. Kijk je keuze na')).toBeFocused(); // one pick: nothing to order
    await ballot.send.click();
    await expect.poll(() => ballot.code()).toBe(seeded.youthCode);
    const results = await seeded.staff.results(seeded.round.id);
    expect(results.ballotsPerGroup.youth).toBe(1);
    await seeded.staff.dispose();
    await seeded.pub.dispose();
  });

  test('on another device, typing the code links the vote to earlier input', async ({ page, baseURL }) => {
    const seeded = await seedPrioritisingRound(baseURL ?? '', {
      prefix: 'anderapparaat',
      questions: 3,
      maxPicks: 3,
    });
    const ballot = new BallotPage(page);
    await ballot.goto(seeded.slug);
    await expect(ballot.radio('jongere')).toBeVisible();
    await page.getByText('Heb je al een code van deze ronde?').click();
    const entry = page.getByRole('textbox', { name: 'Jouw code' });
    await entry.fill('abc');
    await page.getByRole('button', { name: 'Gebruik deze code' }).click();
    await expect(entry).toHaveAttribute('aria-invalid', 'true');
    await expect(entry).toHaveAccessibleDescription(/Een code heeft 18 letters en cijfers/);
    await expectNoAxeViolations(page);
    await entry.fill(seeded.youthCode.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Gebruik deze code' }).click();
    await expect(ballot.announcer).toHaveText(`Je doet nu mee met code ${seeded.youthCode}.`);
    await expect(ballot.codeGroupNote).toBeVisible();
    await expect(ballot.radio('jongere')).toHaveCount(0);
    await ballot.consent.check();
    await ballot.next.click();
    await ballot.pick(Q1).check();
    await ballot.next.click();
    await ballot.send.click();
    await expect.poll(() => ballot.code()).toBe(seeded.youthCode);
    await seeded.staff.dispose();
    await seeded.pub.dispose();
  });

  test('pairwise: two cards at a time, skip allowed, with progress @phone', async ({ page, baseURL }) => {
    const seeded = await seedPrioritisingRound(baseURL ?? '', {
      prefix: 'paar',
      questions: 3,
      method: 'pairwise',
    });
    const ballot = new BallotPage(page);
    await ballot.goto(seeded.slug);
    await expect(ballot.stepCount).toHaveText('Stap 1 van 2');
    await ballot.who('professional');
    await expect(ballot.stepHeading('2. Kies steeds de belangrijkste')).toBeFocused();
    const progress = page.getByRole('progressbar', { name: /Je hebt 0 van de 3 tweetallen gehad/ });
    await expect(progress).toBeVisible();
    const choose = page.getByRole('button', { name: 'Deze is belangrijker' });
    await expect(choose).toHaveCount(2);
    await expectNoAxeViolations(page);

    await tabTo(page, choose.first());
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Welke vraag vind jij belangrijker?' })).toBeFocused();
    await expect(page.getByRole('progressbar', { name: /Je hebt 1 van de 3/ })).toBeVisible();
    await ballot.pressByKeyboard(page.getByRole('button', { name: 'Sla over' }));
    await expect(page.getByRole('progressbar', { name: /Je hebt 2 van de 3/ })).toBeVisible();
    await ballot.pressByKeyboard(choose.last());
    await expect(page.getByText('Je hebt alle tweetallen gehad. Dank je wel!')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Klaar' }).click();
    await expect(ballot.done).toBeVisible();
    await ballot.code();

    const results = await seeded.staff.results(seeded.round.id);
    expect(results.ballotsPerGroup.professional).toBe(1);
    expect(results.questions).toHaveLength(3);
    await seeded.staff.dispose();
    await seeded.pub.dispose();
  });
});
