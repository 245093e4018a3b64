import { ConfigError, loadConfig } from './config.schema';

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
});
