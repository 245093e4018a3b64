import { DemoSeedService } from '../src/seed/demo-seed.service';
import { createTestApp, TestApp } from './helpers/test-app';

describe('demo seed', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ SEED_DEMO: 'true' })));
  afterAll(() => t.close());

  it('seeds the demo workspace once, with an open round and two staff users who can log in', async () => {
    const seeder = t.app.get(DemoSeedService);
    expect(await seeder.seedIfEmpty()).toBe(true);
    expect(await seeder.seedIfEmpty()).toBe(false);
    const ws = await t.agent().get('/api/public/workspaces/kjus').expect(200);
    expect(ws.body.name).toBe('Kenniswerkplaats Jeugd Utrecht Stad');
    expect(ws.body.openRounds.map((r: { slug: string }) => r.slug)).toContain('demo');
    for (const email of ['admin@inbreng.local', 'moderator@inbreng.local']) {
      await t.agent().post('/api/auth/login').send({ email, password: 'inbreng-demo' }).expect(200);
    }
  });

  it("includes the parents' questionnaire with about 150 responses, open to answer and with results", async () => {
    const list = await t.agent().get('/api/public/rounds/demo/questionnaires').expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({ title: 'Opvoeden in de wijk', audience: ['parent'] }),
    ]);
    const agent = t.agent();
    const login = await agent
      .post('/api/auth/login')
      .send({ email: 'moderator@inbreng.local', password: 'inbreng-demo' })
      .expect(200);
    const wid = login.body.user.memberships[0].workspaceId;
    const results = await agent
      .get(`/api/staff/workspaces/${wid}/questionnaires/${list.body[0].id}/results`)
      .expect(200);
    expect(results.body.respondents).toBe(143);
    expect(results.body.questions.filter((q: { suppressed: boolean }) => !q.suppressed)).toHaveLength(
      results.body.questions.length,
    );
    const urgent = await agent
      .get(`/api/staff/workspaces/${wid}/questionnaires/${list.body[0].id}/open-answers?limit=1`)
      .expect(200);
    expect(urgent.body.items[0].urgent).toBe(true);
  });

  it('in production it refuses to start while a demo password exists', async () => {
    const seeder = t.app.get(DemoSeedService);
    Object.assign((seeder as unknown as { config: object }).config, { NODE_ENV: 'production' });
    try {
      await expect(seeder.assertNoDemoPasswords()).rejects.toThrow(/demo password/);
      expect(await seeder.seedIfEmpty()).toBe(false);
    } finally {
      Object.assign((seeder as unknown as { config: object }).config, { NODE_ENV: 'test' });
    }
  });
});
