import { RoundRepository } from '../src/rounds/round.repository';
import { ThemeRepository } from '../src/synthesis/theme.repository';
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

describe('synthesis workbench', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof seedWorkspace>>;
  let b: Awaited<ReturnType<typeof seedWorkspace>>;
  let mod: Login;
  let mod2: Login;
  let otherRoundId: string;
  const subs: string[] = [];

  const base = () => `/api/staff/workspaces/${a.workspace.id}/rounds/${a.round.id}`;
  const post = (who: Login, path: string, body: object) =>
    who.agent.post(`${base()}${path}`).set('X-XSRF-TOKEN', who.xsrf).send(body);
  const patch = (who: Login, path: string, body: object) =>
    who.agent.patch(`${base()}${path}`).set('X-XSRF-TOKEN', who.xsrf).send(body);
  const count = async (sql: string, params: unknown[] = []) =>
    ((await t.dataSource.query(sql, params)) as Array<{ n: number }>)[0]?.n ?? 0;

  const texts: Array<[string, string]> = [
    ['youth', 'Ik moest maanden wachten op een gesprek met de jeugdhulp.'],
    ['youth', 'De wachtlijst voor hulp was zo lang dat het erger werd.'],
    ['parent', 'Als ouder wist ik niet waar ik moest beginnen met hulp zoeken.'],
    ['professional', 'Wij zien dat wachttijden in de specialistische zorg oplopen.'],
    ['youth', 'Op school werd ik gepest en niemand deed er iets aan.'],
    ['parent', 'Mijn kind voelt zich niet veilig op school door pesten.'],
    ['professional', 'Leerkrachten hebben handvatten nodig om pesten aan te pakken.'],
    ['youth', 'Er is in mijn wijk geen plek om met vrienden te sporten.'],
  ];

  beforeAll(async () => {
    t = await createTestApp();
    a = await seedWorkspace(t);
    b = await seedWorkspace(t);
    const other = await t.app.get(RoundRepository).create(a.workspace.id, {
      slug: unique('other'),
      title: 'Andere ronde',
      status: 'open',
      prompt: 'x',
      allowedGroups: ['youth'],
      lifeDomains: [{ code: 'health', label: 'gezondheid' }],
    });
    otherRoundId = other.id;
    const m1 = `${unique('mod')}@example.org`;
    const m2 = `${unique('mod')}@example.org`;
    await createStaff(t, m1, 'pw-long-enough', [{ workspaceId: a.workspace.id, role: 'moderator' }]);
    await createStaff(t, m2, 'pw-long-enough', [{ workspaceId: a.workspace.id, role: 'moderator' }]);
    mod = await loginAs(t, m1, 'pw-long-enough');
    mod2 = await loginAs(t, m2, 'pw-long-enough');
    for (const [group, text] of texts) {
      const res = await t
        .agent()
        .post(`/api/public/rounds/${a.round.slug}/submissions`)
        .send(submissionBody({ group, ageBand: group === 'youth' ? '16-17' : undefined, text }))
        .expect(201);
      subs.push(res.body.submission.id);
    }
    // the last one stays pending: it may not enter the workbench
    await t.dataSource.query(`UPDATE submission SET status = 'approved' WHERE id = ANY($1)`, [
      subs.slice(0, 7),
    ]);
  });
  afterAll(() => t.close());

  const s = (i: number) => subs[i] as string;

  async function theme(name: string, ids: string[]) {
    const res = await post(mod, '/themes', { name, submissionIds: ids }).expect(201);
    return res.body as { id: string; version: number; submissionCount: number };
  }

  it('lists only approved submissions, redacted, with filters', async () => {
    const res = await mod.agent.get(`${base()}/workbench`).expect(200);
    expect(res.body.total).toBe(7);
    expect(res.body.submissions.map((x: { id: string }) => x.id)).not.toContain(s(7));
    const parents = await mod.agent.get(`${base()}/workbench?group=parent`).expect(200);
    expect(parents.body.submissions).toHaveLength(2);
    const practice = await mod.agent.get(`${base()}/workbench?knowledgeType=practice`).expect(200);
    expect(practice.body.submissions).toHaveLength(2);
    const search = await mod.agent.get(`${base()}/workbench?search=pesten school`).expect(200);
    expect(search.body.submissions.map((x: { id: string }) => x.id)).toEqual([s(5)]);
    await mod.agent.get(`${base()}/workbench?group=aliens`).expect(400);
  });

  it('creates a theme with counts per group and knowledge type, audited', async () => {
    const wait = await theme('Wachten op hulp', [s(0), s(1), s(2), s(3)]);
    expect(wait.submissionCount).toBe(4);
    const res = await mod.agent.get(`${base()}/workbench`).expect(200);
    const view = res.body.themes.find((x: { id: string }) => x.id === wait.id);
    expect(view.counts.byGroup).toEqual({ youth: 2, parent: 1, professional: 1 });
    expect(view.counts.byKnowledgeType).toEqual({ experiential: 3, practice: 1 });
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'theme.created' AND subject_id = $1`,
        [wait.id],
      ),
    ).toBe(1);
  });

  it('splits a suggested theme by group and knowledge type before it is accepted; other workspaces never count', async () => {
    // a workspace-b submission, approved: linked to a-themes below it must never show up in a's counts
    const foreign = await t
      .agent()
      .post(`/api/public/rounds/${b.round.slug}/submissions`)
      .send(
        submissionBody({
          group: 'professional',
          ageBand: undefined,
          text: 'Wachtlijsten zijn te lang in onze regio.',
        }),
      )
      .expect(201);
    const foreignId = foreign.body.submission.id as string;
    await t.dataSource.query(`UPDATE submission SET status = 'approved' WHERE id = $1`, [foreignId]);
    const themes = t.app.get(ThemeRepository);
    const suggestion = await themes.create({
      workspaceId: a.workspace.id,
      roundId: a.round.id,
      name: 'Voorstel: wachten',
      description: '',
      status: 'suggested',
      keywords: ['wachten'],
    });
    const bTheme = await themes.create({
      workspaceId: b.workspace.id,
      roundId: b.round.id,
      name: 'Voorstel in b',
      description: '',
      status: 'suggested',
      keywords: [],
    });
    const link = (themeId: string, submissionId: string, status: string) =>
      t.dataSource.query(
        `INSERT INTO theme_assignment (theme_id, submission_id, status, score) VALUES ($1, $2, $3, 0.5)`,
        [themeId, submissionId, status],
      );
    try {
      // suggested: youth, youth, parent, professional; accepted: youth; rejected: parent (not counted)
      await link(suggestion.id, s(0), 'suggested');
      await link(suggestion.id, s(1), 'suggested');
      await link(suggestion.id, s(2), 'suggested');
      await link(suggestion.id, s(3), 'suggested');
      await link(suggestion.id, s(4), 'accepted');
      await link(suggestion.id, s(5), 'rejected');
      await link(suggestion.id, foreignId, 'suggested');
      await link(bTheme.id, s(6), 'suggested');
      await link(bTheme.id, foreignId, 'suggested');

      const wb = (await mod.agent.get(`${base()}/workbench`).expect(200)).body;
      const view = wb.themes.find((x: { id: string }) => x.id === suggestion.id);
      expect(view.status).toBe('suggested');
      expect(view.suggestedCount).toBe(4);
      expect(view.suggestedCounts).toEqual({
        byGroup: { youth: 2, parent: 1, professional: 1 },
        byKnowledgeType: { experiential: 3, practice: 1 },
      });
      expect(view.submissionCount).toBe(1);
      expect(view.counts).toEqual({ byGroup: { youth: 1 }, byKnowledgeType: { experiential: 1 } });
      expect(wb.themes.map((x: { id: string }) => x.id)).not.toContain(bTheme.id);

      // workspace b's own view counts only its own submission, never s(6) of workspace a
      const bStaff = `${unique('modb')}@example.org`;
      await createStaff(t, bStaff, 'pw-long-enough', [{ workspaceId: b.workspace.id, role: 'moderator' }]);
      const modB = await loginAs(t, bStaff, 'pw-long-enough');
      const bwb = (
        await modB.agent
          .get(`/api/staff/workspaces/${b.workspace.id}/rounds/${b.round.id}/workbench`)
          .expect(200)
      ).body;
      const bView = bwb.themes.find((x: { id: string }) => x.id === bTheme.id);
      expect(bView.suggestedCount).toBe(1);
      expect(bView.suggestedCounts).toEqual({
        byGroup: { professional: 1 },
        byKnowledgeType: { practice: 1 },
      });
    } finally {
      await themes.delete([suggestion.id, bTheme.id], t.dataSource.manager);
    }
  });

  it('refuses a pending submission, a blank name, and a theme of another round or workspace', async () => {
    const before = await count('SELECT count(*)::int AS n FROM theme');
    const pending = await post(mod, '/themes', { name: 'X', submissionIds: [s(7)] }).expect(400);
    expect(pending.body.details[0]).toContain(s(7));
    await post(mod, '/themes', { name: '   ' }).expect(400);
    const elsewhere = await mod.agent
      .post(`/api/staff/workspaces/${a.workspace.id}/rounds/${otherRoundId}/themes`)
      .set('X-XSRF-TOKEN', mod.xsrf)
      .send({ name: 'Elders' })
      .expect(201);
    const wrongRound = await post(mod, '/assignments', {
      submissionId: s(4),
      themeId: elsewhere.body.id,
    }).expect(404);
    expect(wrongRound.body.message).toMatch(/theme/i);
    await mod.agent
      .post(`/api/staff/workspaces/${b.workspace.id}/rounds/${b.round.id}/themes`)
      .set('X-XSRF-TOKEN', mod.xsrf)
      .send({ name: 'Inbreker' })
      .expect(403);
    expect(await count('SELECT count(*)::int AS n FROM theme')).toBe(before + 1);
    expect(
      await count(`SELECT count(*)::int AS n FROM theme_assignment WHERE theme_id = $1`, [elsewhere.body.id]),
    ).toBe(0);
  });

  it('assigns one submission to two themes and filters unthemed ones', async () => {
    const school = await theme('Veilig op school', [s(4), s(5)]);
    const res = await post(mod, '/assignments', { submissionId: s(6), themeId: school.id }).expect(200);
    expect(res.body.themes).toEqual([expect.objectContaining({ themeId: school.id, status: 'accepted' })]);
    const wait = (await mod.agent.get(`${base()}/workbench`)).body.themes.find(
      (x: { name: string }) => x.name === 'Wachten op hulp',
    );
    const two = await post(mod, '/assignments', { submissionId: s(6), themeId: wait.id }).expect(200);
    expect(two.body.themes).toHaveLength(2);
    const none = await mod.agent.get(`${base()}/workbench?theme=none`).expect(200);
    expect(none.body.submissions).toHaveLength(0);
  });

  it('refuses a stale rename with 409 and changes nothing', async () => {
    const th = await theme('Sporten', []);
    await patch(mod, `/themes/${th.id}`, { version: th.version, name: 'Sport en spel' }).expect(200);
    const stale = await patch(mod2, `/themes/${th.id}`, { version: th.version, name: 'Bewegen' }).expect(409);
    expect(stale.body.message).toMatch(/changed by someone else/);
    const rows: Array<{ name: string }> = await t.dataSource.query('SELECT name FROM theme WHERE id = $1', [
      th.id,
    ]);
    expect(rows[0]?.name).toBe('Sport en spel');
  });

  it('merges themes keeping history, refuses self-merges and cycles', async () => {
    const x = await theme('Lange wachtlijsten', [s(1)]);
    const y = await theme('Wachttijd', [s(0), s(2)]);
    await post(mod, `/themes/${y.id}/merge`, { version: y.version, sourceIds: [y.id] }).expect(400);
    const merged = await post(mod, `/themes/${y.id}/merge`, { version: y.version, sourceIds: [x.id] }).expect(
      200,
    );
    expect(merged.body.submissionCount).toBe(3);
    expect(merged.body.history).toEqual([
      expect.objectContaining({ relation: 'merged_from', themeId: x.id, themeName: 'Lange wachtlijsten' }),
    ]);
    // a merged theme is read-only
    await post(mod, `/themes/${x.id}/merge`, { version: 2, sourceIds: [y.id] }).expect(409);
    await post(mod, '/assignments', { submissionId: s(3), themeId: x.id }).expect(409);
    // split off, then try to merge the origin into its own offspring: a cycle
    const fresh = (await mod.agent.get(`${base()}/workbench`)).body.themes.find(
      (th: { id: string }) => th.id === y.id,
    );
    const split = await post(mod, `/themes/${y.id}/split`, {
      version: fresh.version,
      name: 'Ouders zoeken hulp',
      submissionIds: [s(2)],
    }).expect(200);
    const child = split.body.created;
    // merging the offspring back into its origin would make the origin "made from" itself
    const origin = split.body.source;
    const cycle = await post(mod, `/themes/${y.id}/merge`, {
      version: origin.version,
      sourceIds: [child.id],
    }).expect(409);
    expect(cycle.body.message).toMatch(/cycle/);
  });

  it('splits a theme into a new one that knows its origin; refuses foreign submissions', async () => {
    const th = await theme('Pesten', [s(4), s(5), s(6)]);
    const bad = await post(mod, `/themes/${th.id}/split`, {
      version: th.version,
      name: 'Nieuw',
      submissionIds: [s(0)],
    }).expect(400);
    expect(bad.body.details[0]).toContain(s(0));
    const res = await post(mod, `/themes/${th.id}/split`, {
      version: th.version,
      name: 'Pesten: wat scholen kunnen doen',
      submissionIds: [s(6)],
    }).expect(200);
    expect(res.body.source.submissionCount).toBe(2);
    expect(res.body.created.submissionCount).toBe(1);
    expect(res.body.created.history[0]).toMatchObject({ relation: 'split_from', themeId: th.id });
    await post(mod, `/themes/${th.id}/split`, {
      version: th.version,
      name: 'Te laat',
      submissionIds: [s(4)],
    }).expect(409);
  });

  it('undoes the last change of the moderator who asks, not a colleague’s', async () => {
    const th = await theme('Vrije tijd', []);
    await post(mod, '/assignments', { submissionId: s(4), themeId: th.id }).expect(200);
    await post(mod2, '/assignments', { submissionId: s(5), themeId: th.id }).expect(200);
    const undo = await post(mod, '/undo', {}).expect(200);
    expect(undo.body.undone).toBe('assign');
    const links: Array<{ submission_id: string }> = await t.dataSource.query(
      'SELECT submission_id FROM theme_assignment WHERE theme_id = $1',
      [th.id],
    );
    expect(links.map((l) => l.submission_id)).toEqual([s(5)]);
    // next undo removes the theme itself
    expect((await post(mod, '/undo', {}).expect(200)).body.undone).toBe('theme.create');
    expect(await count('SELECT count(*)::int AS n FROM theme WHERE id = $1', [th.id])).toBe(0);
  });

  it('undoes a merge completely', async () => {
    const p = await theme('P', [s(0)]);
    const q = await theme('Q', [s(1)]);
    await post(mod, `/themes/${q.id}/merge`, { version: q.version, sourceIds: [p.id] }).expect(200);
    expect((await post(mod, '/undo', {}).expect(200)).body.undone).toBe('theme.merge');
    const rows: Array<{ id: string; status: string; merged_into_id: string | null }> =
      await t.dataSource.query('SELECT id, status, merged_into_id FROM theme WHERE id = ANY($1)', [
        [p.id, q.id],
      ]);
    expect(rows.every((r) => r.status === 'active' && r.merged_into_id === null)).toBe(true);
    expect(await count('SELECT count(*)::int AS n FROM theme_assignment WHERE theme_id = $1', [q.id])).toBe(
      1,
    );
    expect(await count('SELECT count(*)::int AS n FROM theme_history WHERE theme_id = $1', [q.id])).toBe(0);
  });

  it('marks duplicates and refuses self-duplicates and cycles', async () => {
    await post(mod, '/duplicates', { submissionId: s(1), duplicateOfId: s(1) }).expect(400);
    const res = await post(mod, '/duplicates', { submissionId: s(1), duplicateOfId: s(0) }).expect(200);
    expect(res.body.duplicateOfId).toBe(s(0));
    await post(mod, '/duplicates', { submissionId: s(0), duplicateOfId: s(1) }).expect(400);
    await post(mod, '/duplicates', { submissionId: s(1), duplicateOfId: null }).expect(200);
  });

  describe('research questions and lineage', () => {
    let wait: { id: string; version: number };
    let school: { id: string; version: number };

    beforeAll(async () => {
      wait = await theme('RQ: wachten', [s(0), s(2), s(3)]);
      school = await theme('RQ: school', [s(4), s(5)]);
    });

    it('refuses a question without a theme, or with a theme of another round', async () => {
      const before = await count('SELECT count(*)::int AS n FROM research_question');
      const none = await post(mod, '/research-questions', {
        text: 'Wat helpt tegen wachten?',
        themeIds: [],
      }).expect(400);
      expect(none.body.details.join(' ')).toMatch(/at least one theme/);
      const foreign = await mod.agent
        .post(`/api/staff/workspaces/${a.workspace.id}/rounds/${otherRoundId}/themes`)
        .set('X-XSRF-TOKEN', mod.xsrf)
        .send({ name: 'Elders 2' });
      await post(mod, '/research-questions', {
        text: 'Wat helpt tegen wachten?',
        themeIds: [foreign.body.id],
      }).expect(400);
      expect(await count('SELECT count(*)::int AS n FROM research_question')).toBe(before);
    });

    it('creates a question with counts and follows lineage both ways', async () => {
      const rq = await post(mod, '/research-questions', {
        text: 'Hoe kunnen wachttijden in de jeugdhulp korter?',
        population: 'Jongeren 12–23 en hun ouders',
        themeIds: [wait.id],
        evidenceStatus: 'partly_answered',
        references: [{ title: 'NJi-dossier wachttijden', url: 'https://www.nji.nl/' }],
      }).expect(201);
      expect(rq.body.submissionCount).toBe(3);
      expect(rq.body.counts.byGroup).toEqual({ youth: 1, parent: 1, professional: 1 });
      const lineage = await mod.agent.get(`${base()}/research-questions/${rq.body.id}/lineage`).expect(200);
      expect(lineage.body.themes[0].theme.id).toBe(wait.id);
      const ids = lineage.body.themes[0].submissions.map((x: { id: string; group: string }) => x.id);
      expect(ids.sort()).toEqual([s(0), s(2), s(3)].sort());
      const back = await mod.agent
        .get(`/api/staff/workspaces/${a.workspace.id}/submissions/${s(2)}/lineage`)
        .expect(200);
      expect(back.body.researchQuestions.map((q: { id: string }) => q.id)).toContain(rq.body.id);
      expect(back.body.themes.map((x: { id: string }) => x.id)).toContain(wait.id);
      // another workspace cannot see it
      await mod.agent.get(`/api/staff/workspaces/${b.workspace.id}/submissions/${s(2)}/lineage`).expect(403);
    });

    it('merges and splits research questions with history; stale edits get 409', async () => {
      const one = (
        await post(mod, '/research-questions', {
          text: 'Vraag een over school',
          themeIds: [school.id],
        }).expect(201)
      ).body;
      const two = (
        await post(mod, '/research-questions', {
          text: 'Vraag twee over wachten',
          themeIds: [wait.id],
        }).expect(201)
      ).body;
      await patch(mod, `/research-questions/${one.id}`, { version: one.version, notes: 'eerste' }).expect(
        200,
      );
      await patch(mod2, `/research-questions/${one.id}`, { version: one.version, notes: 'tweede' }).expect(
        409,
      );
      const merged = await post(mod, `/research-questions/${one.id}/merge`, {
        version: one.version + 1,
        sourceIds: [two.id],
      }).expect(200);
      expect(merged.body.themeIds.sort()).toEqual([school.id, wait.id].sort());
      expect(merged.body.history[0]).toMatchObject({ relation: 'merged_from', researchQuestionId: two.id });
      await patch(mod, `/research-questions/${two.id}`, { version: two.version + 1, notes: 'x' }).expect(409);
      const split = await post(mod, `/research-questions/${one.id}/split`, {
        version: merged.body.version,
        text: 'Alleen over wachten',
        themeIds: [wait.id],
      }).expect(200);
      expect(split.body.created.history[0]).toMatchObject({
        relation: 'split_from',
        researchQuestionId: one.id,
      });
      await post(mod, `/research-questions/${one.id}/merge`, {
        version: split.body.source.version,
        sourceIds: [one.id],
      }).expect(400);
    });
  });

  describe('clustering suggestions', () => {
    // a round of its own, so earlier hand-made themes don't absorb the suggestions
    let round: { id: string; slug: string };
    const cpost = (path: string, body: object) =>
      mod.agent
        .post(`/api/staff/workspaces/${a.workspace.id}/rounds/${round.id}${path}`)
        .set('X-XSRF-TOKEN', mod.xsrf)
        .send(body);
    const cbase = () => `/api/staff/workspaces/${a.workspace.id}/rounds/${round.id}`;

    beforeAll(async () => {
      round = await t.app.get(RoundRepository).create(a.workspace.id, {
        slug: unique('cluster'),
        title: 'Clusterronde',
        status: 'open',
        prompt: 'x',
        allowedGroups: ['youth', 'parent', 'professional'],
        lifeDomains: [{ code: 'health', label: 'gezondheid' }],
      });
      for (const [group, text] of texts)
        await t
          .agent()
          .post(`/api/public/rounds/${round.slug}/submissions`)
          .send(
            submissionBody({
              group,
              ageBand: group === 'youth' ? '16-17' : undefined,
              text,
              lifeDomains: ['health'],
            }),
          )
          .expect(201);
      await t.dataSource.query(`UPDATE submission SET status = 'approved' WHERE round_id = $1`, [round.id]);
    });

    async function runToEnd(body: object = {}) {
      const started = await cpost('/clustering-runs', body).expect(202);
      expect(started.body.status).toBe('queued');
      for (let i = 0; i < 100; i += 1) {
        const run = await mod.agent.get(`${cbase()}/clustering-runs/${started.body.id}`).expect(200);
        if (run.body.status === 'done' || run.body.status === 'failed') return run.body;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error('clustering run did not finish in 20 s');
    }

    it('refuses a bad k and a round without enough approved submissions', async () => {
      const bad = await cpost('/clustering-runs', { k: 1 }).expect(400);
      expect(bad.body.details.join(' ')).toMatch(/k must be at least 2/);
      const empty = await mod.agent
        .post(`/api/staff/workspaces/${a.workspace.id}/rounds/${otherRoundId}/clustering-runs`)
        .set('X-XSRF-TOKEN', mod.xsrf)
        .send({})
        .expect(409);
      expect(empty.body.message).toMatch(/at least two/);
    });

    it('stores suggestions as a background job and never overwrites decisions', async () => {
      const run = await runToEnd({ k: 2 });
      expect(run).toMatchObject({ status: 'done', progress: 100, documentCount: 8 });
      const wb = (await mod.agent.get(`${cbase()}/workbench`).expect(200)).body;
      const suggested = wb.themes.filter((x: { status: string }) => x.status === 'suggested');
      expect(suggested.length).toBeGreaterThan(0);
      const first = suggested[0];
      expect(first.suggestedCount).toBeGreaterThan(0);
      for (const x of suggested) {
        const sum = (o: Record<string, number>) => Object.values(o).reduce((acc, n) => acc + n, 0);
        expect(sum(x.suggestedCounts.byGroup)).toBe(x.suggestedCount);
        expect(sum(x.suggestedCounts.byKnowledgeType)).toBe(x.suggestedCount);
      }
      const accepted = await cpost(`/themes/${first.id}/decision`, {
        version: first.version,
        decision: 'accept',
      }).expect(200);
      expect(accepted.body.status).toBe('active');
      expect(accepted.body.submissionCount).toBe(first.suggestedCount);
      const members: Array<{ submission_id: string }> = await t.dataSource.query(
        `SELECT submission_id FROM theme_assignment WHERE theme_id = $1 AND status = 'accepted' ORDER BY 1`,
        [first.id],
      );
      // reject one member by hand, then run again: the accepted theme and both decisions survive
      const rejected = members[0]?.submission_id as string;
      await cpost('/assignments', { submissionId: rejected, themeId: first.id, action: 'reject' }).expect(
        200,
      );
      await runToEnd();
      const after: Array<{ submission_id: string; status: string }> = await t.dataSource.query(
        `SELECT submission_id, status FROM theme_assignment WHERE theme_id = $1 ORDER BY 1`,
        [first.id],
      );
      expect(after.find((l) => l.submission_id === rejected)?.status).toBe('rejected');
      expect(after.filter((l) => l.status === 'accepted').length).toBe(members.length - 1);
      const theme = (await mod.agent.get(`${cbase()}/workbench`)).body.themes.find(
        (x: { id: string }) => x.id === first.id,
      );
      expect(theme.status).toBe('active');
    });
  });

  it('freezes synthesis once the round is published', async () => {
    await t.dataSource.query(`UPDATE round SET status = 'published' WHERE id = $1`, [a.round.id]);
    try {
      const res = await post(mod, '/themes', { name: 'Te laat' }).expect(409);
      expect(res.body.message).toMatch(/frozen/);
      await mod.agent.get(`${base()}/workbench`).expect(200);
    } finally {
      await t.dataSource.query(`UPDATE round SET status = 'open' WHERE id = $1`, [a.round.id]);
    }
  });
});
