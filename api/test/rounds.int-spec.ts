import {
  createStaff,
  createTestApp,
  loginAs,
  seedWorkspace,
  submissionBody,
  TestApp,
  unique,
  countRows,
} from './helpers/test-app';

const roundBody = (overrides: Record<string, unknown> = {}) => ({
  slug: unique('r').toLowerCase(),
  title: 'Wat vind jij van jeugdhulp?',
  introduction: 'Korte uitleg in B1.',
  prompt: 'Wat moet er beter?',
  allowedGroups: ['youth', 'parent'],
  lifeDomains: [{ code: 'health', label: 'gezondheid' }],
  retentionDays: 365,
  ...overrides,
});

describe('rounds: administration and lifecycle', () => {
  let t: TestApp;
  let ws: Awaited<ReturnType<typeof seedWorkspace>>;
  let admin: Awaited<ReturnType<typeof loginAs>>;
  let moderator: Awaited<ReturnType<typeof loginAs>>;
  const base = () => `/api/staff/workspaces/${ws.workspace.id}/rounds`;

  beforeAll(async () => {
    t = await createTestApp();
    ws = await seedWorkspace(t);
    const a = `${unique('adm')}@example.org`;
    const m = `${unique('mod')}@example.org`;
    await createStaff(t, a, 'pw-long-enough', [{ workspaceId: ws.workspace.id, role: 'admin' }]);
    await createStaff(t, m, 'pw-long-enough', [{ workspaceId: ws.workspace.id, role: 'moderator' }]);
    admin = await loginAs(t, a, 'pw-long-enough');
    moderator = await loginAs(t, m, 'pw-long-enough');
  });
  afterAll(() => t.close());

  it('an admin creates a draft round; a moderator may not', async () => {
    const res = await admin.agent.post(base()).set('X-XSRF-TOKEN', admin.xsrf).send(roundBody()).expect(201);
    expect(res.body.status).toBe('draft');
    await moderator.agent.post(base()).set('X-XSRF-TOKEN', moderator.xsrf).send(roundBody()).expect(403);
  });

  it('a draft round is invisible to the public and takes no input', async () => {
    const res = await admin.agent.post(base()).set('X-XSRF-TOKEN', admin.xsrf).send(roundBody()).expect(201);
    await t.agent().get(`/api/public/rounds/${res.body.slug}`).expect(404);
    await t
      .agent()
      .post(`/api/public/rounds/${res.body.slug}/submissions`)
      .send(submissionBody())
      .expect(404);
  });

  it('follows draft → open → closed → open → closed → synthesis → prioritising → published → archived, each audited', async () => {
    const created = await admin.agent
      .post(base())
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send(roundBody())
      .expect(201);
    const id = created.body.id as string;
    for (const to of [
      'open',
      'closed',
      'open',
      'closed',
      'synthesis',
      'prioritising',
      'published',
      'archived',
    ]) {
      if (to === 'prioritising') {
        // moving to prioritising needs a started prioritisation (its own endpoint, tested elsewhere)
        await t.dataSource.query(
          `INSERT INTO prioritisation (round_id, workspace_id, method, max_picks, rank_top, weights, min_group_ballots)
           SELECT id, workspace_id, 'ranking', 10, 5, '{}'::jsonb, 10 FROM round WHERE id = $1`,
          [id],
        );
      }
      const res = await admin.agent
        .post(`${base()}/${id}/transition`)
        .set('X-XSRF-TOKEN', admin.xsrf)
        .send({ to })
        .expect(200);
      expect(res.body.status).toBe(to);
    }
    const audit: Array<{ n: number }> = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE subject_id = $1 AND action = 'round.status_changed'`,
      [id],
    );
    expect(audit[0]?.n).toBe(8);
  });

  it('refuses any other move with 409 and says which moves are possible', async () => {
    const created = await admin.agent
      .post(base())
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send(roundBody())
      .expect(201);
    const res = await admin.agent
      .post(`${base()}/${created.body.id}/transition`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send({ to: 'published' })
      .expect(409);
    expect(res.body.message).toMatch(/from draft to published.*open/);
    await admin.agent
      .post(`${base()}/${created.body.id}/transition`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send({ to: 'nonsense' })
      .expect(400);
  });

  it('a closed round answers 409 to submissions and writes nothing', async () => {
    const created = await admin.agent
      .post(base())
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send(roundBody())
      .expect(201);
    const id = created.body.id as string;
    await admin.agent
      .post(`${base()}/${id}/transition`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send({ to: 'open' })
      .expect(200);
    await t
      .agent()
      .post(`/api/public/rounds/${created.body.slug}/submissions`)
      .send(submissionBody())
      .expect(201);
    await admin.agent
      .post(`${base()}/${id}/transition`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send({ to: 'closed' })
      .expect(200);
    const before = await countRows(t, 'submission');
    const res = await t
      .agent()
      .post(`/api/public/rounds/${created.body.slug}/submissions`)
      .send(submissionBody())
      .expect(409);
    expect(res.body.message).toMatch(/not accepting input \(status: closed\)/);
    expect(await countRows(t, 'submission')).toBe(before);
  });

  it('an access code is required when set: missing or wrong → 403, right → 201', async () => {
    const created = await admin.agent
      .post(base())
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send(roundBody({ accessCode: 'Klas-3B' }))
      .expect(201);
    expect(created.body.hasAccessCode).toBe(true);
    expect(JSON.stringify(created.body)).not.toContain('Klas-3B');
    await admin.agent
      .post(`${base()}/${created.body.id}/transition`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send({ to: 'open' })
      .expect(200);
    const url = `/api/public/rounds/${created.body.slug}/submissions`;
    const before = await countRows(t, 'submission');
    await t.agent().post(url).send(submissionBody()).expect(403);
    await t
      .agent()
      .post(url)
      .send(submissionBody({ accessCode: 'klas-3c' }))
      .expect(403);
    expect(await countRows(t, 'submission')).toBe(before);
    await t
      .agent()
      .post(url)
      .send(submissionBody({ accessCode: ' klas-3b ' }))
      .expect(201);
  });

  it('validates the round form with readable messages', async () => {
    const res = await admin.agent
      .post(base())
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send(roundBody({ slug: 'Not A Slug', allowedGroups: ['aliens'], lifeDomains: [] }))
      .expect(400);
    expect(res.body.details.join(' ')).toMatch(/slug/);
    expect(res.body.details.join(' ')).toMatch(/allowedGroups/);
    expect(res.body.details.join(' ')).toMatch(/lifeDomains/);
    const dup = await admin.agent.post(base()).set('X-XSRF-TOKEN', admin.xsrf).send(roundBody()).expect(201);
    await admin.agent
      .post(base())
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send(roundBody({ slug: dup.body.slug }))
      .expect(409);
  });
});
