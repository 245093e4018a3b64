import { createStaff, createTestApp, loginAs, seedWorkspace, TestApp, unique } from './helpers/test-app';
import {
  countTable,
  createQuestionnaire,
  fullAnswers,
  parentsDefinition,
  questionnaireBody,
  questionOf,
  saveBody,
  sectionOf,
} from './helpers/questionnaire-fixtures';

describe('questionnaire builder (staff)', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof seedWorkspace>>;
  let b: Awaited<ReturnType<typeof seedWorkspace>>;
  let modA: Awaited<ReturnType<typeof loginAs>>;
  let modB: Awaited<ReturnType<typeof loginAs>>;
  const base = () => `/api/staff/workspaces/${a.workspace.id}`;
  const put = (id: string, body: Record<string, unknown>) =>
    modA.agent.put(`${base()}/questionnaires/${id}`).set('X-XSRF-TOKEN', modA.xsrf).send(body);
  const answer = (id: string, body: Record<string, unknown>) =>
    t.agent().put(`/api/public/rounds/${a.round.slug}/questionnaires/${id}/response`).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    a = await seedWorkspace(t);
    b = await seedWorkspace(t);
    const ma = `${unique('moda')}@example.org`;
    const mb = `${unique('modb')}@example.org`;
    await createStaff(t, ma, 'pw-long-enough', [{ workspaceId: a.workspace.id, role: 'moderator' }]);
    await createStaff(t, mb, 'pw-long-enough', [{ workspaceId: b.workspace.id, role: 'moderator' }]);
    modA = await loginAs(t, ma, 'pw-long-enough');
    modB = await loginAs(t, mb, 'pw-long-enough');
  });
  afterAll(() => t.close());

  it('creates a draft questionnaire with version 1, lists it and audits it', async () => {
    const res = await modA.agent
      .post(`${base()}/rounds/${a.round.id}/questionnaires`)
      .set('X-XSRF-TOKEN', modA.xsrf)
      .send(questionnaireBody({ definition: { ...parentsDefinition(), junk: 1 } }))
      .expect(201);
    expect(res.body).toMatchObject({
      title: 'Opvoeden in de wijk',
      status: 'draft',
      version: 1,
      minGroupSize: 5,
      hasResponses: false,
      responseCount: 0,
      audience: ['parent'],
    });
    expect(res.body.definition).toEqual(parentsDefinition());
    expect(res.body.versions).toEqual([{ version: 1, createdAt: expect.any(String), responseCount: 0 }]);
    const list = await modA.agent.get(`${base()}/rounds/${a.round.id}/questionnaires`).expect(200);
    expect(list.body.map((q: { id: string }) => q.id)).toContain(res.body.id);
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY created_at`,
      [res.body.id],
    );
    expect(audit.map((r: { action: string }) => r.action)).toEqual(['questionnaire.created']);
  });

  it('refuses an invalid definition with one problem per path, and stores nothing', async () => {
    const before = await countTable(t, 'questionnaire');
    const def = parentsDefinition();
    questionOf(def, 'wijkteam_how').condition = { questionKey: 'grade', operator: 'equals', value: 3 };
    questionOf(def, 'safe').key = 'kids';
    const res = await modA.agent
      .post(`${base()}/rounds/${a.round.id}/questionnaires`)
      .set('X-XSRF-TOKEN', modA.xsrf)
      .send(questionnaireBody({ definition: def }))
      .expect(400);
    expect(res.body.problems).toEqual([
      expect.objectContaining({
        field: 'definition.sections[0].questions[2].condition.questionKey',
        code: 'condition_forward',
      }),
      expect.objectContaining({ field: 'definition.sections[1].questions[0].key', code: 'duplicate_key' }),
    ]);
    expect(res.body.details).toHaveLength(2);
    expect(await countTable(t, 'questionnaire')).toBe(before);
  });

  it('refuses a condition on a missing question', async () => {
    const def = parentsDefinition();
    questionOf(def, 'why_low').condition = { questionKey: 'ghost', operator: 'equals', value: 'x' };
    const res = await modA.agent
      .post(`${base()}/rounds/${a.round.id}/questionnaires`)
      .set('X-XSRF-TOKEN', modA.xsrf)
      .send(questionnaireBody({ definition: def }))
      .expect(400);
    expect(res.body.problems[0]).toMatchObject({ code: 'condition_unknown_question' });
  });

  it('moves through draft → open → closed → open, refuses other moves, and audits each', async () => {
    const id = await createQuestionnaire(modA, a, { open: false });
    const go = (to: string) =>
      modA.agent
        .post(`${base()}/questionnaires/${id}/transition`)
        .set('X-XSRF-TOKEN', modA.xsrf)
        .send({ to });
    await go('closed').expect(409);
    expect((await go('open').expect(200)).body.status).toBe('open');
    expect((await go('closed').expect(200)).body.status).toBe('closed');
    expect((await go('open').expect(200)).body.status).toBe('open');
    await go('draft').expect(409);
    await go('archived').expect(400);
    const audit = await t.dataSource.query(
      `SELECT after->>'status' AS s FROM audit_event WHERE subject_id = $1 AND action = 'questionnaire.transitioned' ORDER BY created_at`,
      [id],
    );
    expect(audit.map((r: { s: string }) => r.s)).toEqual(['open', 'closed', 'open']);
  });

  it('cannot open a questionnaire without questions', async () => {
    const id = await createQuestionnaire(modA, a, { open: false, body: { definition: { sections: [] } } });
    const res = await modA.agent
      .post(`${base()}/questionnaires/${id}/transition`)
      .set('X-XSRF-TOKEN', modA.xsrf)
      .send({ to: 'open' })
      .expect(409);
    expect(res.body.message).toMatch(/without questions/);
  });

  describe('versioning', () => {
    it('edits in place while there are no responses, even destructive ones', async () => {
      const id = await createQuestionnaire(modA, a);
      const def = parentsDefinition();
      sectionOf(def, 's2').questions.pop(); // remove "since"
      const res = await put(id, questionnaireBody({ definition: def })).expect(200);
      expect(res.body.version).toBe(1);
      expect(res.body.definition.sections[1].questions.map((q: { key: string }) => q.key)).not.toContain(
        'since',
      );
    });

    it('with responses: safe edits stay in the version, destructive ones are refused (409 with the changes)', async () => {
      const id = await createQuestionnaire(modA, a);
      await answer(id, saveBody(fullAnswers())).expect(200);
      const reworded = parentsDefinition();
      questionOf(reworded, 'kids').text = 'Hoeveel kinderen heeft u?';
      const ok = await put(id, questionnaireBody({ definition: reworded })).expect(200);
      expect(ok.body).toMatchObject({ version: 1, hasResponses: true });

      const removed = parentsDefinition();
      sectionOf(removed, 's2').questions = sectionOf(removed, 's2').questions.filter((q) => q.key !== 'age');
      const kids = questionOf(removed, 'kids');
      if (kids.type === 'single_choice') kids.options = kids.options.filter((o) => o.key !== 'more');
      sectionOf(removed, 's2').questions[0] = {
        key: 'safe',
        type: 'rating',
        text: 'Cijfer voor veiligheid',
        required: true,
      };
      const before = await t.dataSource.query(
        `SELECT definition FROM questionnaire_version WHERE questionnaire_id = $1`,
        [id],
      );
      const refused = await put(id, questionnaireBody({ definition: removed })).expect(409);
      expect(refused.body.details).toEqual([
        'question "kids": option "more" removed',
        'question "safe" changed type from likert to rating',
        'question "age" removed',
      ]);
      const after = await t.dataSource.query(
        `SELECT definition FROM questionnaire_version WHERE questionnaire_id = $1`,
        [id],
      );
      expect(after).toEqual(before);

      const versioned = await put(id, questionnaireBody({ definition: removed, asNewVersion: true })).expect(
        200,
      );
      expect(versioned.body).toMatchObject({ version: 2, hasResponses: false });
      expect(
        versioned.body.versions.map((v: { version: number; responseCount: number }) => [
          v.version,
          v.responseCount,
        ]),
      ).toEqual([
        [1, 1],
        [2, 0],
      ]);
      // The old response keeps version 1.
      const rows = await t.dataSource.query(
        `SELECT v.version FROM questionnaire_response r JOIN questionnaire_version v ON v.id = r.version_id WHERE r.questionnaire_id = $1`,
        [id],
      );
      expect(rows).toEqual([{ version: 1 }]);
      // New respondents answer version 2: "age" is unknown there.
      const bad = await answer(id, saveBody(fullAnswers({ safe: 8 }))).expect(400);
      expect(bad.body.problems).toEqual([
        expect.objectContaining({ field: 'answers.age', code: 'unknown_question' }),
      ]);
      const { age: _age, ...rest } = fullAnswers({ safe: 8 });
      const good = await answer(id, saveBody(rest)).expect(200);
      expect(good.body.version).toBe(2);
      const audit = await t.dataSource.query(
        `SELECT action FROM audit_event WHERE subject_id = $1 AND action LIKE 'questionnaire.%' ORDER BY created_at`,
        [id],
      );
      expect(audit.map((r: { action: string }) => r.action)).toEqual([
        'questionnaire.created',
        'questionnaire.transitioned',
        'questionnaire.updated',
        'questionnaire.version_created',
      ]);
    });
  });

  it('documents every questionnaire endpoint in OpenAPI', async () => {
    const res = await t.agent().get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/public/rounds/{slug}/questionnaires',
        '/api/public/rounds/{slug}/questionnaires/{questionnaireId}',
        '/api/public/rounds/{slug}/questionnaires/{questionnaireId}/response',
        '/api/public/rounds/{slug}/questionnaires/{questionnaireId}/response/{returnCode}',
        '/api/staff/workspaces/{workspaceId}/rounds/{roundId}/questionnaires',
        '/api/staff/workspaces/{workspaceId}/questionnaires/{questionnaireId}',
        '/api/staff/workspaces/{workspaceId}/questionnaires/{questionnaireId}/transition',
        '/api/staff/workspaces/{workspaceId}/questionnaires/{questionnaireId}/results',
        '/api/staff/workspaces/{workspaceId}/questionnaires/{questionnaireId}/open-answers',
        '/api/staff/workspaces/{workspaceId}/questionnaires/{questionnaireId}/responses/{responseId}/open-answers/{questionKey}/original',
        '/api/staff/workspaces/{workspaceId}/questionnaires/{questionnaireId}/export/{format}',
        '/api/staff/workspaces/{workspaceId}/questionnaires/{questionnaireId}/to-synthesis',
      ]),
    );
    const save = res.body.paths['/api/public/rounds/{slug}/questionnaires/{questionnaireId}/response'].put;
    expect(JSON.stringify(save)).toContain('SaveResponseDto');
  });

  describe('workspace isolation', () => {
    it('another workspace cannot read, edit, list or see results of this questionnaire', async () => {
      const id = await createQuestionnaire(modA, a);
      await modB.agent.get(`${base()}/questionnaires/${id}`).expect(403);
      await modB.agent.get(`/api/staff/workspaces/${b.workspace.id}/questionnaires/${id}`).expect(404);
      await modB.agent
        .get(`/api/staff/workspaces/${b.workspace.id}/questionnaires/${id}/results`)
        .expect(404);
      await modB.agent
        .get(`/api/staff/workspaces/${b.workspace.id}/questionnaires/${id}/export/xlsx`)
        .expect(404);
      await modB.agent
        .get(`/api/staff/workspaces/${b.workspace.id}/rounds/${a.round.id}/questionnaires`)
        .expect(404);
      await modB.agent
        .put(`/api/staff/workspaces/${b.workspace.id}/questionnaires/${id}`)
        .set('X-XSRF-TOKEN', modB.xsrf)
        .send(questionnaireBody({ title: 'Overgenomen' }))
        .expect(404);
      await modB.agent
        .post(`/api/staff/workspaces/${b.workspace.id}/questionnaires/${id}/transition`)
        .set('X-XSRF-TOKEN', modB.xsrf)
        .send({ to: 'closed' })
        .expect(404);
      const still = await modA.agent.get(`${base()}/questionnaires/${id}`).expect(200);
      expect(still.body).toMatchObject({ title: 'Opvoeden in de wijk', status: 'open' });
    });

    it('is not available without logging in', async () => {
      await t.agent().get(`${base()}/rounds/${a.round.id}/questionnaires`).expect(401);
    });
  });
});
