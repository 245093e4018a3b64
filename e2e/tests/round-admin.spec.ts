import { expect, test } from '@playwright/test';
import { StaffHomePage, loginAs } from '../pages/moderation.page';
import { RoundAdminPage } from '../pages/round-admin.page';
import { expectNoAxeViolations } from '../support/axe';

test.describe('round administration', () => {
  test.beforeEach(async ({ page }) => {
    await loginAs(page, 'admin@inbreng.local');
  });

  test('an admin creates a draft round and opens it; only allowed moves are offered', async ({ page }) => {
    test.slow(); // a long flow with five axe scans of a large form
    const home = new StaffHomePage(page);
    const admin = new RoundAdminPage(page);
    await home.goto();
    await expect(
      home.rowLink('Wat moet er beter aan de hulp voor jongeren en gezinnen in Utrecht?', 'Bewerken'),
    ).toBeVisible();
    await home.newRoundLink.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuwe ronde');
    // The eight default life domains are there already
    await expect(admin.optionRows('Leefgebieden')).toHaveCount(8);
    await expect(page.getByRole('textbox', { name: /^Naam rij 2$/ }).first()).toHaveValue(
      'geld en financiën',
    );
    await expectNoAxeViolations(page);

    const slug = `e2e-ronde-${Date.now()}`;
    const title = `Wat helpt jou op school? (${slug})`;
    await admin.fillBasics({
      title,
      slug,
      introduction: 'Vertel ons wat jou helpt op school. Het kost vijf minuten.',
      prompt: 'Wat helpt jou op school, en wat niet?',
    });
    await admin.group('Jongere').check();
    await admin.group('Ouder/opvoeder').check();
    await expect(page.getByLabel('Vraag voor jongeren')).toBeVisible();
    await admin.preset('Utrecht-wijken invullen').click();
    await expect(admin.optionRows('Wijken (optioneel)')).toHaveCount(10);
    await expect(page.getByText('10 rijen toegevoegd.')).toBeVisible();
    await expectNoAxeViolations(page);

    await admin.submitNew.click();
    await expect(page).toHaveURL(/\/staff\/w\/[^/]+\/rounds\/[0-9a-f-]{36}\?created=1$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText('De ronde is aangemaakt als concept.')).toBeVisible();
    await expect(admin.currentStatus).toHaveText('Concept');
    await expect(admin.transitionButton('Openen')).toBeVisible();
    for (const invalid of ['Sluiten', 'Heropenen', 'Publiceren', 'Archiveren', 'Naar clusteren']) {
      await expect(admin.transitionButton(invalid)).toHaveCount(0);
    }
    await expectNoAxeViolations(page);

    await admin.transitionButton('Openen').click();
    await expect(page.locator(':focus')).toHaveText(/^Ronde openen\?/);
    await expectNoAxeViolations(page);
    await admin.lifecycle.getByRole('button', { name: 'Ja, openen', exact: true }).click();
    await expect(admin.currentStatus).toHaveText('Open');
    await expect(admin.lifecycle.getByRole('status')).toHaveText('De status is nu: Open.');
    await expect(admin.transitionButton('Sluiten')).toBeVisible();
    await expect(admin.transitionButton('Openen')).toHaveCount(0);
    await expect(admin.transitionButton('Publiceren')).toHaveCount(0);

    // Closed → open is offered as "Heropenen"
    await admin.transition('Sluiten', 'Ja, sluiten');
    await expect(admin.currentStatus).toHaveText('Gesloten');
    await expect(admin.transitionButton('Heropenen')).toBeVisible();
    await expect(admin.transitionButton('Naar clusteren')).toBeVisible();
    await expect(admin.transitionButton('Publiceren')).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Settings: set an access code and save; afterwards the code is kept unless changed
    await page.getByLabel('Nieuwe code instellen').check();
    await page.getByLabel('Nieuwe toegangscode').fill('geheim-2027');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(page.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
    await expect(page.getByLabel('Huidige code houden')).toBeChecked();
    await expect(page.getByLabel('Code verwijderen: iedereen met de link kan meedoen')).toBeVisible();
    await expectNoAxeViolations(page);

    // The staff home page lists the new round with its status
    await home.goto();
    await expect(home.roundRow(title)).toContainText('Gesloten');
  });

  test('an invalid form names every problem in a focused summary; a taken slug shows the API message', async ({
    page,
  }) => {
    const home = new StaffHomePage(page);
    const admin = new RoundAdminPage(page);
    await home.goto();
    await home.newRoundLink.click();
    await admin.submitNew.click();
    await expect(admin.errorSummary).toBeFocused();
    await expect(admin.errorSummary.getByRole('link', { name: 'Titel: Vul dit in.' })).toBeVisible();
    await expect(
      admin.errorSummary.getByRole('link', { name: /Wie mag meedoen\?: Kies minstens één groep\./ }),
    ).toBeVisible();
    await expect(admin.title).toHaveAttribute('aria-invalid', 'true');
    await expect(admin.title).toHaveAccessibleDescription('Vul dit in.');
    await expectNoAxeViolations(page);

    await admin.errorSummary.getByRole('link', { name: 'Titel: Vul dit in.' }).click();
    await expect(admin.title).toBeFocused();

    await admin.fillBasics({
      title: 'Dubbele ronde',
      slug: 'demo',
      introduction: 'Een korte introductie.',
      prompt: 'Wat wil je kwijt?',
    });
    await admin.group('Professional').check();
    await admin.submitNew.click();
    await expect(admin.errorSummary).toBeFocused();
    await expect(admin.errorSummary.getByRole('listitem')).toHaveText([
      'Deze korte naam is al in gebruik door een andere ronde. Kies een andere.',
    ]);
    await expect(page).toHaveURL(/\/rounds\/new$/);
    await expectNoAxeViolations(page);
  });
});
