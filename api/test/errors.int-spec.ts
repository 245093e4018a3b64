import { createTestApp, TestApp } from './helpers/test-app';

describe('bad input gets a clear 4xx, never a stack trace', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  function expectCleanError(body: Record<string, unknown>, status: number) {
    expect(body['statusCode']).toBe(status);
    expect(typeof body['message']).toBe('string');
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|\.ts:\d+|node_modules/);
  }

  it('malformed JSON → 400', async () => {
    const res = await t
      .agent()
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send('{"email": "a@b.nl", ')
      .expect(400);
    expectCleanError(res.body, 400);
    expect(res.body.message).toBe('The request body is not valid JSON.');
  });

  it('unknown fields → 400 naming the field', async () => {
    const res = await t
      .agent()
      .post('/api/auth/login')
      .send({ email: 'a@b.nl', password: 'x', isAdmin: true })
      .expect(400);
    expectCleanError(res.body, 400);
    expect(res.body.message).toContain('isAdmin');
  });

  it('wrong types → 400 naming the field', async () => {
    const res = await t
      .agent()
      .post('/api/auth/login')
      .send({ email: 42, password: ['x'] })
      .expect(400);
    expectCleanError(res.body, 400);
    expect(res.body.details.join(' ')).toMatch(/email/);
    expect(res.body.details.join(' ')).toMatch(/password/);
  });

  it('unknown API route → 404 JSON', async () => {
    const res = await t.agent().get('/api/does-not-exist').expect(404);
    expectCleanError(res.body, 404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
  });

  it('body over the size limit → 413', async () => {
    const res = await t
      .agent()
      .post('/api/auth/login')
      .send({ email: 'a@b.nl', password: 'x'.repeat(70_000) })
      .expect(413);
    expectCleanError(res.body, 413);
  });

  it('invalid query values → 400 instead of a database error', async () => {
    const res = await t.agent().get('/api/public/workspaces/NOT%20A%20SLUG').expect(400);
    expectCleanError(res.body, 400);
  });

  it('unknown workspace → 404 with a readable message', async () => {
    const res = await t.agent().get('/api/public/workspaces/nope').expect(404);
    expect(res.body.message).toContain('nope');
  });
});
