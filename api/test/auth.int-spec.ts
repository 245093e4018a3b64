import { createStaff, createTestApp, loginAs, seedWorkspace, TestApp, unique } from './helpers/test-app';

describe('staff authentication', () => {
  let t: TestApp;
  let email: string;
  const password = 'correct horse battery';

  beforeAll(async () => {
    t = await createTestApp();
    const { workspace } = await seedWorkspace(t);
    email = `${unique('mod')}@example.org`;
    await createStaff(t, email, password, [{ workspaceId: workspace.id, role: 'moderator' }]);
  });
  afterAll(() => t.close());

  it('logs in with the right password, with an httpOnly SameSite session cookie kept in PostgreSQL', async () => {
    const res = await t
      .agent()
      .post('/api/auth/login')
      .send({ email: email.toUpperCase(), password })
      .expect(200);
    expect(res.body.user.email).toBe(email);
    expect(res.body.user.memberships[0].role).toBe('moderator');
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    const sid = cookies.find((c) => c.startsWith('inbreng.sid='));
    expect(sid).toMatch(/HttpOnly/i);
    expect(sid).toMatch(/SameSite=Lax/i);
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM session WHERE sess::text LIKE $1`, [
      `%${res.body.user.id}%`,
    ]);
    expect(rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it('me returns the user only with the session cookie', async () => {
    const { agent } = await loginAs(t, email, password);
    expect((await agent.get('/api/auth/me').expect(200)).body.user.email).toBe(email);
    expect((await t.agent().get('/api/auth/me').expect(200)).body.user).toBeNull();
  });

  it('refuses a wrong password and an unknown e-mail with the same message', async () => {
    const wrong = await t.agent().post('/api/auth/login').send({ email, password: 'nope' }).expect(401);
    const unknown = await t
      .agent()
      .post('/api/auth/login')
      .send({ email: 'nobody@example.org', password: 'nope' })
      .expect(401);
    expect(wrong.body.message).toBe(unknown.body.message);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('records logins and failed logins in the audit log', async () => {
    const rows: Array<{ action: string }> = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE action LIKE 'auth.%'`,
    );
    const actions = rows.map((r) => r.action);
    expect(actions).toContain('auth.login');
    expect(actions).toContain('auth.login_failed');
  });

  it('logout needs the CSRF token, then ends the session', async () => {
    const { agent, xsrf } = await loginAs(t, email, password);
    await agent.post('/api/auth/logout').expect(403);
    await agent.post('/api/auth/logout').set('X-XSRF-TOKEN', 'forged').expect(403);
    await agent.post('/api/auth/logout').set('X-XSRF-TOKEN', xsrf).expect(204);
    expect((await agent.get('/api/auth/me').expect(200)).body.user).toBeNull();
  });
});

describe('login throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_LIMIT_PER_ACCOUNT: '3', LOGIN_LIMIT_PER_IP: '6' });
  });
  afterAll(() => t.close());

  it('blocks an account after too many attempts, even with the right password', async () => {
    const { workspace } = await seedWorkspace(t);
    const email = `${unique('victim')}@example.org`;
    await createStaff(t, email, 'right-password', [{ workspaceId: workspace.id, role: 'admin' }]);
    for (let i = 0; i < 3; i++) {
      await t
        .agent()
        .post('/api/auth/login')
        .send({ email, password: `guess-${i}` })
        .expect(401);
    }
    const blocked = await t
      .agent()
      .post('/api/auth/login')
      .send({ email, password: 'right-password' })
      .expect(429);
    expect(blocked.body.message).toMatch(/Too many/);
    expect(blocked.headers['retry-after']).toBeDefined();
  });

  it('blocks one client that tries many accounts', async () => {
    // The previous test used 4 of this client's 6 attempts.
    await t.agent().post('/api/auth/login').send({ email: 'a1@example.org', password: 'x' }).expect(401);
    await t.agent().post('/api/auth/login').send({ email: 'a2@example.org', password: 'x' }).expect(401);
    await t.agent().post('/api/auth/login').send({ email: 'a3@example.org', password: 'x' }).expect(429);
  });
});
