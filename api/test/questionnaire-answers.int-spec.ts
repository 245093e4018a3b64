import { randomUUID } from 'node:crypto';
import {
  countRows,
  createStaff,
  createTestApp,
  loginAs,
  seedWorkspace,
  submissionBody,
  TestApp,
  unique,
} from './helpers/test-app';
import { countTable, createQuestionnaire, fullAnswers, saveBody } from './helpers/questionnaire-fixtures';

// One app per file: passport keeps its session serializer in a process-wide singleton.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('answering a questionnaire (public)', () => {
  let a: Awaited<ReturnType<typeof seedWorkspace>>;
  let mod: Awaited<ReturnType<typeof loginAs>>;
  let qid: string;
  const url = (id = qid) => `/api/public/rounds/${a.round.slug}/questionnaires/${id}`;
  const save = (body: Record<string, unknown>, id = qid) =>
    t
      .agent()
      .put(`${url(id)}/response`)
      .send(body);

  beforeAll(async () => {
    a = await seedWorkspace(t);
    const m = `${unique('mod')}@example.org`;
    await createStaff(t, m, 'pw-long-enough', [{ workspaceId: a.workspace.id, role: 'moderator' }]);
    mod = await loginAs(t, m, 'pw-long-enough');
    qid = await createQuestionnaire(mod, a);
  });

  it('lists open questionnaires of the round, not drafts, and shows one to answer', async () => {
    const draft = await createQuestionnaire(mod, a, { open: false, body: { title: 'Nog niet klaar' } });
    const list = await t.agent().get(`/api/public/rounds/${a.round.slug}/questionnaires`).expect(200);
    const ids = list.body.map((q: { id: string }) => q.id);
    expect(ids).toContain(qid);
    expect(ids).not.toContain(draft);
    expect(list.body.find((q: { id: string }) => q.id === qid)).toMatchObject({
      questionCount: 10,
      audience: ['parent'],
    });
    await t.agent().get(url(draft)).expect(404);
    const one = await t.agent().get(url()).expect(200);
    expect(one.body).toMatchObject({ roundSlug: a.round.slug, version: 1, acceptingResponses: true });
    expect(one.body.definition.sections).toHaveLength(2);
  });

  it('saves progress, resumes with the return code, hands in, and then refuses changes', async () => {
    const first = await save(saveBody({ kids: { option: 'one' }, safe: 2 }, { submit: false })).expect(200);
    expect(first.body).toMatchObject({
      status: 'in_progress',
      version: 1,
      submittedAt: null,
      urgentQuestionKeys: [],
    });
    expect(first.body.returnCode).toMatch(/^([2-9A-HJKMNP-Z]{3}-){5}[2-9A-HJKMNP-Z]{3}$/);
    const code: string = first.body.returnCode;

    const resumed = await t.agent().get(`${url()}/response/${code.toLowerCase()}`).expect(200);
    expect(resumed.body).toMatchObject({
      responseId: first.body.responseId,
      status: 'in_progress',
      answers: { kids: { option: 'one' }, safe: 2 },
    });

    const more = await save(
      saveBody(
        { kids: { option: 'one' }, safe: 2, grade: 6 },
        { submit: false, returnCode: code, idempotencyKey: undefined },
      ),
    ).expect(200);
    expect(more.body.responseId).toBe(first.body.responseId);
    expect(more.body.answers).toEqual({ kids: { option: 'one' }, safe: 2, grade: 6 });

    const done = await save(saveBody(fullAnswers(), { returnCode: code, idempotencyKey: undefined })).expect(
      200,
    );
    expect(done.body).toMatchObject({ status: 'submitted', responseId: first.body.responseId });
    expect(done.body.submittedAt).not.toBeNull();

    const again = await save(
      saveBody(fullAnswers({ safe: 1 }), { returnCode: code, idempotencyKey: undefined }),
    ).expect(409);
    expect(again.body.message).toMatch(/already handed in/);
    const stored = await t.dataSource.query(`SELECT answers FROM questionnaire_response WHERE id = $1`, [
      first.body.responseId,
    ]);
    expect(stored[0].answers.safe).toBe(4);
  });

  it('a retried first save (same idempotency key) gets the same code and one response', async () => {
    const body = saveBody({ kids: { option: 'more' } }, { submit: false });
    const before = await countTable(t, 'questionnaire_response');
    const [x, y] = await Promise.all([save(body), save(body)]);
    expect([x.status, y.status]).toEqual([200, 200]);
    expect(y.body.returnCode).toBe(x.body.returnCode);
    expect(y.body.responseId).toBe(x.body.responseId);
    expect(await countTable(t, 'questionnaire_response')).toBe(before + 1);
  });

  it('one return code covers submissions and questionnaires in a round', async () => {
    const sub = await t
      .agent()
      .post(`/api/public/rounds/${a.round.slug}/submissions`)
      .send(submissionBody({ group: 'parent', ageBand: undefined }))
      .expect(201);
    const participants = await countRows(t, 'participant');
    const res = await save(
      saveBody(fullAnswers(), { returnCode: sub.body.returnCode, idempotencyKey: undefined }),
    ).expect(200);
    expect(res.body.returnCode).toBe(sub.body.returnCode);
    expect(await countRows(t, 'participant')).toBe(participants);
    const link = await t.dataSource.query(
      `SELECT r.participant_id = s.participant_id AS same FROM questionnaire_response r, submission s WHERE r.id = $1 AND s.id = $2`,
      [res.body.responseId, sub.body.submission.id],
    );
    expect(link[0].same).toBe(true);
  });

  it('screens open answers like submissions: crisis → help panel, personal data redacted for staff', async () => {
    const res = await save(
      saveBody(
        fullAnswers({
          help: { options: ['wijkteam', 'other'], otherText: 'Bel mij op 06-12345678' },
          wijkteam_how: 'Ik wil niet meer leven, niemand helpt ons en ik zie het niet meer zitten.',
        }),
      ),
    ).expect(200);
    expect(res.body.urgentQuestionKeys).toEqual(['wijkteam_how']);
    const rows = await t.dataSource.query(
      `SELECT question_key, source, original_text, redacted_text, urgent, pii_kinds FROM questionnaire_open_answer WHERE response_id = $1 ORDER BY question_key`,
      [res.body.responseId],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        question_key: 'help',
        source: 'other',
        original_text: 'Bel mij op 06-12345678',
        urgent: false,
        pii_kinds: ['phone'],
      }),
      expect.objectContaining({ question_key: 'wijkteam_how', source: 'answer', urgent: true }),
    ]);
    expect(rows[0].redacted_text).not.toContain('12345678');
    // The respondent gets their own words back when resuming.
    const resumed = await t.agent().get(`${url()}/response/${res.body.returnCode}`).expect(200);
    expect(resumed.body.answers.help.otherText).toBe('Bel mij op 06-12345678');
    expect(resumed.body.urgentQuestionKeys).toEqual(['wijkteam_how']);
  });

  it('keeps an unfinished response on the current version after a new version, dropping answers that no longer fit', async () => {
    const id = await createQuestionnaire(mod, a);
    const first = await save(
      saveBody({ kids: { option: 'two' }, age: 12, safe: 3 }, { submit: false }),
      id,
    ).expect(200);
    const current = await mod.agent
      .get(`/api/staff/workspaces/${a.workspace.id}/questionnaires/${id}`)
      .expect(200);
    const def = current.body.definition;
    def.sections[1].questions = def.sections[1].questions.filter((q: { key: string }) => q.key !== 'age');
    await mod.agent
      .put(`/api/staff/workspaces/${a.workspace.id}/questionnaires/${id}`)
      .set('X-XSRF-TOKEN', mod.xsrf)
      .send({
        title: 'Opvoeden in de wijk',
        introduction: '',
        audience: ['parent'],
        definition: def,
        asNewVersion: true,
      })
      .expect(200);
    const resumed = await t
      .agent()
      .get(`${url(id)}/response/${first.body.returnCode}`)
      .expect(200);
    expect(resumed.body).toMatchObject({ version: 2, answers: { kids: { option: 'two' }, safe: 3 } });
    expect(resumed.body.answers.age).toBeUndefined();
    const saved = await save(
      saveBody(fullAnswers({ age: undefined }), {
        returnCode: first.body.returnCode,
        idempotencyKey: undefined,
      }),
      id,
    ).expect(200);
    expect(saved.body).toMatchObject({ version: 2, status: 'submitted', responseId: first.body.responseId });
  });
});

