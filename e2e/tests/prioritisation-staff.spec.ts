import { expect, test } from '@playwright/test';
import { loginAs } from '../pages/moderation.page';
import { expectNoAxeViolations } from '../support/axe';
import { PublicApi, StaffApi, uniqueSlug } from '../support/staff-api';

const [A, B, C] = [
  'Hoe merkt een mentor dat een leerling hulp nodig heeft?',
  'Hoe kort kan de wachttijd voor jeugdhulp worden?',
  'Wat hebben ouders nodig na een scheiding?',
];

test.describe('prioritisation for moderators', () => {
  test('start with checked settings, then ranks per group with ties, agreement in words and new weights', async ({
    page,
    baseURL,
  }) => {
    test.slow();
    const base = baseURL ?? '';
    const staff = await StaffApi.login(base);
    const pub = await PublicApi.create(base);
    const slug = uniqueSlug('staffprio');
    const round = await staff.createOpenRound({ slug, title: `Prioriteren ${slug}` });
    await pub.submit(slug, {
      group: 'parent',
      text: 'Na de scheiding wisten we niet waar we moesten beginnen.',
    });
    const ids = await staff.approveAll(round.id);
    await staff.transition(round.id, 'closed');
    await staff.transition(round.id, 'synthesis');
    const theme = await staff.createTheme(round.id, 'Gezin', ids);
    const qa = await staff.createResearchQuestion(round.id, A, [theme.id]);
    const qb = await staff.createResearchQuestion(round.id, B, [theme.id]);
    const qc = await staff.createResearchQuestion(round.id, C, [theme.id]);

    await loginAs(page, 'moderator@inbreng.local');
    await page.goto(`/staff/w/${staff.workspaceId}/rounds/${round.id}`);
    // Only admins get the audit log.
    await expect(page.getByRole('link', { name: 'Auditlog downloaden (CSV)' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Prioriteren', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Prioriteren: Prioriteren ${slug}`);
    await expectNoAxeViolations(page);

    // Wrong settings are named in an error summary that takes focus; nothing is started.
    await page.getByLabel('Hoeveel vragen mag iemand kiezen (N)?').fill('40');
    await page.getByLabel('Hoeveel daarvan zet iemand op volgorde (top K)?').fill('2');
    for (const g of ['jongeren', 'ouders en opvoeders', 'professionals', 'beleid, onderzoek en onderwijs']) {
      await page.getByRole('textbox', { name: g, exact: true }).fill('0');
    }
    await page.getByRole('button', { name: 'Prioriteren starten' }).click();
    const summary = page.getByRole('group', { name: /Niet alles is goed ingevuld \(3\)/ });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Vul een heel getal in van 1 tot en met 30.');
    await expect(summary).toContainText('Minstens één groep moet een gewicht boven 0 hebben.');
    await expect(page.getByLabel('Hoeveel vragen mag iemand kiezen (N)?')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expectNoAxeViolations(page);
    await summary.getByRole('link', { name: /top K/ }).click();
    await expect(page.getByLabel('Hoeveel daarvan zet iemand op volgorde (top K)?')).toBeFocused();

    await page.getByLabel('Hoeveel vragen mag iemand kiezen (N)?').fill('3');
    await page.getByLabel('Hoeveel daarvan zet iemand op volgorde (top K)?').fill('3');
    for (const g of ['jongeren', 'ouders en opvoeders', 'professionals', 'beleid, onderzoek en onderwijs']) {
      await page.getByRole('textbox', { name: g, exact: true }).fill('1');
    }
    await page.getByLabel('Waarschuwen onder dit aantal stemmen per groep').fill('2');
    await page.getByRole('button', { name: 'Prioriteren starten' }).click();
    await expect(page.getByText('Prioriteren is gestart. Deelnemers kunnen nu stemmen.')).toBeVisible();
    await expect(
      page
        .getByText('Huidige status:')
        .or(page.getByText(/Prioriteren$/))
        .first(),
    ).toBeVisible();

    // Youth and parents swap the first two: A and C share first place overall, B is third.
    await pub.ballot(slug, {
      group: 'youth',
      ageBand: '16-17',
      picks: [qa.id, qc.id, qb.id],
      ranking: [qa.id, qc.id, qb.id],
    });
    await pub.ballot(slug, { group: 'parent', picks: [qc.id, qa.id, qb.id], ranking: [qc.id, qa.id, qb.id] });
    await page.getByRole('button', { name: 'Uitslag vernieuwen' }).click();

    const table = page.getByRole('table', { name: 'Uitslag: gecombineerde plaats en plaats per groep' });
    const row = (text: string) => table.getByRole('row', { name: new RegExp(text.replace(/\?/g, '\\?')) });
    await expect(row(A).getByTestId('combined-rank')).toHaveText('=1');
    await expect(row(C).getByTestId('combined-rank')).toHaveText('=1');
    await expect(row(B).getByTestId('combined-rank')).toHaveText('3');
    await expect(row(A).getByRole('cell')).toHaveText([
      '=1',
      '1',
      '2',
      /–\s*geen stemmen/,
      /–\s*geen stemmen/,
    ]);
    await expect(table.getByRole('columnheader', { name: /jongeren/ })).toContainText('weinig stemmen');
    await expect(page.getByTestId('low-response')).toContainText('Weinig stemmen (minder dan 2)');
    // One ballot reads "1 stem", never "1 stemmen".
    const lowLines = page.getByTestId('low-response').getByRole('listitem');
    await expect(lowLines.filter({ hasText: /^\s*jongeren: 1 stem\s*$/i })).toHaveCount(1);

    const agreement = page.getByRole('table', { name: /Overeenstemming tussen groepen/ });
    const youthRow = agreement
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'jongeren', exact: true }) });
    // Youth with themselves, parents, professionals, policy/research/education.
    await expect(youthRow.locator('td')).toHaveText([
      '—',
      /\+0,33\s*een beetje eens/,
      'nog niet te zeggen',
      'nog niet te zeggen',
    ]);
    await expect(page.getByText(/Kendalls tau\. \+1 betekent: precies dezelfde volgorde/)).toBeVisible();
    await expect(page.getByText('jongeren: 1 stem, telt voor 50% mee')).toBeVisible();
    await expectNoAxeViolations(page);

    // Youth count three times as much: A moves ahead of C, and the page shows the weights used.
    await page.getByRole('textbox', { name: 'jongeren', exact: true }).fill('3');
    await page.getByRole('button', { name: 'Opslaan en opnieuw berekenen' }).click();
    await expect(page.getByText('Opgeslagen. De uitslag is opnieuw berekend.')).toBeVisible();
    await expect(page.getByText('jongeren: 1 stem, telt voor 75% mee')).toBeVisible();
    await expect(page.getByText('ouders en opvoeders: 1 stem, telt voor 25% mee')).toBeVisible();
    await expect(row(A).getByTestId('combined-rank')).toHaveText('1');
    await expect(row(C).getByTestId('combined-rank')).toHaveText('2');
    await expect(page.getByRole('textbox', { name: 'jongeren', exact: true })).toHaveValue('3');
    await expectNoAxeViolations(page);
    await staff.dispose();
    await pub.dispose();
  });
});
