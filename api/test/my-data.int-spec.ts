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

type Login = Awaited<ReturnType<typeof loginAs>>;
type Trace = {
  round: { slug: string; status: string };
  agendaUrl: string | null;
  items: Array<{
    submission: { id: string; text: string; status: string };
    themes: Array<{ id: string; name: string }>;
    researchQuestions: Array<{ id: string; text: string; combinedRank: number | null; perGroup: unknown[] }>;
  }>;
};

/** "Mijn inbreng": quote consent, trace, export and delete with the return code. */
describe('my data with the return code', () => {
  let t: TestApp;
  let ws: Awaited<ReturnType<typeof seedWorkspace>>;
  let mod: Login;
  const PII_TEXT = 'Ik ben Sanne, bel me op 06-12345678 als de wachtlijst korter wordt.';

  const base = () => `/api/staff/workspaces/${ws.workspace.id}/rounds/${ws.round.id}`;
  const post = (path: string, body: object) =>
    mod.agent.post(`${base()}${path}`).set('X-XSRF-TOKEN', mod.xsrf).send(body);
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> =>
    ((await t.dataSource.query(sql, params)) as T[])[0] as T;
  const setStatus = (status: string) =>
    t.dataSource.query(`UPDATE round SET status = $1 WHERE id = $2`, [status, ws.round.id]);

  async function submit(overrides: Record<string, unknown> = {}) {
    const res = await t
      .agent()
      .post(`/api/public/rounds/${ws.round.slug}/submissions`)
      .send(submissionBody(overrides))
      .expect(201);
    return { code: res.body.returnCode as string, id: res.body.submission.id as string };
  }
  const approve = (ids: string[]) =>
    t.dataSource.query(`UPDATE submission SET status = 'approved' WHERE id = ANY($1)`, [ids]);
  const trace = async (code: string) =>
    (await t.agent().get(`/api/public/my-input/${code}/trace`).expect(200)).body as Trace;

  beforeAll(async () => {
    // a low limit, so the rate-limit test below needs few requests; no route here sends more than 30
    t = await createTestApp({ SUBMIT_LIMIT_PER_MINUTE: '30' });
    ws = await seedWorkspace(t);
    const email = `${unique('mod')}@example.org`;
    await createStaff(t, email, 'pw-long-enough', [{ workspaceId: ws.workspace.id, role: 'moderator' }]);
    mod = await loginAs(t, email, 'pw-long-enough');
  });
  afterAll(() => t.close());

  describe('quote consent', () => {
    it('is stored per submission, false unless ticked, and shown to moderators', async () => {
      const yes = await submit({ quoteConsent: true });
      const no = await submit();
      const rows: Array<{ id: string; quote_consent: boolean }> = await t.dataSource.query(
        `SELECT id, quote_consent FROM submission WHERE id = ANY($1)`,
        [[yes.id, no.id]],
      );
      expect(Object.fromEntries(rows.map((r) => [r.id, r.quote_consent]))).toEqual({
        [yes.id]: true,
        [no.id]: false,
      });
      // a returning participant's later item (the other insert statement) carries it too
      const later = await submit({ returnCode: no.code, quoteConsent: true });
      expect(
        (await one<{ q: boolean }>(`SELECT quote_consent AS q FROM submission WHERE id = $1`, [later.id])).q,
      ).toBe(true);
      const queue = await mod.agent.get(`${base()}/submissions?limit=100`).expect(200);
      const seen = new Map(
        (queue.body.items as Array<{ id: string; quoteConsent: boolean }>).map((i) => [i.id, i.quoteConsent]),
      );
      expect(seen.get(yes.id)).toBe(true);
      expect(seen.get(no.id)).toBe(false);
    });

    it('refuses a value that is not true or false, storing nothing', async () => {
      const before = await countRows(t, 'submission');
      const res = await t
        .agent()
        .post(`/api/public/rounds/${ws.round.slug}/submissions`)
        .send(submissionBody({ quoteConsent: 'ja' }))
        .expect(400);
      expect(res.body.details.join(' ')).toMatch(/quoteConsent/);
      expect(await countRows(t, 'submission')).toBe(before);
    });
  });

  describe('trace', () => {
    let me: string;
    let mine: { approved: string; themed: string; pending: string; rejected: string };
    let others: string[];
    let kept: { id: string; version: number };
    let absorbed: { id: string; version: number };
    let question: { id: string; version: number };

    beforeAll(async () => {
      await setStatus('open');
      const a = await submit({ text: 'De wachtlijst voor de jeugdhulp is veel te lang voor mij.' });
      me = a.code;
      const b = await submit({ returnCode: me, text: 'Op school weet niemand waar je hulp kunt vragen.' });
      const c = await submit({ returnCode: me, text: 'Meer sportplekken in de wijk voor jongeren.' });
      const d = await submit({ returnCode: me, text: 'Dit is een tekst die de moderator afwijst.' });
      mine = { approved: a.id, themed: b.id, pending: c.id, rejected: d.id };
      others = [
        (await submit({ text: 'Ook ik wachtte maanden op een gesprek met iemand.' })).id,
        (
          await submit({
            text: 'Mijn kind wacht al een half jaar op hulp.',
            group: 'parent',
            ageBand: undefined,
          })
        ).id,
      ];
      await approve([a.id, b.id, ...others]);
      await t.dataSource.query(
        `UPDATE submission SET status = 'rejected', rejection_reason = 'off_topic' WHERE id = $1`,
        [d.id],
      );
      // `absorbed` holds my first item and is merged into `kept`; `kept` also holds my second item
      absorbed = (
        await post('/themes', { name: 'Lang wachten', submissionIds: [a.id, others[0]] }).expect(201)
      ).body;
      kept = (
        await post('/themes', {
          name: 'Wachttijden in de jeugdhulp',
          submissionIds: [b.id, others[1]],
        }).expect(201)
      ).body;
      kept = (
        await post(`/themes/${kept.id}/merge`, { version: kept.version, sourceIds: [absorbed.id] }).expect(
          200,
        )
      ).body;
      // links that must never show: a suggestion, a rejected link, a link into a rejected theme
      const other = (
        await post('/themes', { name: 'Sporten in de wijk', submissionIds: [others[0]] }).expect(201)
      ).body;
      const dropped = (await post('/themes', { name: 'Verworpen thema', submissionIds: [a.id] }).expect(201))
        .body;
      await t.dataSource.query(
        `INSERT INTO theme_assignment (theme_id, submission_id, status) VALUES ($1, $2, 'suggested'), ($1, $3, 'rejected')`,
        [other.id, a.id, b.id],
      );
      await t.dataSource.query(`UPDATE theme SET status = 'rejected' WHERE id = $1`, [dropped.id]);
      question = (
        await post('/research-questions', {
          text: 'Hoe worden wachttijden korter?',
          themeIds: [kept.id],
        }).expect(201)
      ).body;
      const gone = (
        await post('/research-questions', {
          text: 'Wat doet wachten met jongeren?',
          themeIds: [kept.id],
        }).expect(201)
      ).body;
      await post(`/research-questions/${question.id}/merge`, {
        version: question.version,
        sourceIds: [gone.id],
      }).expect(200);
      await post('/research-questions', { text: 'Over sporten', themeIds: [other.id] }).expect(201);
    });

    it('shows every item with its status, and no themes while the round is still collecting', async () => {
      const res = await trace(me.toLowerCase().replace(/-/g, ' '));
      expect(res.round).toMatchObject({ slug: ws.round.slug, status: 'open' });
      expect(res.agendaUrl).toBeNull();
      expect(res.items.map((i) => [i.submission.id, i.submission.status])).toEqual([
        [mine.approved, 'approved'],
        [mine.themed, 'approved'],
        [mine.pending, 'pending'],
        [mine.rejected, 'rejected'],
      ]);
      for (const i of res.items) expect([i.themes, i.researchQuestions]).toEqual([[], []]);
    });

    it('shows accepted links to live themes from synthesis on, following merges, never suggestions', async () => {
      await setStatus('synthesis');
      const res = await trace(me);
      const byId = new Map(res.items.map((i) => [i.submission.id, i]));
      // merged into `kept`: the absorbed theme itself is not shown
      expect(byId.get(mine.approved)?.themes).toEqual([{ id: kept.id, name: 'Wachttijden in de jeugdhulp' }]);
      expect(byId.get(mine.themed)?.themes).toEqual([{ id: kept.id, name: 'Wachttijden in de jeugdhulp' }]);
      expect(byId.get(mine.pending)?.themes).toEqual([]);
      expect(byId.get(mine.rejected)?.themes).toEqual([]);
      // research questions are drafts until prioritisation
      for (const i of res.items) expect(i.researchQuestions).toEqual([]);
      expect(JSON.stringify(res)).not.toContain(absorbed.id);
    });

    it('shows the research questions the themes fed from prioritisation on, not merged ones', async () => {
      await setStatus('prioritising');
      const res = await trace(me);
      const first = res.items.find((i) => i.submission.id === mine.approved);
      expect(first?.researchQuestions).toEqual([
        { id: question.id, text: 'Hoe worden wachttijden korter?', combinedRank: null, perGroup: [] },
      ]);
      expect(res.agendaUrl).toBeNull();
    });

    it('links the agenda once published', async () => {
      await setStatus('published');
      const res = await trace(me);
      expect(res.agendaUrl).toBe(`/r/${ws.round.slug}/agenda`);
      expect(res.items[0]?.researchQuestions.map((q) => q.id)).toEqual([question.id]);
    });

    it('keeps the existing my-input view working', async () => {
      const res = await t.agent().get(`/api/public/my-input/${me}`).expect(200);
      expect(res.body.submissions).toHaveLength(4);
    });

    it('answers 404 for an unknown code and 400 for a malformed one', async () => {
      await t.agent().get(`/api/public/my-input/AAA-BBB-CCC-DDD-EEE-FFF/trace`).expect(404);
      await t.agent().get(`/api/public/my-input/ABC/trace`).expect(404);
      const bad = await t
        .agent()
        .get(`/api/public/my-input/${encodeURIComponent('abc!{}')}/trace`)
        .expect(400);
      expect(bad.body.message).toMatch(/returnCode/);
    });

    afterAll(() => setStatus('open'));
  });

  describe('export', () => {
    it('is a JSON download with my own original texts, my quote choice and nothing of anyone else', async () => {
      const first = await submit({ text: PII_TEXT, quoteConsent: true });
      await submit({ returnCode: first.code, kind: 'idea', text: 'Een vaste contactpersoon op school.' });
      await submit({ text: 'Iemand anders schrijft dit.' });
      const res = await t.agent().get(`/api/public/my-input/${first.code}/export`).expect(200);
      expect(res.headers['content-disposition']).toBe('attachment; filename="mijn-inbreng.json"');
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.headers['cache-control']).toBe('no-store');
      const body = JSON.parse(res.text);
      expect(body.round).toEqual({ slug: ws.round.slug, title: ws.round.title });
      expect(body.participant).toMatchObject({ group: 'youth', ageBand: '12-15' });
      expect(body.submissions).toHaveLength(2);
      const [withPii, idea] = body.submissions;
      expect(withPii.originalText).toBe(PII_TEXT);
      expect(withPii.text).not.toContain('06-12345678'); // the public view stays redacted
      expect(withPii.quoteConsent).toBe(true);
      expect(idea).toMatchObject({ kind: 'idea', quoteConsent: false });
      expect(body.questionnaireResponses).toEqual([]);
      expect(body.ballot).toBeNull();
      expect(Number.isNaN(Date.parse(body.exportedAt))).toBe(false);
      expect(res.text).not.toContain('Iemand anders');
    });

    it('answers 404 for an unknown code', async () => {
      await t.agent().get(`/api/public/my-input/AAA-BBB-CCC-DDD-EEE-FFF/export`).expect(404);
    });
  });

  describe('delete', () => {
    let code: string;
    let mineIds: string[];
    let themeId: string;
    let questionId: string;
    const del = (c: string, body?: object) => {
      const req = t.agent().delete(`/api/public/my-input/${c}`);
      return body === undefined ? req : req.send(body);
    };
    const themeCount = async () => {
      const res = await mod.agent.get(`${base()}/workbench`).expect(200);
      return (res.body.themes as Array<{ id: string; submissionCount: number }>).find((x) => x.id === themeId)
        ?.submissionCount;
    };
    const questionCount = async () =>
      (await mod.agent.get(`${base()}/research-questions/${questionId}`).expect(200)).body
        .submissionCount as number;
    const snapshot = async () => ({
      submissions: await countRows(t, 'submission'),
      participants: await countRows(t, 'participant'),
      assignments: await countRows(t, 'theme_assignment'),
      audit: await countRows(t, 'audit_event'),
    });

    beforeAll(async () => {
      const a = await submit({ text: PII_TEXT });
      code = a.code;
      const b = await submit({ returnCode: code, text: 'Ik wil dat de wachttijd korter wordt.' });
      const other = await submit({ text: 'Ook bij ons duurt het veel te lang.' });
      mineIds = [a.id, b.id];
      await approve([a.id, b.id, other.id]);
      themeId = (
        await post('/themes', { name: 'Te lang wachten', submissionIds: [a.id, b.id, other.id] }).expect(201)
      ).body.id;
      questionId = (
        await post('/research-questions', {
          text: 'Hoe voorkomen we lange wachttijden?',
          themeIds: [themeId],
        }).expect(201)
      ).body.id;
      expect(await themeCount()).toBe(3);
      expect(await questionCount()).toBe(3);
    });

    it('refuses without an explicit confirmation and changes nothing', async () => {
      const before = await snapshot();
      for (const body of [
        undefined,
        {},
        { confirm: false },
        { confirm: 'true' },
        { confirm: true, extra: 1 },
      ]) {
        const res = await del(code, body).expect(400);
        expect(res.body.statusCode).toBe(400);
      }
      expect((await del(code, {}).expect(400)).body.details.join(' ')).toMatch(/confirm must be true/);
      expect(await snapshot()).toEqual(before);
    });

    it('answers 404 for an unknown code and 400 for a malformed one, changing nothing', async () => {
      const before = await snapshot();
      await del('AAA-BBB-CCC-DDD-EEE-FFF', { confirm: true }).expect(404);
      await del(encodeURIComponent('x!'), { confirm: true }).expect(400);
      expect(await snapshot()).toEqual(before);
    });

    it('removes my submissions and me, drops theme and question counts, audited without text', async () => {
      const before = await snapshot();
      const res = await del(code, { confirm: true }).expect(200);
      expect(res.body).toEqual({ deletedSubmissions: 2, deletedResponses: 0, deletedBallots: 0 });
      expect(res.headers['cache-control']).toBe('no-store');
      const after = await snapshot();
      expect(after.submissions).toBe(before.submissions - 2);
      expect(after.participants).toBe(before.participants - 1);
      expect(after.assignments).toBe(before.assignments - 2);
      expect(after.audit).toBe(before.audit + 1);
      expect(await themeCount()).toBe(1);
      expect(await questionCount()).toBe(1);
      const left = await one<{ n: number }>(`SELECT count(*)::int AS n FROM submission WHERE id = ANY($1)`, [
        mineIds,
      ]);
      expect(left.n).toBe(0);
      const audit = await one<{ action: string; actor_id: string | null; before: unknown; after: unknown }>(
        `SELECT action, actor_id, before, after FROM audit_event WHERE action = 'participant.data_deleted'
          ORDER BY created_at DESC LIMIT 1`,
      );
      expect(audit.actor_id).toBeNull();
      expect(audit.after).toEqual({ deletedSubmissions: 2, deletedResponses: 0, deletedBallots: 0 });
      expect((audit.before as { submissionIds: string[] }).submissionIds.sort()).toEqual([...mineIds].sort());
      const stored = JSON.stringify(audit);
      for (const fragment of ['Sanne', '06-12345678', 'wachttijd korter', code, code.replace(/-/g, '')]) {
        expect(stored).not.toContain(fragment);
      }
    });

    it('answers 404 afterwards everywhere the code was used, never 5xx', async () => {
      await del(code, { confirm: true }).expect(404);
      await t.agent().get(`/api/public/my-input/${code}`).expect(404);
      await t.agent().get(`/api/public/my-input/${code}/trace`).expect(404);
      await t.agent().get(`/api/public/my-input/${code}/export`).expect(404);
      await t
        .agent()
        .post(`/api/public/rounds/${ws.round.slug}/submissions`)
        .send(submissionBody({ returnCode: code }))
        .expect(404);
    });

    it('deletes once when the same code is sent twice at the same moment', async () => {
      const p = await submit({ text: 'Twee keer tegelijk verwijderen mag niet misgaan.' });
      const audits = await countRows(t, 'audit_event');
      const answers = await Promise.all([del(p.code, { confirm: true }), del(p.code, { confirm: true })]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 404]);
      expect(await countRows(t, 'audit_event')).toBe(audits + 1);
    });

    it('is rate-limited like submitting', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++)
        statuses.push((await del('AAA-BBB-CCC-DDD-EEE-FFF', { confirm: true })).status);
      expect(statuses).toContain(429);
      expect(statuses.filter((s) => s !== 404 && s !== 429)).toEqual([]);
    });
  });
});