describe('bad questionnaire answers: clear per-field 4xx, nothing stored', () => {
  let a: Awaited<ReturnType<typeof seedWorkspace>>;
  let mod: Awaited<ReturnType<typeof loginAs>>;
  let qid: string;
  let inProgress: { returnCode: string; responseId: string };
  const url = (id = qid) => `/api/public/rounds/${a.round.slug}/questionnaires/${id}/response`;
  const snapshot = async () => ({
    counts: await Promise.all(
      ['participant', 'questionnaire_response', 'questionnaire_answer', 'questionnaire_open_answer'].map(
        (x) => countTable(t, x),
      ),
    ),
    stored: await t.dataSource.query(
      `SELECT answers, status, updated_at FROM questionnaire_response WHERE id = $1`,
      [inProgress.responseId],
    ),
  });

  beforeAll(async () => {
    a = await seedWorkspace(t);
    const m = `${unique('mod')}@example.org`;
    await createStaff(t, m, 'pw-long-enough', [{ workspaceId: a.workspace.id, role: 'moderator' }]);
    mod = await loginAs(t, m, 'pw-long-enough');
    qid = await createQuestionnaire(mod, a);
    const res = await t
      .agent()
      .put(url())
      .send(saveBody({ kids: { option: 'one' } }, { submit: false }))
      .expect(200);
    inProgress = { returnCode: res.body.returnCode, responseId: res.body.responseId };
  });

  /** [name, answers or body change, status, field, code or message] */
  const answerCases: Array<[string, Record<string, unknown>, string, string]> = [
    ['answer to an unknown question', { zzz: 'hallo' }, 'answers.zzz', 'unknown_question'],
    ['unknown option', { kids: { option: 'five' } }, 'answers.kids', 'unknown_option'],
    [
      'unknown option in multiple choice',
      { help: { options: ['police'] } },
      'answers.help',
      'unknown_option',
    ],
    ['wrong type for a choice', { kids: 'two' }, 'answers.kids', 'wrong_type'],
    ['wrong type for a number', { age: 'negen' }, 'answers.age', 'wrong_type'],
    ['likert out of range', { safe: 7 }, 'answers.safe', 'out_of_range'],
    ['rating out of range', { grade: 11 }, 'answers.grade', 'out_of_range'],
    ['number out of range', { age: 31 }, 'answers.age', 'out_of_range'],
    ['not a whole number', { age: 2.5 }, 'answers.age', 'not_whole_number'],
    ['impossible date', { since: '2023-02-30' }, 'answers.since', 'invalid_date'],
    [
      'too many choices',
      { help: { options: ['gp', 'school', 'wijkteam'] } },
      'answers.help',
      'too_many_choices',
    ],
    [
      'ranking not a permutation',
      { priorities: ['play', 'play', 'care'] },
      'answers.priorities',
      'duplicate_option',
    ],
    ['incomplete ranking', { priorities: ['play'] }, 'answers.priorities', 'ranking_incomplete'],
    ['unknown matrix row', { grid: { r9: 3 } }, 'answers.grid', 'unknown_option'],
    [
      'answer to a hidden conditional question',
      { help: { options: ['gp'] }, wijkteam_how: 'Prima' },
      'answers.wijkteam_how',
      'hidden_question',
    ],
    [
      'answer to a hidden follow-up of a rating',
      { grade: 8, why_low: 'Saai' },
      'answers.why_low',
      'hidden_question',
    ],
    [
      'text too long',
      { help: { options: ['wijkteam'] }, wijkteam_how: 'x'.repeat(2001) },
      'answers.wijkteam_how',
      'too_long',
    ],
  ];

  it.each(answerCases)('%s → 400 with a per-field problem', async (_name, answers, field, code) => {
    for (const submit of [false, true]) {
      const before = await snapshot();
      const res = await t
        .agent()
        .put(url())
        .send(
          saveBody(
            { ...(submit ? fullAnswers() : {}), ...answers },
            { submit, returnCode: inProgress.returnCode, idempotencyKey: undefined },
          ),
        )
        .expect(400);
      expect(res.body.problems).toContainEqual(expect.objectContaining({ field, code }));
      expect(res.body.details).toContainEqual(
        expect.stringMatching(new RegExp(`^${field.replace('.', '\\.')}: `)),
      );
      expect(await snapshot()).toEqual(before);
    }
  });

  it('missing required answers on hand-in → 400 per question; saving progress without them is fine', async () => {
    const before = await snapshot();
    const res = await t
      .agent()
      .put(url())
      .send(
        saveBody(
          { kids: { option: 'one' }, help: { options: ['wijkteam'] } },
          { submit: true, returnCode: inProgress.returnCode, idempotencyKey: undefined },
        ),
      )
      .expect(400);
    expect(res.body.problems.map((p: { field: string; code: string }) => `${p.field}:${p.code}`)).toEqual([
      'answers.wijkteam_how:required',
      'answers.safe:required',
      'answers.grade:required',
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('a first save with bad answers creates no participant either', async () => {
    const before = await snapshot();
    await t
      .agent()
      .put(url())
      .send(saveBody({ safe: 0 }))
      .expect(400);
    expect(await snapshot()).toEqual(before);
  });

  const bodyCases: Array<[string, () => Record<string, unknown>, number, RegExp]> = [
    [
      'answers not an object',
      () => saveBody([] as unknown as Record<string, unknown>),
      400,
      /answers must be an object/,
    ],
    [
      'group not in the audience',
      () => saveBody(fullAnswers(), { group: 'professional' }),
      400,
      /not asked this questionnaire/,
    ],
    ['unknown group', () => saveBody(fullAnswers(), { group: 'alien' }), 400, /group must be one of/],
    ['unknown wijk', () => saveBody(fullAnswers(), { wijk: 'atlantis' }), 400, /unknown wijk/],
    [
      'parent with an age band',
      () => saveBody(fullAnswers(), { ageBand: '12-15' }),
      400,
      /only asked of youth/,
    ],
    ['no consent', () => saveBody(fullAnswers(), { consent: false }), 400, /consent must be true/],
    [
      'honeypot filled',
      () => saveBody(fullAnswers(), { website: 'http://spam.example' }),
      400,
      /website must be empty/,
    ],
    ['extra fields', () => saveBody(fullAnswers(), { status: 'submitted' }), 400, /status should not exist/],
    [
      'submit missing',
      () => saveBody(fullAnswers(), { submit: undefined }),
      400,
      /submit must be true or false/,
    ],
    [
      'forged return code',
      () => saveBody(fullAnswers(), { returnCode: 'AAA-AAA-AAA-AAA-AAA-AAA' }),
      404,
      /do not know this return code/,
    ],
  ];

  it.each(bodyCases)('%s → 4xx, nothing stored', async (_name, body, status, message) => {
    const before = await snapshot();
    const res = await t.agent().put(url()).send(body()).expect(status);
    expect(res.body.message).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });

  it('a return code of another round is refused', async () => {
    const other = await seedWorkspace(t);
    const sub = await t
      .agent()
      .post(`/api/public/rounds/${other.round.slug}/submissions`)
      .send(submissionBody())
      .expect(201);
    const before = await snapshot();
    await t
      .agent()
      .put(url())
      .send(saveBody(fullAnswers(), { returnCode: sub.body.returnCode }))
      .expect(404);
    expect(await snapshot()).toEqual(before);
  });

  it('a response to a closed questionnaire → 409, nothing stored; re-opened it is accepted again', async () => {
    const go = (to: string) =>
      mod.agent
        .post(`/api/staff/workspaces/${a.workspace.id}/questionnaires/${qid}/transition`)
        .set('X-XSRF-TOKEN', mod.xsrf)
        .send({ to })
        .expect(200);
    await go('closed');
    const before = await snapshot();
    const res = await t
      .agent()
      .put(url())
      .send(saveBody(fullAnswers(), { returnCode: inProgress.returnCode, idempotencyKey: undefined }))
      .expect(409);
    expect(res.body.message).toMatch(/not accepting answers \(status: closed\)/);
    await t.agent().put(url()).send(saveBody(fullAnswers())).expect(409);
    expect(await snapshot()).toEqual(before);
    const pub = await t.agent().get(`/api/public/rounds/${a.round.slug}/questionnaires/${qid}`).expect(200);
    expect(pub.body.acceptingResponses).toBe(false);
    await go('open');
    await t.agent().put(url()).send(saveBody(fullAnswers())).expect(200);
  });

  it('a response while the round is closed → 409, nothing stored', async () => {
    await t.dataSource.query(`UPDATE round SET status = 'closed' WHERE id = $1`, [a.round.id]);
    try {
      const before = await snapshot();
      const res = await t.agent().put(url()).send(saveBody(fullAnswers())).expect(409);
      expect(res.body.message).toMatch(/round is not accepting input/);
      expect(await snapshot()).toEqual(before);
    } finally {
      await t.dataSource.query(`UPDATE round SET status = 'open' WHERE id = $1`, [a.round.id]);
    }
  });

  it('a round with an access code needs it', async () => {
    const locked = await seedWorkspace(t);
    const m = `${unique('modl')}@example.org`;
    await createStaff(t, m, 'pw-long-enough', [{ workspaceId: locked.workspace.id, role: 'moderator' }]);
    const id = await createQuestionnaire(await loginAs(t, m, 'pw-long-enough'), locked);
    const { hashAccessCode } = await import('../src/participants/return-code');
    await t.dataSource.query(`UPDATE round SET access_code_hash = $1 WHERE id = $2`, [
      hashAccessCode(t.config.RETURN_CODE_SECRET, 'klas3b'),
      locked.round.id,
    ]);
    const path = `/api/public/rounds/${locked.round.slug}/questionnaires/${id}/response`;
    await t.agent().put(path).send(saveBody(fullAnswers())).expect(403);
    await t
      .agent()
      .put(path)
      .send(saveBody(fullAnswers(), { accessCode: 'wrong' }))
      .expect(403);
    await t
      .agent()
      .put(path)
      .send(saveBody(fullAnswers(), { accessCode: ' KLAS3B ', idempotencyKey: randomUUID() }))
      .expect(200);
  });
});
