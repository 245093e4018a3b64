import { randomUUID } from 'node:crypto';
import { RoundRepository } from '../src/rounds/round.repository';
import {
  createStaff,
  createTestApp,
  loginAs,
  seedWorkspace,
  submissionBody,
  TestApp,
  unique,
} from './helpers/test-app';

type Login = Awaited<ReturnType<typeof loginAs>>;

describe('prioritisation', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof seedWorkspace>>;
  let other: Awaited<ReturnType<typeof seedWorkspace>>;
  let mod: Login;
  let admin: Login;
  const q: string[] = [];

  const staff = (roundId: string) => `/api/staff/workspaces/${a.workspace.id}/rounds/${roundId}`;
  const send = (method: 'post' | 'patch' | 'put', url: string, body: object) =>
    mod.agent[method](url).set('X-XSRF-TOKEN', mod.xsrf).send(body);
  const ballot = (slug: string, body: Record<string, unknown>) =>
    t
      .agent()
      .put(`/api/public/rounds/${slug}/ballot`)
      .send({ idempotencyKey: randomUUID(), consent: true, ...body });
  const count = async (sql: string, params: unknown[] = []) =>
    ((await t.dataSource.query(sql, params)) as Array<{ n: number }>)[0]?.n ?? 0;

  /** A round in synthesis with research questions made through the API. */
  async function roundWithQuestions(texts: string[]) {
    const round = await t.app.get(RoundRepository).create(a.workspace.id, {
      slug: unique('prio'),
      title: 'Prioriteren',
      status: 'open',
      prompt: 'x',
      allowedGroups: ['youth', 'parent', 'professional', 'research'],
      lifeDomains: [{ code: 'health', label: 'gezondheid' }],
    });
    const sub = await t
      .agent()
      .post(`/api/public/rounds/${round.slug}/submissions`)
      .send(submissionBody({ lifeDomains: ['health'] }))
      .expect(201);
    await t.dataSource.query(`UPDATE submission SET status = 'approved' WHERE round_id = $1`, [round.id]);
    const theme = await send('post', `${staff(round.id)}/themes`, {
      name: 'Wachten',
      submissionIds: [sub.body.submission.id],
    }).expect(201);
    const ids: string[] = [];
    for (const text of texts)
      ids.push(
        (
          await send('post', `${staff(round.id)}/research-questions`, {
            text,
            themeIds: [theme.body.id],
          }).expect(201)
        ).body.id,
      );
    await t.dataSource.query(`UPDATE round SET status = 'synthesis' WHERE id = $1`, [round.id]);
    return { round, ids, returnCode: sub.body.returnCode as string };
  }

  let main: Awaited<ReturnType<typeof roundWithQuestions>>;

  beforeAll(async () => {
    t = await createTestApp();
    a = await seedWorkspace(t);
    other = await seedWorkspace(t);
    const m = `${unique('mod')}@example.org`;
    await createStaff(t, m, 'pw-long-enough', [{ workspaceId: a.workspace.id, role: 'moderator' }]);
    mod = await loginAs(t, m, 'pw-long-enough');
    const ad = `${unique('admin')}@example.org`;
    await createStaff(t, ad, 'pw-long-enough', [{ workspaceId: a.workspace.id, role: 'admin' }]);
    admin = await loginAs(t, ad, 'pw-long-enough');
    main = await roundWithQuestions([
      'Vraag een: wachttijden',
      'Vraag twee: school',
      'Vraag drie: wonen',
      'Vraag vier: sport',
      'Vraag vijf: niet op de shortlist',
    ]);
    q.push(...main.ids);
  });
  afterAll(() => t.close());

  const Q = (i: number) => q[i - 1] as string;

  it('refuses ballots before prioritisation starts, and the plain round transition', async () => {
    await t.agent().get(`/api/public/rounds/${main.round.slug}/prioritisation`).expect(404);
    const res = await admin.agent
      .post(`/api/staff/workspaces/${a.workspace.id}/rounds/${main.round.id}/transition`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send({ to: 'prioritising' })
      .expect(409);
    expect(res.body.message).toMatch(/prioritisation page/);
  });

  it('validates the start request and changes nothing on error', async () => {
    const url = `${staff(main.round.id)}/prioritisation`;
    await send('post', url, { researchQuestionIds: [Q(1)] }).expect(400);
    await send('post', url, { researchQuestionIds: [Q(1), randomUUID()] }).expect(400);
    await send('post', url, { rankTop: 7 }).expect(400);
    await send('post', url, {
      weights: { youth: 0, parent: 0, professional: 0, policy_research_education: 0 },
    }).expect(400);
    await mod.agent
      .post(`/api/staff/workspaces/${other.workspace.id}/rounds/${main.round.id}/prioritisation`)
      .set('X-XSRF-TOKEN', mod.xsrf)
      .send({})
      .expect(403);
    expect(await count('SELECT count(*)::int AS n FROM prioritisation')).toBe(0);
  });

  it('starts over a shortlist and moves the round to prioritising, audited', async () => {
    const res = await send('post', `${staff(main.round.id)}/prioritisation`, {
      researchQuestionIds: [Q(1), Q(2), Q(3), Q(4)],
      maxPicks: 3,
      rankTop: 3,
      minGroupBallots: 2,
    }).expect(201);
    expect(res.body.status).toBe('voting');
    expect(res.body.questions).toHaveLength(4);
    const view = await t.agent().get(`/api/public/rounds/${main.round.slug}/prioritisation`).expect(200);
    expect(view.body).toMatchObject({ method: 'ranking', maxPicks: 3, rankTop: 3, acceptingVotes: true });
    expect(view.body.questions.map((x: { researchQuestionId: string }) => x.researchQuestionId)).toEqual([
      Q(1),
      Q(2),
      Q(3),
      Q(4),
    ]);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'prioritisation.started' AND subject_id = $1`,
        [main.round.id],
      ),
    ).toBe(1);
  });

  it('refuses bad ballots with a reason per problem and stores nothing', async () => {
    const slug = main.round.slug;
    const youth = { group: 'youth', ageBand: '16-17' };
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ ...youth, picks: [Q(5)], ranking: [Q(5)] }, /not on this round's shortlist/],
      [{ ...youth, picks: [randomUUID()], ranking: [] }, /rank at least one/],
      [{ ...youth, picks: [Q(1), Q(1)], ranking: [Q(1)] }, /picked twice/],
      [{ ...youth, picks: [Q(1), Q(2), Q(3), Q(4)], ranking: [Q(1)] }, /at most 3 questions may be picked/],
      [{ ...youth, picks: [Q(1), Q(2)], ranking: [Q(1), Q(1)] }, /appears twice/],
      [{ ...youth, picks: [Q(1)], ranking: [Q(2)] }, /not among the picks/],
      [{ group: 'youth', picks: [Q(1)], ranking: [Q(1)] }, /ageBand is required/],
      [{ group: 'policy', picks: [Q(1)], ranking: [Q(1)] }, /cannot take part/],
      [{ ...youth, picks: [Q(1)], ranking: [Q(1)], returnCode: 'AAAA-AAAA' }, /not known/],
    ];
    for (const [body, message] of cases) {
      const res = await ballot(slug, body);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(JSON.stringify(res.body)).toMatch(message);
    }
    await t
      .agent()
      .post(`/api/public/rounds/${slug}/pairwise-votes`)
      .send({
        idempotencyKey: randomUUID(),
        consent: true,
        group: 'parent',
        pair: [Q(1), Q(2)],
        choice: Q(1),
      })
      .expect(409);
    expect(await count('SELECT count(*)::int AS n FROM ballot')).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM ballot_item')).toBe(0);
  });

  it('computes per-group and combined ranks, agreement and warnings (hand-checked)', async () => {
    const slug = main.round.slug;
    // youth 1 is the submitter: same return code as their submission
    const y1 = await ballot(slug, {
      returnCode: main.returnCode,
      group: 'youth',
      picks: [Q(2), Q(1)],
      ranking: [Q(3)],
    });
    expect(y1.status).toBe(400);
    const first = await ballot(slug, {
      returnCode: main.returnCode,
      group: 'youth',
      picks: [Q(1), Q(2)],
      ranking: [Q(2)],
    }).expect(200);
    expect(first.body.replaced).toBe(false);
    // ... then changes their mind: the new ballot replaces the old one
    const again = await ballot(slug, {
      returnCode: main.returnCode,
      group: 'youth',
      picks: [Q(1), Q(2)],
      ranking: [Q(1)],
    }).expect(200);
    expect(again.body.replaced).toBe(true);
    expect(again.body.returnCode).toBe(main.returnCode);
    expect(again.body.group).toBe('youth');
    await ballot(slug, {
      group: 'youth',
      ageBand: '12-15',
      picks: [Q(1), Q(3)],
      ranking: [Q(3), Q(1)],
    }).expect(200);
    const parent = await ballot(slug, { group: 'parent', picks: [Q(2), Q(3)], ranking: [Q(2), Q(3)] }).expect(
      200,
    );
    const resumed = await t
      .agent()
      .get(`/api/public/rounds/${slug}/ballot/${parent.body.returnCode}`)
      .expect(200);
    expect(resumed.body).toMatchObject({
      returnCode: parent.body.returnCode,
      group: 'parent',
      picks: expect.arrayContaining([Q(2), Q(3)]),
      ranking: [Q(2), Q(3)],
    });
    // The group is the participant's own: the submitter's code resumes as youth.
    const submitter = await t.agent().get(`/api/public/rounds/${slug}/ballot/${main.returnCode}`).expect(200);
    expect(submitter.body).toMatchObject({ group: 'youth', ranking: [Q(1)] });

    const res = await mod.agent.get(`${staff(main.round.id)}/prioritisation/results`).expect(200);
    const r = res.body;
    expect(r.ballotsPerGroup).toEqual({ youth: 2, parent: 1, professional: 0, policy_research_education: 0 });
    expect(r.lowResponseGroups).toEqual(['parent', 'professional', 'policy_research_education']);
    expect(r.effectiveWeights).toEqual({ youth: 0.5, parent: 0.5 });
    // youth points: Q1 4+3, Q2 1, Q3 4 over 2 ballots; parent: Q2 4, Q3 3
    const byId = new Map(r.questions.map((x: { researchQuestionId: string }) => [x.researchQuestionId, x]));
    const combined = (i: number) => (byId.get(Q(i)) as { combinedScore: number }).combinedScore;
    expect(combined(1)).toBeCloseTo(0.5 * (7 / 12) + 0.5 * 0, 6);
    expect(combined(2)).toBeCloseTo(0.5 * (1 / 12) + 0.5 * (4 / 7), 6);
    expect(combined(3)).toBeCloseTo(0.5 * (4 / 12) + 0.5 * (3 / 7), 6);
    expect(
      r.questions.map((x: { researchQuestionId: string; combinedRank: number }) => [
        x.researchQuestionId,
        x.combinedRank,
      ]),
    ).toEqual([
      [Q(3), 1],
      [Q(2), 2],
      [Q(1), 3],
      [Q(4), 4],
    ]);
    const youthRanks = r.questions.map(
      (x: { perGroup: Array<{ group: string; rank: number }> }) =>
        x.perGroup.find((g) => g.group === 'youth')?.rank,
    );
    expect(youthRanks).toEqual([2, 3, 1, 4]);
    const tau = r.agreement.find((x: { a: string; b: string }) => x.a === 'youth' && x.b === 'parent').tau;
    expect(tau).toBeCloseTo(-1 / Math.sqrt(30), 6);
    expect(
      r.agreement.find((x: { a: string; b: string }) => x.a === 'youth' && x.b === 'professional').tau,
    ).toBeNull();
  });

  it('shows ties as ties', async () => {
    const { round, ids } = await roundWithQuestions(['Gelijk een', 'Gelijk twee', 'Gelijk drie']);
    await send('post', `${staff(round.id)}/prioritisation`, { maxPicks: 3, rankTop: 3 }).expect(201);
    await ballot(round.slug, { group: 'parent', picks: [ids[0], ids[1]], ranking: [ids[0]] }).expect(200);
    await ballot(round.slug, { group: 'parent', picks: [ids[0], ids[1]], ranking: [ids[1]] }).expect(200);
    const r = (await mod.agent.get(`${staff(round.id)}/prioritisation/results`).expect(200)).body;
    expect(
      r.questions.slice(0, 2).map((x: { combinedRank: number; tied: boolean }) => [x.combinedRank, x.tied]),
    ).toEqual([
      [1, true],
      [1, true],
    ]);
    expect(r.questions[2]).toMatchObject({ combinedRank: 3, tied: false });
  });

  it('weights change the combined score and are audited', async () => {
    const res = await send('patch', `${staff(main.round.id)}/prioritisation`, {
      weights: { parent: 3 },
    }).expect(200);
    expect(res.body.effectiveWeights).toEqual({ youth: 0.25, parent: 0.75 });
    expect(res.body.questions[0].researchQuestionId).toBe(Q(2));
    await send('patch', `${staff(main.round.id)}/prioritisation`, { weights: { parent: -1 } }).expect(400);
  });

  it('scores pairwise votes with Bradley-Terry and refuses malformed votes', async () => {
    const { round, ids } = await roundWithQuestions(['Paar een', 'Paar twee', 'Paar drie']);
    await send('post', `${staff(round.id)}/prioritisation`, { method: 'pairwise' }).expect(201);
    const vote = (body: Record<string, unknown>) =>
      t
        .agent()
        .post(`/api/public/rounds/${round.slug}/pairwise-votes`)
        .send({ idempotencyKey: randomUUID(), consent: true, group: 'professional', ...body });
    const [x, y, z] = ids as [string, string, string];
    expect((await vote({ pair: [x, x], choice: x })).status).toBe(400);
    expect((await vote({ pair: [x, y], choice: z })).status).toBe(400);
    expect((await vote({ pair: [x, randomUUID()], choice: x })).status).toBe(400);
    expect((await vote({ pair: [x, y] })).status).toBe(400);
    expect(await count('SELECT count(*)::int AS n FROM pairwise_vote')).toBe(0);
    const first = await vote({ pair: [x, y], choice: x }).expect(201);
    expect(first.body.next).toHaveLength(2);
    const code = first.body.returnCode;
    const key = randomUUID();
    await vote({ returnCode: code, idempotencyKey: key, pair: [x, z], choice: x }).expect(201);
    const retry = await vote({ returnCode: code, idempotencyKey: key, pair: [x, z], choice: x }).expect(201);
    expect(retry.body.votes).toBe(2);
    await vote({ returnCode: code, pair: [y, z], choice: null }).expect(201);
    await vote({ pair: [y, z], choice: y }).expect(201);
    const r = (await mod.agent.get(`${staff(round.id)}/prioritisation/results`).expect(200)).body;
    expect(r.ballotsPerGroup.professional).toBe(2);
    expect(r.questions.map((q2: { researchQuestionId: string }) => q2.researchQuestionId)).toEqual([x, y, z]);
    const next = await t
      .agent()
      .get(`/api/public/rounds/${round.slug}/pairwise-next?returnCode=${code}`)
      .expect(200);
    expect(next.body.next).toBeNull();
  });
});
