import { createTestApp, TestApp } from './helpers/test-app';

describe('health and API documentation', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('reports ok with a database check', async () => {
    const res = await t.agent().get('/api/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info.database.status).toBe('up');
  });

  it('serves the OpenAPI document with the auth and health endpoints', async () => {
    const res = await t.agent().get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/auth/login', '/api/auth/logout', '/api/auth/me']),
    );
  });

  it('sets security headers and a request id', async () => {
    const res = await t.agent().get('/api/health').set('x-request-id', 'abc-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
