import { expect, type Locator, type Page } from '@playwright/test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tabTo } from '../support/keyboard';

/** "Stuur mijn code naar mijn e-mail" (in the confirmation panel and on Mijn inbreng), Dutch texts. */
export class EmailCodePanel {
  readonly region: Locator;
  readonly email: Locator;
  readonly send: Locator;
  readonly status: Locator;
  readonly privacyNote: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Stuur mijn code naar mijn e-mail' });
    this.email = this.region.getByRole('textbox', { name: 'Je e-mailadres' });
    this.send = this.region.getByRole('button', { name: 'Stuur mijn code' });
    this.status = this.region.getByTestId('email-code-status');
    this.privacyNote = this.region.getByText(
      'We gebruiken je e-mailadres alleen om deze ene mail te sturen. Daarna wissen we het.',
    );
  }

  /** Tabs to the address field, types the address and presses Enter (sends the form). */
  async askByKeyboard(address: string): Promise<void> {
    await tabTo(this.page, this.email);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(address);
    await this.page.keyboard.press('Enter');
  }
}

/** The .eml the server wrote (MAIL_URL=file:<E2E_MAIL_DIR>) for this address, parsed. */
export async function mailTo(address: string, timeoutMs = 15_000): Promise<ParsedMail> {
  const dir = process.env['E2E_MAIL_DIR'];
  if (!dir)
    throw new Error(
      'E2E_MAIL_DIR is not set: run through `npm run test:e2e`, which sets MAIL_URL=file:<dir>.',
    );
  let found: ParsedMail | null = null;
  await expect
    .poll(
      async () => {
        const names = await readdir(dir).catch(() => [] as string[]);
        for (const name of names.filter((n) => n.endsWith('.eml'))) {
          const mail = await simpleParser(await readFile(join(dir, name)));
          const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
          if (to.some((t) => t.value.some((v) => v.address?.toLowerCase() === address.toLowerCase()))) {
            found = mail;
            return true;
          }
        }
        return false;
      },
      { timeout: timeoutMs, message: `an e-mail to ${address} in ${dir}` },
    )
    .toBe(true);
  return found as unknown as ParsedMail;
}
