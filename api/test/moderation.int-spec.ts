import {
  createStaff,
  createTestApp,
  loginAs,
  seedWorkspace,
  submissionBody,
  TestApp,
  unique,
} from './helpers/test-app';

describe('moderation', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof seedWorkspace>>;
  let b: Awaited<ReturnType<typeof seedWorkspace>>;
  let modA: Awaited<ReturnType<typeof loginAs>>;
  let adminB: Awaited<ReturnType<typeof loginAs>>;
  const post = (body: Record<string, unknown>) =>
    t.agent().post(`/api/public/rounds/${a.round.slug}/submissions`).send(submissionBody(body)).expect(201);

  beforeAll(async () => {
    t = await createTestApp();
    a = await seedWorkspace(t);
    b = await seedWorkspace(t);
    const m = `${unique('mod')}@example.org`;
    const ab = `${unique('adminb')}@example.org`;
    await createStaff(t, m, 'pw-long-enough', [{ workspaceId: a.workspace.id, role: 'moderator' }]);
    await createStaff(t, ab, 'pw-long-enough', [{ workspaceId: b.workspace.id, role: 'admin' }]);
    modA = await loginAs(t, m, 'pw-long-enough');
    adminB = await loginAs(t, ab, 'pw-long-enough');
  });
  afterAll(() => t.close());

  const queueUrl = () => `/api/staff/workspaces/${a.workspace.id}/rounds/${a.round.id}/submissions`;

  it('puts urgent items first and counts them for the alert', async () => {
    await post({ text: 'Het wijkteam reageerde pas na drie weken op mijn mail.' });
    const crisis = await post({
      text: 'Mijn vader slaat me als hij gedronken heeft en ik durf niet naar huis.',
    });
    const res = await modA.agent.get(`${queueUrl()}?status=pending`).expect(200);
    expect(res.body.items[0].id).toBe(crisis.body.submission.id);
    expect(res.body.items[0].urgent).toBe(true);
    expect(res.body.items[0].crisisCategories.length).toBeGreaterThan(0);
    expect(res.body.urgentPending).toBeGreaterThanOrEqual(1);
    const urgentOnly = await modA.agent.get(`${queueUrl()}?flag=urgent`).expect(200);
    expect(urgentOnly.body.items.every((i: { urgent: boolean }) => i.urgent)).toBe(true);
  });

  it('shows the queue redacted; the original only on request, and every view is audited', async () => {
    const pii = await post({
      text: 'Mijn zoon Daan wacht al maanden, bel me op 06-12345678 of mail ouder@example.org.',
    });
    const res = await modA.agent.get(`${queueUrl()}?flag=pii`).expect(200);
    const item = res.body.items.find((i: { id: string }) => i.id === pii.body.submission.id);
    expect(item.redactedText).not.toContain('12345678');
    expect(item.piiKinds).toEqual(expect.arrayContaining(['phone', 'email']));
    const original = await modA.agent
      .get(`/api/staff/workspaces/${a.workspace.id}/submissions/${item.id}/original`)
      .expect(200);
    expect(original.body.originalText).toContain('06-12345678');
    const audit: Array<{ n: number }> = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE subject_id = $1 AND action = 'submission.original_viewed'`,
      [item.id],
    );
    expect(audit[0]?.n).toBe(1);
  });

  it("approve and reject show on the participant's page, with the reason", async () => {
    const one = await post({ text: 'Er zijn te weinig plekken voor jongeren om te sporten in de wijk.' });
    const two = await post({
      text: 'Koop nu goedkope zonnebrillen via deze link!!!',
      returnCode: one.body.returnCode,
    });
    const decide = (id: string, body: Record<string, unknown>) =>
      modA.agent
        .post(`/api/staff/workspaces/${a.workspace.id}/submissions/${id}/decision`)
        .set('X-XSRF-TOKEN', modA.xsrf)
        .send(body);
    await decide(one.body.submission.id, { action: 'approve' }).expect(200);
    await decide(two.body.submission.id, { action: 'reject', reason: 'spam', note: 'Reclame' }).expect(200);
    await decide(two.body.submission.id, { action: 'reject' }).expect(400);
    const mine = await t.agent().get(`/api/public/my-input/${one.body.returnCode}`).expect(200);
    expect(
      mine.body.submissions.map((s: { status: string; rejectionReason: string | null }) => [
        s.status,
        s.rejectionReason,
      ]),
    ).toEqual([
      ['approved', null],
      ['rejected', 'spam'],
    ]);
    const audit: Array<{ action: string }> = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE subject_id IN ($1, $2) ORDER BY created_at`,
      [one.body.submission.id, two.body.submission.id],
    );
    expect(audit.map((r) => r.action)).toEqual(['submission.approved', 'submission.rejected']);
  });

  it('a moderator can edit the redaction; the participant then sees the edited text', async () => {
    const s = await post({ text: 'Mevrouw Jansen van school helpt mij heel goed met mijn planning.' });
    await modA.agent
      .post(`/api/staff/workspaces/${a.workspace.id}/submissions/${s.body.submission.id}/decision`)
      .set('X-XSRF-TOKEN', modA.xsrf)
      .send({ action: 'redact', redactedText: '[naam] van school helpt mij heel goed met mijn planning.' })
      .expect(200);
    const mine = await t.agent().get(`/api/public/my-input/${s.body.returnCode}`).expect(200);
    expect(mine.body.submissions[0].text).toBe('[naam] van school helpt mij heel goed met mijn planning.');
  });

  it('bulk approval skips urgent items', async () => {
    const ok = await post({ text: 'Meer informatie over de jeugdhulp op school zou fijn zijn.' });
    const urgent = await post({ text: 'Ik snij mezelf soms omdat ik het niet meer aankan.' });
    const res = await modA.agent
      .post(`/api/staff/workspaces/${a.workspace.id}/rounds/${a.round.id}/submissions/bulk-approve`)
      .set('X-XSRF-TOKEN', modA.xsrf)
      .send({ ids: [ok.body.submission.id, urgent.body.submission.id] })
      .expect(200);
    expect(res.body.approved).toEqual([ok.body.submission.id]);
    expect(res.body.skipped).toEqual([
      { id: urgent.body.submission.id, reason: 'urgent: decide one by one' },
    ]);
  });

  it('the dashboard counts per status and group, and names under-represented groups', async () => {
    const res = await modA.agent
      .get(`/api/staff/workspaces/${a.workspace.id}/rounds/${a.round.id}/dashboard`)
      .expect(200);
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.byGroup.find((g: { key: string }) => g.key === 'youth').count).toBe(res.body.total);
    expect(res.body.underRepresented).toEqual(expect.arrayContaining(['parent', 'professional']));
  });

  it("another workspace's admin can neither see nor decide on these submissions", async () => {
    const s = await post({ text: 'Dit is van workspace A en van niemand anders.' });
    await adminB.agent.get(queueUrl()).expect(403);
    await adminB.agent
      .get(`/api/staff/workspaces/${a.workspace.id}/submissions/${s.body.submission.id}/original`)
      .expect(403);
    // Through their own workspace the item simply does not exist.
    await adminB.agent
      .get(`/api/staff/workspaces/${b.workspace.id}/submissions/${s.body.submission.id}/original`)
      .expect(404);
    await adminB.agent
      .post(`/api/staff/workspaces/${b.workspace.id}/submissions/${s.body.submission.id}/decision`)
      .set('X-XSRF-TOKEN', adminB.xsrf)
      .send({ action: 'approve' })
      .expect(404);
    await adminB.agent
      .get(`/api/staff/workspaces/${b.workspace.id}/rounds/${a.round.id}/submissions`)
      .expect(404);
    const mine = await t.agent().get(`/api/public/my-input/${s.body.returnCode}`).expect(200);
    expect(mine.body.submissions[0].status).toBe('pending');
  });
});
