import { createQuestionnaire, fullAnswers, saveBody } from './helpers/questionnaire-fixtures';
import { createStaff, createTestApp, loginAs, seedWorkspace, TestApp, unique } from './helpers/test-app';

type Login = Awaited<ReturnType<typeof loginAs>>;
type Seeded = Awaited<ReturnType<typeof seedWorkspace>>;
type QuestionnaireTrace = {
  questionnaire: { id: string; title: string; status: string };
  status: 'in_progress' | 'submitted';
  updatedAt: string;
  submittedAt: string | null;
  answeredCount: number;
  openAnswerCount: number;
  submissionIds: string[];
  continueUrl: string | null;
};
type Trace = { items: Array<{ submission: { id: string } }>; questionnaires: QuestionnaireTrace[] };

/** "Mijn inbreng" lists the questionnaires answered with the return code: counts and links, never answers. */
describe('my questionnaires on Mijn inbreng', () => {
  let t: TestApp;
  let a: Seeded;
  let b: Seeded;
  let admin: Login;
  const PII = 'Ik ben Sanne, bel me op 06-12345678, de wijk is saai.';
  const OTHER_PII = 'Iemand anders, kees@example.org, vindt het hier stil.';
  let q: { handIn: string; later: string; elsewhere: string };
  let me: string;
  let other: string;
  let stranger: string;
  let mine: { handIn: string; later: string };
  let derived: { mine: string; other: string };
  let elsewhereResponse: string;

  const trace = async (code: string) =>
    (await t.agent().get(`/api/public/my-input/${code}/trace`).expect(200)).body as Trace;
  const save = async (
    round: Seeded,
    id: string,
    answers: Record<string, unknown>,
    over: Record<string, unknown> = {},
  ) =>
    (
      await t
        .agent()
        .put(`/api/public/rounds/${round.round.slug}/questionnaires/${id}/response`)
        .send(saveBody(answers, over))
        .expect(200)
    ).body as { returnCode: string; responseId: string };
  const staff = (ws: Seeded, id: string, path: string, body: object) =>
    admin.agent
      .post(`/api/staff/workspaces/${ws.workspace.id}/questionnaires/${id}/${path}`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send(body);

  beforeAll(async () => {
    t = await createTestApp();
    a = await seedWorkspace(t);
    b = await seedWorkspace(t);
    const email = `${unique('admin')}@example.org`;
    await createStaff(t, email, 'pw-long-enough', [
      { workspaceId: a.workspace.id, role: 'admin' },
      { workspaceId: b.workspace.id, role: 'admin' },
    ]);
    admin = await loginAs(t, email, 'pw-long-enough');
    q = {
      handIn: await createQuestionnaire(admin, a, { body: { audience: [], title: 'Opvoeden in de wijk' } }),
      later: await createQuestionnaire(admin, a, { body: { audience: [], title: 'Vrije tijd' } }),
      elsewhere: await createQuestionnaire(admin, b, { body: { audience: [], title: 'Geheim elders' } }),
    };
    // I hand in the first (an open answer with personal data) and begin the second with the same code
    const first = await save(a, q.handIn, fullAnswers({ grade: 3, why_low: PII }));
    me = first.returnCode;
    mine = {
      handIn: first.responseId,
      later: (await save(a, q.later, { safe: 2, grade: 8 }, { returnCode: me, submit: false })).responseId,
    };
    other = (await save(a, q.handIn, fullAnswers({ grade: 1, why_low: OTHER_PII }))).returnCode;
    const far = await save(b, q.elsewhere, fullAnswers());
    stranger = far.returnCode;
    elsewhereResponse = far.responseId;
    // moderators send the low-grade reasons on: each becomes a submission of whoever wrote it
    expect(
      (await staff(a, q.handIn, 'to-synthesis', { questionKey: 'why_low', kind: 'experience' })).status,
    ).toBe(200);
    const rows: Array<{ id: string; source_response_id: string }> = await t.dataSource.query(
      `SELECT id, source_response_id FROM submission WHERE source_questionnaire_id = $1`,
      [q.handIn],
    );
    const of = (responseId: string) => rows.find((r) => r.source_response_id === responseId)?.id ?? '';
    const otherResponse: Array<{ id: string }> = await t.dataSource.query(
      `SELECT id FROM questionnaire_response WHERE questionnaire_id = $1 AND id <> $2`,
      [q.handIn, mine.handIn],
    );
    derived = { mine: of(mine.handIn), other: of(otherResponse[0]?.id ?? '') };
    expect(derived.mine).not.toBe('');
    expect(derived.other).not.toBe('');
  });
  afterAll(() => t.close());

  it('lists my responses for my code only: status, counts and where my open answer went', async () => {
    const res = await trace(me);
    expect(res.questionnaires).toEqual([
      {
        questionnaire: { id: q.handIn, title: 'Opvoeden in de wijk', status: 'open' },
        status: 'submitted',
        updatedAt: expect.any(String),
        submittedAt: expect.any(String),
        // kids, help, safe, grade, why_low, priorities, grid, age, since
        answeredCount: 9,
        openAnswerCount: 1,
        submissionIds: [derived.mine],
        continueUrl: null,
      },
      {
        questionnaire: { id: q.later, title: 'Vrije tijd', status: 'open' },
        status: 'in_progress',
        updatedAt: expect.any(String),
        submittedAt: null,
        answeredCount: 2,
        openAnswerCount: 0,
        submissionIds: [],
        continueUrl: `/r/${a.round.slug}/vragenlijst/${q.later}`,
      },
    ]);
    // the pointer leads to a submission listed on the same page
    expect(res.items.map((i) => i.submission.id)).toEqual([derived.mine]);
    const json = JSON.stringify(res);
    for (const fragment of ['Sanne', '06-12345678', 'Iemand anders', 'kees@', derived.other, 'Geheim']) {
      expect(json).not.toContain(fragment);
    }
    const theirs = await trace(other);
    expect(theirs.questionnaires.map((x) => [x.questionnaire.id, x.submissionIds])).toEqual([
      [q.handIn, [derived.other]],
    ]);
    expect(JSON.stringify(theirs)).not.toContain(derived.mine);
    expect(JSON.stringify(theirs)).not.toContain(q.later);
  });

  it('answers 404 for a forged code, and never anything of someone else', async () => {
    // one character changed from a real code, and a well-formed code nobody has
    const last = me.slice(-1) === 'A' ? 'B' : 'A';
    for (const code of [`${me.slice(0, -1)}${last}`, 'AAA-BBB-CCC-DDD-EEE-FFF']) {
      const res = await t.agent().get(`/api/public/my-input/${code}/trace`).expect(404);
      expect(JSON.stringify(res.body)).not.toContain(q.handIn);
    }
  });

  it('never lists a questionnaire of another workspace, even if a response row pointed there', async () => {
    expect((await trace(stranger)).questionnaires.map((x) => x.questionnaire.title)).toEqual([
      'Geheim elders',
    ]);
    // should a row ever tie my participant to a questionnaire of another round and workspace, it stays hidden
    await t.dataSource.query(
      `UPDATE questionnaire_response SET participant_id = (SELECT participant_id FROM questionnaire_response
        WHERE id = $2) WHERE id = $1`,
      [elsewhereResponse, mine.handIn],
    );
    const res = await trace(me);
    expect(res.questionnaires.map((x) => x.questionnaire.id)).toEqual([q.handIn, q.later]);
    expect(JSON.stringify(res)).not.toContain('Geheim');
    const exported = await t.agent().get(`/api/public/my-input/${me}/export`).expect(200);
    expect(exported.text).not.toContain('Geheim');
    expect(exported.text).not.toContain(q.elsewhere);
  });

  it('offers no link to continue once the questionnaire is closed, and again when it reopens', async () => {
    await staff(a, q.later, 'transition', { to: 'closed' }).expect(200);
    expect((await trace(me)).questionnaires[1]?.continueUrl).toBeNull();
    await staff(a, q.later, 'transition', { to: 'open' }).expect(200);
    expect((await trace(me)).questionnaires[1]?.continueUrl).toBe(
      `/r/${a.round.slug}/vragenlijst/${q.later}`,
    );
  });

  it('shows a response handed in later as handed in, with no link to continue', async () => {
    await save(a, q.later, fullAnswers(), { returnCode: me, submit: true });
    const later = (await trace(me)).questionnaires[1];
    expect(later).toMatchObject({ status: 'submitted', answeredCount: 8, continueUrl: null });
    expect(Number.isNaN(Date.parse(later?.submittedAt ?? ''))).toBe(false);
  });

  it('after "delete my data" the code is unknown and the others still see theirs', async () => {
    await t.agent().delete(`/api/public/my-input/${me}`).send({ confirm: true }).expect(200);
    await t.agent().get(`/api/public/my-input/${me}/trace`).expect(404);
    const rows: Array<{ n: number }> = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM questionnaire_response WHERE id = ANY($1)`,
      [[mine.handIn, mine.later]],
    );
    expect(rows[0]?.n).toBe(0);
    expect((await trace(other)).questionnaires.map((x) => x.submissionIds)).toEqual([[derived.other]]);
  });
});
