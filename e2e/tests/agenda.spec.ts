import { expect, test } from '@playwright/test';
import type { PublicAgendaResponse } from '@inbreng/contracts';
import { AgendaPage } from '../pages/agenda.page';
import { loginAs } from '../pages/moderation.page';
import { expectNoAxeViolations } from '../support/axe';
import { seedPrioritisingRound } from '../support/seed-round';
import { PublicApi, StaffApi, uniqueSlug } from '../support/staff-api';

const QUOTED = 'Mijn mentor vroeg nooit hoe het thuis ging, terwijl iedereen het kon zien.';
const NOT_QUOTED = 'Wij wachtten een half jaar en niemand legde uit waarom het zo lang duurde.';

test.describe('the published research agenda', () => {
  test('shows places with ties, ranks per group, where questions came from and consented quotes @phone', async ({
    page,
    baseURL,
  }) => {
    test.slow();
    const base = baseURL ?? '';
    const staff = await StaffApi.login(base);
    const pub = await PublicApi.create(base);
    const slug = uniqueSlug('agenda');
    const round = await staff.createOpenRound({ slug, title: `Agenda ${slug}` });
    const quoted = await pub.submit(slug, {
      group: 'youth',
      ageBand: '16-17',
      text: QUOTED,
      quoteConsent: true,
    });
    await pub.submit(slug, { group: 'parent', text: NOT_QUOTED, quoteConsent: false });
    await pub.submit(slug, { group: 'professional', text: 'Scholen bellen ons pas als het al misgaat.' });
    const ids = await staff.approveAll(round.id);
    await staff.transition(round.id, 'closed');
    await staff.transition(round.id, 'synthesis');
    const theme = await staff.createTheme(round.id, 'School en thuis', ids);
    const [a, b, c] = [
      await staff.createResearchQuestion(round.id, 'Hoe ziet school wat er thuis speelt?', [theme.id]),
      await staff.createResearchQuestion(round.id, 'Hoe maken we wachten korter?', [theme.id]),
      await staff.createResearchQuestion(round.id, 'Hoe werken school en buurtteam samen?', [theme.id]),
    ];
    if (!a || !b || !c) throw new Error('research questions were not created');
    await staff.startPrioritisation(round.id, {
      researchQuestionIds: [a.id, b.id, c.id],
      maxPicks: 3,
      rankTop: 3,
      minGroupBallots: 1,
    });

    // Not published yet: a clear page, no data.
    const agenda = new AgendaPage(page);
    await agenda.goto(slug);
    await expect(agenda.heading).toHaveText('Deze agenda is er nog niet');
    await expectNoAxeViolations(page);

    // Youth and parents mirror each other, so A and B share first place; professionals only pick C.
    await pub.ballot(slug, { group: 'youth', ageBand: '12-15', picks: [a.id, b.id], ranking: [a.id, b.id] });
    await pub.ballot(slug, { group: 'parent', picks: [b.id, a.id], ranking: [b.id, a.id] });
    await pub.ballot(slug, { group: 'professional', picks: [c.id], ranking: [c.id] });
    await staff.setRationale(round.id, a.id, 'Jongeren en ouders noemden dit allebei het vaakst.');
    await staff.transition(round.id, 'published');

    await agenda.goto(slug);
    await expect(agenda.heading).toHaveText(`Onderzoeksagenda: Agenda ${slug}`);
    const api = (await (
      await page.request.get(`/api/public/rounds/${slug}/agenda`)
    ).json()) as PublicAgendaResponse;
    const order = api.items.map((i) => i.text);
    await expect(agenda.items.getByRole('heading', { level: 3 })).toHaveText(order);
    // A and B tie; the page says so in words and with "=".
    for (const text of [a.text, b.text]) {
      const item = agenda.item(text);
      await expect(item).toContainText('Gedeelde plaats 1');
      await expect(item.locator('.place-number')).toHaveText('=1');
    }
    await expect(agenda.item(c.text)).toContainText('Plaats 3');
    await expect(agenda.item(a.text)).toContainText('Waarom deze vraag?');
    await expect(agenda.item(a.text)).toContainText('Jongeren en ouders noemden dit allebei het vaakst.');
    // Ranks per group, side by side, in text.
    await expect(agenda.groupCell(a.text, 'jongeren')).toContainText('Plaats 1');
    await expect(agenda.groupCell(a.text, 'ouders en opvoeders')).toContainText('Plaats 2');
    await expect(agenda.groupCell(c.text, 'professionals')).toContainText('Plaats 1');
    await expect(agenda.groupCell(a.text, 'beleid, onderzoek en onderwijs')).toHaveText('geen keuzes');
    // Where it came from: counts by group and knowledge type as text.
    const itemA = agenda.item(a.text);
    await expect(itemA).toContainText('Aantal bijdragen achter deze vraag: 3');
    await expect(itemA.getByRole('list', { name: 'Bijdragen per groep' }).getByRole('listitem')).toHaveText([
      'van jongeren: 1',
      'van ouders en opvoeders: 1',
      'van professionals: 1',
    ]);
    await expect(itemA).toContainText('Soort kennis: ervaringskennis 2, praktijkkennis 1.');
    // Only the consented quote, anonymous, with group and kind of knowledge.
    await expect(itemA.locator('blockquote')).toHaveText([QUOTED]);
    await expect(itemA.locator('figcaption')).toHaveText(/Een jongere\s+·\s+ervaringskennis/);
    await expect(page.getByText(NOT_QUOTED)).toHaveCount(0);
    // How it was made.
    await expect(agenda.how).toContainText('Elke groep telt even zwaar mee');
    await expect(page.getByTestId('agenda-ballots').getByRole('listitem')).toHaveText([
      'jongeren: 1',
      'ouders en opvoeders: 1',
      'professionals: 1',
      'beleid, onderzoek en onderwijs: 0',
    ]);
    await page.setViewportSize({ width: 360, height: 740 }); // the narrowest phones we support
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);

    // Downloads: every link works and serves its kind of file.
    const types: Record<string, RegExp> = {
      'Rapport (PDF)': /application\/pdf/,
      'Gegevens (CSV)': /text\/csv/,
      'Gegevens (Excel)': /spreadsheetml/,
      'Gegevens (JSON)': /application\/json/,
    };
    for (const [name, type] of Object.entries(types)) {
      const link = agenda.downloads.getByRole('link', { name });
      await expect(link).toHaveAttribute('download', '');
      const href = (await link.getAttribute('href')) ?? '';
      const res = await page.request.get(href);
      expect(res.status(), name).toBe(200);
      expect(res.headers()['content-type'], name).toMatch(type);
    }
    const data = await (await page.request.get(`/api/public/rounds/${slug}/data.json`)).text();
    expect(data).not.toContain('returnCode');

    // A fixed record: when the quoted author deletes their data, places and figures stay, their words go.
    await expect(agenda.published).toContainText('Deze ranglijst verandert niet meer.');
    await pub.deleteMyData(quoted.returnCode);
    await agenda.goto(slug);
    await expect(agenda.items.getByRole('heading', { level: 3 })).toHaveText(order);
    await expect(agenda.item(a.text)).toContainText('Aantal bijdragen achter deze vraag: 3');
    await expect(agenda.item(a.text).locator('blockquote')).toHaveCount(0);
    await expect(page.getByText(QUOTED)).toHaveCount(0);

    // Staff see today's figures, and what changed since the agenda was published.
    await loginAs(page, 'admin@inbreng.local');
    await page.goto(`/staff/w/${staff.workspaceId}/rounds/${round.id}/prioritisation`);
    const notice = page.getByRole('region', { name: 'Gepubliceerde agenda' });
    await expect(notice).toContainText('Sinds publicatie veranderd:');
    await expect(notice.getByRole('listitem').filter({ hasText: a.text })).toHaveText(
      `„${a.text}”: aantal bijdragen 3 bij publicatie, nu 2`,
    );
    await expectNoAxeViolations(page);

    // English, second language.
    await agenda.goto(slug);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(agenda.heading).toHaveText(`Research agenda: Agenda ${slug}`);
    await expect(page.getByRole('article', { name: a.text })).toContainText('Shared place 1');
    await expectNoAxeViolations(page);
    await staff.dispose();
    await pub.dispose();
  });

  test('a round that is still voting has no agenda yet, and the round page says where to vote', async ({
    page,
    baseURL,
  }) => {
    const seeded = await seedPrioritisingRound(baseURL ?? '', { prefix: 'nognietklaar', questions: 2 });
    const agenda = new AgendaPage(page);
    await agenda.goto(seeded.slug);
    await expect(agenda.heading).toHaveText('Deze agenda is er nog niet');
    await page.getByRole('link', { name: 'Naar de ronde' }).click();
    await expect(page.getByRole('link', { name: 'Kies de belangrijkste vragen' })).toBeVisible();
    await expectNoAxeViolations(page);
    await seeded.staff.dispose();
    await seeded.pub.dispose();
  });
});
