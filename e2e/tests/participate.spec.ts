import { expect, test, type APIRequestContext, type Request } from '@playwright/test';
import type { SessionResponse, StaffRoundResponse } from '@inbreng/contracts';
import { MyInputPage } from '../pages/my-input.page';
import { RoundPage } from '../pages/round.page';
import { expectNoAxeViolations } from '../support/axe';
import { tabTo } from '../support/keyboard';

const EXPERIENCE =
  'Op school merkte niemand dat het thuis niet goed ging. Ik had graag gehad dat een leraar het vroeg.';

/** Seeds a round through the staff API (as the demo admin), opens it, and closes it when asked. */
async function seedRound(
  api: APIRequestContext,
  opts: { slug: string; title: string; accessCode?: string; close?: boolean },
): Promise<void> {
  const login = await api.post('/api/auth/login', {
    data: { email: 'admin@inbreng.local', password: 'inbreng-demo' },
  });
  expect(login.ok(), await login.text()).toBe(true);
  const session = (await login.json()) as SessionResponse;
  const workspaceId = session.user?.memberships[0]?.workspaceId ?? '';
  const xsrf = (await api.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const headers = { 'X-XSRF-TOKEN': xsrf };
  const base = `/api/staff/workspaces/${workspaceId}/rounds`;
  const created = await api.post(base, {
    headers,
    data: {
      slug: opts.slug,
      title: opts.title,
      introduction: 'Een ronde voor de e2e-test.',
      prompt: 'Wat wil je kwijt?',
      allowedGroups: ['youth', 'parent'],
      lifeDomains: [{ code: 'school_work', label: 'school en werk' }],
      ...(opts.accessCode ? { accessCode: opts.accessCode } : {}),
      retentionDays: 365,
    },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const round = (await created.json()) as StaffRoundResponse;
  for (const to of opts.close ? ['open', 'closed'] : ['open']) {
    const moved = await api.post(`${base}/${round.id}/transition`, { headers, data: { to } });
    expect(moved.ok(), await moved.text()).toBe(true);
  }
}

test.describe('taking part in a round', () => {
  test('a 14-year-old takes part with the keyboard only and follows it on Mijn inbreng @phone', async ({
    page,
  }) => {
    const round = new RoundPage(page);
    const myInput = new MyInputPage(page);
    await round.goto();
    await expect(round.heading).toHaveText(
      'Wat moet er beter aan de hulp voor jongeren en gezinnen in Utrecht?',
    );
    await expect(page.getByText('Een ronde van Kenniswerkplaats Jeugd Utrecht Stad')).toBeVisible();
    await expect(round.consent).toHaveCount(0); // the steps open up one after the other
    await expectNoAxeViolations(page);

    await round.chooseRadioByKeyboard(round.radio('jongere'), round.radio('jongere'));
    await round.chooseRadioByKeyboard(
      round.radio('12 tot en met 15 jaar'),
      round.radio('12 tot en met 15 jaar'),
    );
    await expect(round.youngConsent).toBeVisible();
    await expect(round.youngConsent).toContainText('Vraag het gerust aan je ouder of aan een leraar');
    await expect(round.youngConsent).toContainText('Je naam staat nooit bij wat je schrijft.');
    await round.checkByKeyboard(round.consent);

    await round.chooseRadioByKeyboard(round.kind('Een vraag'), round.kind('Een ervaring'));
    // The group's own prompt is the hint of the text box.
    await expect(round.text).toHaveAccessibleDescription(
      /Wat heb jij meegemaakt met hulp, school of thuis\? Wat zou jij anders willen\?/,
    );
    await round.typeByKeyboard(round.text, EXPERIENCE);
    await expect(round.counter).toHaveText(`${EXPERIENCE.length} van de 2000 tekens`);
    await round.checkByKeyboard(round.domain('wonen'));
    await page.keyboard.press('Tab'); // on to "geld en financiën"
    await page.keyboard.press('Tab'); // on to "school en werk"
    await page.keyboard.press('Space');
    await expect(round.domain('school en werk')).toBeChecked();
    await expect(round.helpPanel).toHaveCount(0);
    await expectNoAxeViolations(page);

    await round.submitByKeyboard();
    await expect(round.confirmation).toBeFocused();
    const code = await round.code();
    const spelled = code
      .split('-')
      .map((g) => g.split('').join(' '))
      .join(', ');
    await expect(round.returnCode).toHaveAttribute('aria-label', `Jouw code: ${spelled}`);
    await expect(round.returnCode).toHaveCSS('font-family', /mono/i);
    await expectNoAxeViolations(page);

    await tabTo(page, round.myInputLink);
    await page.keyboard.press('Enter');
    await expect(myInput.heading).toBeVisible();
    await expect(myInput.code).toHaveValue(code); // remembered on this device, never in the URL
    expect(page.url()).not.toContain(code.replace(/-/g, ''));
    await myInput.lookUpByKeyboard();
    await expect(myInput.results).toBeFocused();
    const item = myInput.item('Op school merkte niemand');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('in behandeling');
    await expect(item).toContainText('Een ervaring');
    await expect(item).toContainText('Onderwerpen: wonen, school en werk');
    await expect(page.getByText('Je doet mee als:')).toContainText('jongere (12 tot en met 15 jaar)');
    await expectNoAxeViolations(page);
  });

  test('a crisis text shows the help panel while typing and after sending, without blocking', async ({
    page,
  }) => {
    const round = new RoundPage(page);
    await round.goto();
    await round.fill({ age: '16 of 17 jaar', text: 'Het gaat echt slecht met me. Ik wil niet meer leven.' });
    await expect(round.helpPanel).toBeVisible();
    await expect(round.helpPanel).toContainText(
      'Wat je schrijft klinkt zwaar. Je hoeft dit niet alleen te dragen.',
    );
    await expect(round.helpPanel.getByRole('link', { name: 'Bel 113' })).toHaveAttribute('href', 'tel:113');
    await expect(round.helpPanel.getByRole('link', { name: 'Bel gratis 0800-0113' })).toHaveAttribute(
      'href',
      'tel:08000113',
    );
    await expect(round.helpPanel.getByRole('link', { name: 'Bel gratis 0800-0432' })).toHaveAttribute(
      'href',
      'tel:08000432',
    );
    await expect(round.helpPanel.getByRole('link', { name: 'Bel gratis 0800-2000' })).toHaveAttribute(
      'href',
      'tel:08002000',
    );
    await expect(round.helpPanel.getByRole('link', { name: 'Bel 112' })).toHaveAttribute('href', 'tel:112');
    await expect(page.getByTestId('announcer')).toHaveText(
      /Onder het tekstvak staat nu waar je hulp kunt krijgen/,
    );
    // Not a dialog: typing goes on.
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await round.text.press('End');
    await page.keyboard.type(' Niemand snapt het.');
    await expect(round.text).toHaveValue(/Niemand snapt het\.$/);
    await expectNoAxeViolations(page);

    await round.submit.click();
    await expect(round.confirmation).toBeFocused();
    await expect(round.confirmation.getByRole('region', { name: /Praat erover/ })).toBeVisible();
    await expectNoAxeViolations(page);

    const myInput = new MyInputPage(page);
    await round.myInputLink.click();
    await myInput.submit.click();
    await expect(myInput.item('Ik wil niet meer leven')).toHaveCount(1);
    await expect(myInput.helpPanel).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the draft survives a reload, and a sent item keeps who you are for the next one', async ({
    page,
  }) => {
    const round = new RoundPage(page);
    await round.goto();
    await round.fill({
      group: 'ouder of opvoeder',
      kind: 'Een idee',
      text: 'Een vaste contactpersoon bij de gemeente zou veel schelen.',
      domains: ['thuis en gezin'],
    });
    await round.wijk.selectOption({ label: 'Overvecht' });
    await expect(round.quoteConsent).not.toBeChecked(); // quoting is asked, never assumed
    await round.quoteConsent.check();
    await page.reload();

    await expect(round.restoredNotice).toBeVisible();
    await expect(round.radio('ouder of opvoeder')).toBeChecked();
    await expect(round.consent).toBeChecked();
    await expect(round.kind('Een idee')).toBeChecked();
    await expect(round.text).toHaveValue('Een vaste contactpersoon bij de gemeente zou veel schelen.');
    await expect(round.domain('thuis en gezin')).toBeChecked();
    await expect(round.wijk).toHaveValue('overvecht');
    await expect(round.quoteConsent).toBeChecked();
    await expectNoAxeViolations(page);

    const first = page.waitForRequest((r) => r.method() === 'POST' && r.url().includes('/submissions'));
    await round.submit.click();
    expect((await first).postDataJSON()).toMatchObject({ quoteConsent: true, wijk: 'overvecht' });
    await expect(round.confirmation).toBeFocused();
    const code = await round.code();
    await round.addMoreButton.click();
    await expect(page.getByRole('heading', { name: '3. Jouw inbreng' })).toBeFocused();
    await expect(round.text).toHaveValue('');
    // Who you are stays, and with a code it is shown, not asked again (the API keeps the first group).
    await expect(round.fixedWho).toHaveText(/Je doet mee als:\s*ouder of opvoeder/);
    await expect(round.radio('ouder of opvoeder')).toHaveCount(0);
    await expect(round.consent).toBeChecked();
    await expect(round.returning).toContainText(code);
    await expect(round.quoteConsent).not.toBeChecked(); // asked again for every text

    // The second item goes with the same code.
    const second = page.waitForRequest((r) => r.method() === 'POST' && r.url().includes('/submissions'));
    await round.kind('Een vraag').check();
    await round.text.fill('Waarom duurt het zo lang voordat er hulp komt?');
    await round.domain('gezondheid').check();
    await round.submit.click();
    const sent = (await second).postDataJSON() as { returnCode?: string; quoteConsent?: boolean };
    expect(sent.returnCode).toBe(code);
    expect(sent.quoteConsent).toBe(false);
    await expect(round.confirmation).toBeFocused();
    expect(await round.code()).toBe(code);

    await page.reload();
    await expect(round.text).toHaveValue('');
    await expect(round.fixedWho).toHaveText(/Je doet mee als:\s*ouder of opvoeder/);
  });

  test('a returning participant sees their fixed group and makes this device forget the code, by keyboard @phone', async ({
    page,
  }) => {
    const round = new RoundPage(page);
    const myInput = new MyInputPage(page);
    await round.goto();
    await round.fill({ age: '16 of 17 jaar', text: 'Ik wil een mentor die echt tijd voor me heeft.' });
    await round.submit.click();
    const code = await round.code();
    await round.addMoreButton.click();
    await expect(round.fixedWho).toHaveText(/Je doet mee als:\s*jongere\s*\(16 of 17 jaar\)/);
    await expect(round.radio('jongere')).toHaveCount(0);
    await expect(round.radio('16 of 17 jaar')).toHaveCount(0);

    // After a reload the group comes from the API, not only from this device.
    await page.evaluate(() => {
      const key = 'inbreng.draft.demo';
      const draft = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
      localStorage.setItem(key, JSON.stringify({ ...draft, group: null, ageBand: null }));
    });
    const asked = page.waitForResponse((r) => r.url().includes('/api/public/my-input/') && r.ok());
    await page.reload();
    await asked;
    await expect(round.fixedWho).toHaveText(/Je doet mee als:\s*jongere\s*\(16 of 17 jaar\)/);
    await expect(round.returning).toContainText(code);
    await expectNoAxeViolations(page);

    // Changing your mind keeps everything.
    await tabTo(page, round.forgetButton);
    await page.keyboard.press('Enter');
    await expect(round.forgetQuestion).toBeFocused();
    await expect(round.forgetQuestion).toHaveAccessibleDescription(/Je inbreng zelf wordt niet verwijderd\./);
    await expect(round.forgetQuestion).toContainText('Zonder je code kun je je inbreng niet meer bekijken.');
    await expect(round.forgetQuestion).toContainText('Verwijder mijn gegevens');
    await expectNoAxeViolations(page);
    await tabTo(page, round.forgetNo);
    await page.keyboard.press('Enter');
    await expect(round.forgetButton).toBeFocused();
    await expect(round.returning).toContainText(code);

    await page.keyboard.press('Enter');
    await expect(round.forgetQuestion).toBeFocused();
    await tabTo(page, round.forgetYes);
    await page.keyboard.press('Enter');
    await expect(round.forgotten).toBeFocused();
    await expect(round.forgotten).toHaveText(
      'Dit apparaat is je code vergeten. Je inbreng zelf is niet verwijderd.',
    );
    await expect(round.announcer).toHaveText(
      'Dit apparaat is je code vergeten. Je inbreng zelf is niet verwijderd.',
    );
    await expect(round.returning).toHaveCount(0);
    await expect(round.radio('jongere')).not.toBeChecked(); // a new participant again
    await expect(round.consent).toHaveCount(0);
    const kept = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(kept).not.toContain(code);
    expect(kept).not.toContain('16-17');
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(round.radio('jongere')).toBeVisible();
    await expect(round.returning).toHaveCount(0);
    await myInput.goto();
    await expect(myInput.heading).toBeVisible();
    await expect(myInput.code).toHaveValue('');
    await expect(myInput.forgetButton).toHaveCount(0);

    // The input itself is still there for whoever has the code.
    await myInput.lookUp(code);
    await expect(myInput.item('Ik wil een mentor die echt tijd voor me heeft.')).toHaveCount(1);
  });

  test('Mijn inbreng makes this device forget the code, by keyboard @phone', async ({ page }) => {
    const round = new RoundPage(page);
    const myInput = new MyInputPage(page);
    await round.goto();
    await round.fill({ group: 'ouder of opvoeder', text: 'Meer uitleg over de wachtlijst zou fijn zijn.' });
    await round.submit.click();
    const code = await round.code();
    await round.myInputLink.click();
    await expect(myInput.code).toHaveValue(code);
    await myInput.lookUpByKeyboard();
    await expect(myInput.item('Meer uitleg over de wachtlijst')).toHaveCount(1);
    // Half-answered questionnaires of the round are kept by questionnaire id; they go too.
    const list = await page.request.get('/api/public/rounds/demo/questionnaires');
    const [questionnaire] = (await list.json()) as { id: string }[];
    expect(questionnaire).toBeDefined();
    await page.evaluate((id) => {
      localStorage.setItem(`inbreng.questionnaire.${id}`, '{"group":"parent","answers":{"q1":"ja"}}');
      localStorage.setItem('inbreng.questionnaire.another-round', '{"group":"youth"}');
    }, questionnaire?.id ?? '');

    await tabTo(page, myInput.forgetButton);
    await page.keyboard.press('Enter');
    await expect(myInput.forgetQuestion).toBeFocused();
    await expectNoAxeViolations(page);
    await tabTo(page, myInput.forgetYes);
    await page.keyboard.press('Enter');
    await expect(myInput.forgotten).toBeFocused();
    await expect(myInput.status).toHaveText(
      'Dit apparaat is je code vergeten. Je inbreng zelf is niet verwijderd.',
    );
    await expect(myInput.code).toHaveValue('');
    await expect(myInput.items).toHaveCount(0);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(code);
    await expect
      .poll(() =>
        page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('inbreng.questionnaire.'))),
      )
      .toEqual(['inbreng.questionnaire.another-round']);
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(myInput.heading).toBeVisible();
    await expect(myInput.code).toHaveValue('');
    await expect(myInput.forgetButton).toHaveCount(0);
    await round.goto();
    await expect(round.returning).toHaveCount(0);
    await expect(round.radio('ouder of opvoeder')).not.toBeChecked();
  });

  test('a code the server does not know is forgotten on this device', async ({ page }) => {
    const round = new RoundPage(page);
    const myInput = new MyInputPage(page);
    const unknown = 'ABC-DEF-GHJ-KMN-PQR-STU';
    await page.goto('/');
    await page.evaluate((code) => {
      localStorage.setItem('inbreng.returnCode.demo', code);
      localStorage.setItem('inbreng.returnCode.last', code);
      localStorage.setItem(
        'inbreng.draft.demo',
        JSON.stringify({ group: 'parent', text: 'Nog niet af', returnCode: code }),
      );
    }, unknown);
    const asked = page.waitForResponse((r) => r.url().includes('/api/public/my-input/'));
    await round.goto();
    expect((await asked).status()).toBe(404);
    await expect(round.returning).toHaveCount(0);
    await expect(round.radio('ouder of opvoeder')).toBeChecked(); // what was not sent yet stays
    const kept = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(kept).not.toContain(unknown);
    expect(kept).toContain('Nog niet af');

    // Mijn inbreng forgets a remembered code the same way when it turns out to be unknown.
    await page.evaluate((code) => localStorage.setItem('inbreng.returnCode.last', code), unknown);
    await myInput.goto();
    await expect(myInput.code).toHaveValue(unknown);
    await expect(myInput.forgetButton).toBeVisible();
    await myInput.submit.click();
    await expect(page.getByText('We kennen deze code niet.')).toBeVisible();
    await expect(myInput.forgetButton).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('inbreng.returnCode.last'))).toBeNull();
  });

  test('a phone number is shown redacted on Mijn inbreng', async ({ page }) => {
    const round = new RoundPage(page);
    const myInput = new MyInputPage(page);
    await round.goto();
    await round.fill({
      group: 'professional',
      kind: 'Een vraag',
      text: 'Hoe krijg ik sneller contact met het buurtteam? Bel me op 06-12345678 als je meer wilt weten.',
    });
    await round.submit.click();
    const code = await round.code();

    await page.evaluate(() => localStorage.clear());
    await myInput.goto();
    await expect(myInput.code).toHaveValue('');
    // Tolerant of lowercase and spaces instead of dashes.
    await myInput.lookUp(code.toLowerCase().replace(/-/g, ' '));
    const item = myInput.item('Hoe krijg ik sneller contact');
    await expect(item).toContainText('[telefoonnummer]');
    await expect(item).not.toContainText('06-12345678');
    await expect(item).not.toContainText('12345678');
    await expectNoAxeViolations(page);
  });

  test('Mijn inbreng says so when it does not know a code', async ({ page }) => {
    const myInput = new MyInputPage(page);
    await myInput.goto();
    await expectNoAxeViolations(page);
    await myInput.lookUp('ABC-DEF-GHJ-KMN-PQR-STU');
    await expect(
      page.getByText('We kennen deze code niet. Kijk of je hem goed hebt overgenomen.'),
    ).toBeVisible();
    await expect(myInput.code).toBeFocused();
    await expect(myInput.code).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
  });

  test('a too short text gets an inline error and the error summary takes focus @phone', async ({ page }) => {
    const round = new RoundPage(page);
    await round.goto();
    await round.fill({ age: '18 tot en met 23 jaar', text: 'kort' });
    await round.submit.click();
    await expect(round.errorSummary).toBeFocused();
    await expect(round.errorSummary).toContainText('Je tekst is nog te kort. Schrijf minstens 10 tekens.');
    await expect(round.text).toHaveAttribute('aria-invalid', 'true');
    await expect(round.text).toHaveAccessibleDescription(/Je tekst is nog te kort/);
    await expectNoAxeViolations(page);

    // The summary links to the field.
    await round.errorSummary.getByRole('link', { name: /te kort/ }).click();
    await expect(round.text).toBeFocused();
    await page.keyboard.type(' maar nu lang genoeg');
    await expect(round.text).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('a failed send keeps the draft and retries with the same idempotency key, once', async ({ page }) => {
    const round = new RoundPage(page);
    await round.goto();
    await round.fill({ age: '16 of 17 jaar', text: 'Ik wil dat mijn mentor meer tijd heeft om te praten.' });

    const bodies: { idempotencyKey: string }[] = [];
    let failNext = true;
    await page.route('**/api/public/rounds/demo/submissions', async (route) => {
      bodies.push(route.request().postDataJSON() as { idempotencyKey: string });
      if (failNext) {
        failNext = false;
        await route.abort('internetdisconnected');
      } else {
        await route.continue();
      }
    });
    await round.submit.click();
    await expect(round.errorSummary).toBeFocused();
    await expect(round.errorSummary).toContainText('Versturen lukte niet. Je tekst is bewaard.');
    await expect(round.text).toHaveValue('Ik wil dat mijn mentor meer tijd heeft om te praten.');

    const posts: Request[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/submissions')) posts.push(r);
    });
    await round.submit.dblclick();
    await expect(round.confirmation).toBeFocused();
    expect(posts).toHaveLength(1); // the double click sent once
    expect(bodies).toHaveLength(2);
    expect(bodies[1]?.idempotencyKey).toBe(bodies[0]?.idempotencyKey);
  });

  test('the round page has no horizontal scrolling at 360 px wide @phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const round = new RoundPage(page);
    await round.goto();
    await round.fill({
      age: '12 tot en met 15 jaar',
      text: 'Ik wil niet meer leven, het is te zwaar thuis.',
    });
    await expect(round.helpPanel).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });

  test('a round with an access code asks for it and says so when it is wrong', async ({ page, request }) => {
    const slug = `met-code-${Date.now()}`;
    await seedRound(request, { slug, title: 'Ronde met toegangscode', accessCode: 'klas-3b-2026' });
    const round = new RoundPage(page);
    await round.goto(slug);
    await expect(round.accessCode).toBeVisible();
    await expect(round.wijk).toHaveCount(0); // this round has no wijken
    await round.accessCode.fill('verkeerde-code');
    await round.fill({ age: '16 of 17 jaar', text: 'Ik wil meer uitleg over mijn hulpverlening.' });
    await round.submit.click();
    await expect(round.errorSummary).toBeFocused();
    await expect(round.errorSummary).toContainText('Deze code klopt niet.');
    await expect(round.accessCode).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await round.accessCode.fill('klas-3b-2026');
    await expect(round.accessCode).not.toHaveAttribute('aria-invalid', 'true');
    await round.submit.click();
    await expect(round.confirmation).toBeFocused();
  });

  test('a closed round says so clearly and shows no form', async ({ page, request }) => {
    const slug = `gesloten-${Date.now()}`;
    await seedRound(request, { slug, title: 'Gesloten ronde', close: true });
    const round = new RoundPage(page);
    await page.goto(`/r/${slug}`);
    await expect(round.heading).toHaveText('Gesloten ronde');
    await expect(page.getByTestId('round-closed')).toContainText('Deze ronde is gesloten.');
    await expect(round.form).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('an unknown round gets a helpful page', async ({ page }) => {
    await page.goto('/r/bestaat-niet');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze ronde bestaat niet');
    await expectNoAxeViolations(page);
  });

  test('the main menu links to Mijn inbreng', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Mijn inbreng', exact: true }).click();
    await expect(page).toHaveURL(/\/mijn-inbreng$/);
    await expect(page).toHaveTitle(/Mijn inbreng · Inbreng/);
  });
});
