import { expect, test } from '@playwright/test';
import { EmailCodePanel, mailTo } from '../pages/email-code.panel';
import { MyInputPage } from '../pages/my-input.page';
import { RoundPage } from '../pages/round.page';
import { expectNoAxeViolations } from '../support/axe';

test.describe('e-mailing the return code', () => {
  test('a participant on a phone asks for the code by e-mail with the keyboard and gets it @phone', async ({
    page,
  }) => {
    const round = new RoundPage(page);
    const panel = new EmailCodePanel(page);
    await round.goto();
    await round.fill({
      age: '16 of 17 jaar',
      text: 'Ik wil graag dat de jeugdarts ook op zaterdag spreekuur heeft in de wijk.',
    });
    await round.submit.click();
    await expect(round.confirmation).toBeVisible();
    const code = await round.code();

    // Optional, and it says what happens with the address.
    await expect(panel.region).toBeVisible();
    await expect(panel.privacyNote).toBeVisible();
    await expect(panel.email).toHaveAttribute('type', 'email');
    await expect(panel.email).toHaveAttribute('autocomplete', 'email');

    // A typing mistake is named at the field, which keeps the focus.
    await panel.askByKeyboard('jongere@voorbeeld');
    await expect(panel.region.getByText('Dit is geen goed e-mailadres.')).toBeVisible();
    await expect(panel.email).toBeFocused();
    await expect(panel.email).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.email).toHaveAccessibleDescription(/Dit is geen goed e-mailadres/);
    await expectNoAxeViolations(page);

    const address = `jongere-${Date.now()}@example.org`;
    await panel.askByKeyboard(address);
    await expect(panel.status).toHaveText(
      new RegExp(`^\\s*Gelukt\\. We sturen je code naar ${address.replace(/[.+]/g, '\\$&')}`),
    );
    await expect(panel.email).toHaveValue('');
    await expect(panel.email).not.toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    // Fits a 360 px wide screen (the phone is 390): nothing sticks out sideways.
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // The mail holds the code shown on screen and a link to Mijn inbreng, never with the code in it.
    const mail = await mailTo(address);
    expect(mail.subject).toMatch(/^Jouw code voor /);
    expect(mail.text).toContain(code);
    expect(typeof mail.html === 'string' ? mail.html : '').toContain(code);
    expect(mail.text).toMatch(/https?:\/\/[^\s]+\/mijn-inbreng\b/);
    const urls =
      `${mail.text ?? ''}\n${typeof mail.html === 'string' ? mail.html : ''}`.match(
        /https?:\/\/[^\s"<>]+/g,
      ) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls)
      expect(url.toUpperCase().replace(/[^A-Z0-9]/g, '')).not.toContain(code.replace(/-/g, ''));

    // Mijn inbreng offers it too.
    const myInput = new MyInputPage(page);
    await myInput.goto();
    await myInput.lookUp(code);
    await expect(myInput.results).toBeVisible();
    await expect(panel.region).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
