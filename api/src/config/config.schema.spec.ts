import { join } from 'node:path';
import { ConfigError, loadConfig, mailEnabled } from './config.schema';

const URL = 'postgres://u:p@localhost:5432/db';

describe('configuration', () => {
  it('applies development defaults', () => {
    const c = loadConfig({ DATABASE_URL: URL });
    expect(c.PORT).toBe(3000);
    expect(c.SEED_DEMO).toBe(true);
    expect(c.COOKIE_SECURE).toBe(false);
  });

  it('names every invalid key', () => {
    expect(() => loadConfig({ DATABASE_URL: 'nope', PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'nope', PORT: 'abc' })).toThrow(
      /DATABASE_URL[\s\S]*PORT|PORT[\s\S]*DATABASE_URL/,
    );
  });

  it('refuses production with the development session secret, and never seeds there', () => {
    expect(() => loadConfig({ DATABASE_URL: URL, NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ DATABASE_URL: URL, NODE_ENV: 'production' })).toThrow(/RETURN_CODE_SECRET/);
    const c = loadConfig({
      DATABASE_URL: URL,
      NODE_ENV: 'production',
      SESSION_SECRET: 'a-real-secret-of-enough-length',
      RETURN_CODE_SECRET: 'another-real-secret-value',
      SEED_DEMO: 'true',
    });
    expect(c.SEED_DEMO).toBe(false);
    expect(c.COOKIE_SECURE).toBe(true);
  });

  describe('e-mail', () => {
    it('is off unless MAIL_URL is set (an empty value counts as not set)', () => {
      for (const env of [{}, { MAIL_URL: '' }]) {
        const c = loadConfig({ DATABASE_URL: URL, ...env });
        expect(c.MAIL_URL).toBeNull();
        expect(mailEnabled(c)).toBe(false);
      }
      expect(
        mailEnabled(loadConfig({ DATABASE_URL: URL, MAIL_URL: 'smtp://h', JOBS_ENABLED: 'false' })),
      ).toBe(false);
      expect(mailEnabled(loadConfig({ DATABASE_URL: URL, MAIL_URL: 'smtp://h' }))).toBe(true);
    });

    it('reads smtp(s) URLs as they are and file: directories relative to the working directory', () => {
      const smtp = 'smtps://user:p%40ss@mail.example.org:465?requireTLS=true';
      expect(loadConfig({ DATABASE_URL: URL, MAIL_URL: smtp }).MAIL_URL).toEqual({ kind: 'smtp', url: smtp });
      expect(loadConfig({ DATABASE_URL: URL, MAIL_URL: 'smtp://localhost:2525' }).MAIL_URL).toEqual({
        kind: 'smtp',
        url: 'smtp://localhost:2525',
      });
      expect(loadConfig({ DATABASE_URL: URL, MAIL_URL: 'file:.data/mail' }).MAIL_URL).toEqual({
        kind: 'file',
        dir: join(process.cwd(), '.data/mail'),
      });
      expect(loadConfig({ DATABASE_URL: URL, MAIL_URL: 'file:/tmp/m' }).MAIL_URL).toEqual({
        kind: 'file',
        dir: '/tmp/m',
      });
      expect(loadConfig({ DATABASE_URL: URL, MAIL_URL: 'file:///tmp/m' }).MAIL_URL).toEqual({
        kind: 'file',
        dir: '/tmp/m',
      });
    });

    it.each(['http://mail.example.org', 'mail.example.org:25', 'smtp://', 'file:', 'file://server/share'])(
      'refuses MAIL_URL=%s with a message that names the accepted forms',
      (value) => {
        expect(() => loadConfig({ DATABASE_URL: URL, MAIL_URL: value })).toThrow(
          /MAIL_URL must be smtp:\/\/user:pass@host:port, smtps:\/\/user:pass@host:port or file:<directory>/,
        );
      },
    );

    it('never echoes the SMTP password in an error', () => {
      expect(() => loadConfig({ DATABASE_URL: URL, MAIL_URL: 'imap://u:geheim@h' })).toThrow(ConfigError);
      expect(() => loadConfig({ DATABASE_URL: URL, MAIL_URL: 'imap://u:geheim@h' })).not.toThrow(/geheim/);
    });

    it('links to PUBLIC_BASE_URL, by default this server, and wants it set in production when mail is on', () => {
      expect(loadConfig({ DATABASE_URL: URL, PORT: '4100' }).PUBLIC_BASE_URL).toBe('http://localhost:4100');
      expect(
        loadConfig({ DATABASE_URL: URL, PUBLIC_BASE_URL: 'https://inbreng.example.org/' }).PUBLIC_BASE_URL,
      ).toBe('https://inbreng.example.org');
      expect(() => loadConfig({ DATABASE_URL: URL, PUBLIC_BASE_URL: 'inbreng.example.org' })).toThrow(
        /PUBLIC_BASE_URL must be an http\(s\) address/,
      );
      const prod = {
        DATABASE_URL: URL,
        NODE_ENV: 'production',
        SESSION_SECRET: 'a-real-secret-of-enough-length',
        RETURN_CODE_SECRET: 'another-real-secret-value',
      };
      expect(loadConfig(prod).MAIL_URL).toBeNull();
      expect(() => loadConfig({ ...prod, MAIL_URL: 'smtp://mail.example.org' })).toThrow(/PUBLIC_BASE_URL/);
      expect(
        loadConfig({
          ...prod,
          MAIL_URL: 'smtp://mail.example.org',
          PUBLIC_BASE_URL: 'https://inbreng.example.org',
        }).PUBLIC_BASE_URL,
      ).toBe('https://inbreng.example.org');
    });

    it('has sane defaults for sender, client limit and retry delay', () => {
      const c = loadConfig({ DATABASE_URL: URL });
      expect(c.MAIL_FROM).toBe('Inbreng <no-reply@localhost>');
      expect(c.MAIL_LIMIT_PER_HOUR).toBe(60);
      expect(c.MAIL_RETRY_DELAY_SECONDS).toBe(30);
    });
  });
});
