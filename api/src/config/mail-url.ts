import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the return-code e-mails go: an SMTP server, or a directory of .eml files (development, e2e). */
export type MailTransportSpec = { kind: 'smtp'; url: string } | { kind: 'file'; dir: string };

export const MAIL_URL_HELP =
  'MAIL_URL must be smtp://user:pass@host:port, smtps://user:pass@host:port or file:<directory> ' +
  '(leave it empty to switch e-mail off)';

/**
 * Reads MAIL_URL. `smtp://` and `smtps://` go to nodemailer as they are (query options such as
 * `?requireTLS=true` included); `file:<dir>` (relative to `cwd`) or `file:///abs/dir` writes .eml files.
 * Throws an Error with a message a person can act on.
 */
export function parseMailUrl(raw: string, cwd: string = process.cwd()): MailTransportSpec {
  const value = raw.trim();
  if (/^file:/i.test(value)) {
    const rest = value.slice('file:'.length);
    const dir = rest.startsWith('//') ? fileUrlPath(value) : rest;
    if (!dir) throw new Error(`${MAIL_URL_HELP}: file: needs a directory, e.g. file:.data/mail`);
    return { kind: 'file', dir: isAbsolute(dir) ? dir : resolve(cwd, dir) };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(MAIL_URL_HELP);
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(MAIL_URL_HELP);
  if (!url.hostname) throw new Error(`${MAIL_URL_HELP}: the host is missing`);
  return { kind: 'smtp', url: value };
}

function fileUrlPath(value: string): string {
  try {
    return fileURLToPath(value);
  } catch {
    throw new Error(
      `${MAIL_URL_HELP}: file:// URLs must name a local directory, e.g. file:///var/mail/inbreng`,
    );
  }
}
