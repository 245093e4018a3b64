import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, type Mail } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string;
}

/** Automatic mail: auto-responders and out-of-office replies should stay quiet. */
const HEADERS = { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' };

/**
 * Hands a message to the configured transport: an SMTP server (MAIL_URL smtp:// or smtps://) or, for
 * development and e2e tests, a directory where every message becomes one .eml file (MAIL_URL file:<dir>).
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly mailer: Mail | null;
  private readonly dir: string | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const spec = config.MAIL_URL;
    this.dir = spec?.kind === 'file' ? spec.dir : null;
    if (!spec) this.mailer = null;
    else if (spec.kind === 'file')
      this.mailer = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    // Short timeouts: a hanging server fails the attempt, and the job retries later with backoff.
    else
      this.mailer = createTransport({
        url: spec.url,
        connectionTimeout: 20_000,
        greetingTimeout: 20_000,
        socketTimeout: 30_000,
      });
  }

  get configured(): boolean {
    return this.mailer !== null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.mailer) throw new Error('e-mail is not configured (MAIL_URL)');
    const info: unknown = await this.mailer.sendMail({
      from: this.config.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: { ...HEADERS, 'Content-Language': mail.language },
    });
    if (this.dir) await this.writeFile(this.dir, (info as { message: Buffer }).message);
  }

  /** Written under a temporary name and renamed, so a reader never sees half a message. Owner-only: it holds an address. */
  private async writeFile(dir: string, message: Buffer): Promise<void> {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}`;
    await writeFile(join(dir, `${name}.tmp`), message, { mode: 0o600 });
    await rename(join(dir, `${name}.tmp`), join(dir, `${name}.eml`));
  }

  onApplicationShutdown(): void {
    this.mailer?.close();
  }
}
