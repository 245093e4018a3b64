import { randomUUID } from 'node:crypto';
import { RoundRepository } from '../src/rounds/round.repository';
import { createQuestionnaire, fullAnswers, saveBody } from './helpers/questionnaire-fixtures';
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
    await createStaff(t, email, 'pw-long-enough', [{ workspaceId: ws.workspace.id, role: 'admin' }]);
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
    let sport: string;

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
      sport = (await post('/research-questions', { text: 'Over sporten', themeIds: [other.id] }).expect(201))
        .body.id;
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

    const ballot = (body: Record<string, unknown>) =>
      t
        .agent()
        .put(`/api/public/rounds/${ws.round.slug}/ballot`)
        .send({ idempotencyKey: randomUUID(), consent: true, ...body })
        .expect(200);

    it('shows the research questions the themes fed from prioritisation on, not merged ones', async () => {
      await post('/prioritisation', { researchQuestionIds: [question.id, sport] }).expect(201);
      expect(
        (await one<{ status: string }>(`SELECT status FROM round WHERE id = $1`, [ws.round.id])).status,
      ).toBe('prioritising');
      // I rank "wachttijden" first; a parent does the same; nobody else votes
      await ballot({
        returnCode: me,
        group: 'youth',
        ageBand: '12-15',
        picks: [question.id, sport],
        ranking: [question.id],
      });
      await ballot({ group: 'parent', picks: [question.id, sport], ranking: [question.id, sport] });
      const res = await trace(me);
      const first = res.items.find((i) => i.submission.id === mine.approved);
      // no ranks while voting runs
      expect(first?.researchQuestions).toEqual([
        { id: question.id, text: 'Hoe worden wachttijden korter?', combinedRank: null, perGroup: [] },
      ]);
      expect(res.agendaUrl).toBeNull();
    });

    it('shows the final ranks per group and combined, and links the agenda, once published', async () => {
      await mod.agent
        .post(`/api/staff/workspaces/${ws.workspace.id}/rounds/${ws.round.id}/transition`)
        .set('X-XSRF-TOKEN', mod.xsrf)
        .send({ to: 'published' })
        .expect(200);
      const res = await trace(me);
      expect(res.agendaUrl).toBe(`/r/${ws.round.slug}/agenda`);
      const expected = {
        id: question.id,
        text: 'Hoe worden wachttijden korter?',
        combinedRank: 1,
        perGroup: [
          { group: 'youth', rank: 1 },
          { group: 'parent', rank: 1 },
          { group: 'professional', rank: null },
          { group: 'policy_research_education', rank: null },
        ],
      };
      expect(res.items[0]?.researchQuestions).toEqual([expected]);
      expect(res.items[1]?.researchQuestions).toEqual([expected]);
      // the same numbers as the moderators' results
      const results = await mod.agent.get(`${base()}/prioritisation/results`).expect(200);
      const row = results.body.questions.find(
        (q: { researchQuestionId: string }) => q.researchQuestionId === question.id,
      );
      expect(row.combinedRank).toBe(1);
      expect(row.perGroup.map((g: { group: string; rank: number }) => [g.group, g.rank])).toEqual([
        ['youth', 1],
        ['parent', 1],
      ]);
    });

    it('exports my ballot', async () => {
      const res = await t.agent().get(`/api/public/my-input/${me}/export`).expect(200);
      const body = JSON.parse(res.text);
      expect(body.ballot).toEqual({ picks: [question.id, sport], ranking: [question.id] });
      expect(body.pairwiseVotes).toEqual([]);
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

    it('deleting removes my ballot too, and the results no longer count it', async () => {
      const res = await t.agent().delete(`/api/public/my-input/${me}`).send({ confirm: true }).expect(200);
      expect(res.body).toEqual({ deletedSubmissions: 4, deletedResponses: 0, deletedBallots: 1 });
      const results = await mod.agent.get(`${base()}/prioritisation/results`).expect(200);
      expect(results.body.ballotsPerGroup).toMatchObject({ youth: 0, parent: 1 });
      expect(
        await one<{ n: number }>(`SELECT count(*)::int AS n FROM ballot_item bi
        WHERE NOT EXISTS (SELECT 1 FROM ballot b WHERE b.id = bi.ballot_id)`),
      ).toEqual({ n: 0 });
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
      expect(body.pairwiseVotes).toEqual([]);
      expect(Number.isNaN(Date.parse(body.exportedAt))).toBe(false);
      expect(res.text).not.toContain('Iemand anders');
    });

    it('includes my pairwise votes, and deleting removes them', async () => {
      const round = await t.app.get(RoundRepository).create(ws.workspace.id, {
        slug: unique('pair'),
        title: 'Twee tegelijk',
        status: 'open',
        prompt: 'x',
        allowedGroups: ['youth'],
        lifeDomains: [{ code: 'health', label: 'gezondheid' }],
      });
      const staff = `/api/staff/workspaces/${ws.workspace.id}/rounds/${round.id}`;
      const sub = await t
        .agent()
        .post(`/api/public/rounds/${round.slug}/submissions`)
        .send(submissionBody())
        .expect(201);
      const code = sub.body.returnCode as string;
      await approve([sub.body.submission.id]);
      const theme = (
        await mod.agent
          .post(`${staff}/themes`)
          .set('X-XSRF-TOKEN', mod.xsrf)
          .send({ name: 'Wachten', submissionIds: [sub.body.submission.id] })
          .expect(201)
      ).body.id;
      const ids: string[] = [];
      for (const text of ['Eerste vraag', 'Tweede vraag'])
        ids.push(
          (
            await mod.agent
              .post(`${staff}/research-questions`)
              .set('X-XSRF-TOKEN', mod.xsrf)
              .send({ text, themeIds: [theme] })
              .expect(201)
          ).body.id,
        );
      await t.dataSource.query(`UPDATE round SET status = 'synthesis' WHERE id = $1`, [round.id]);
      await mod.agent
        .post(`${staff}/prioritisation`)
        .set('X-XSRF-TOKEN', mod.xsrf)
        .send({ method: 'pairwise', researchQuestionIds: ids })
        .expect(201);
      const pair = [ids[0], ids[1]];
      await t
        .agent()
        .post(`/api/public/rounds/${round.slug}/pairwise-votes`)
        .send({
          idempotencyKey: randomUUID(),
          returnCode: code,
          group: 'youth',
          ageBand: '12-15',
          consent: true,
          pair,
          choice: ids[1],
        })
        .expect(201);
      const exported = JSON.parse(
        (await t.agent().get(`/api/public/my-input/${code}/export`).expect(200)).text,
      );
      expect(exported.ballot).toBeNull();
      expect(exported.pairwiseVotes).toEqual([{ pair, choice: ids[1], createdAt: expect.any(String) }]);
      const res = await t.agent().delete(`/api/public/my-input/${code}`).send({ confirm: true }).expect(200);
      expect(res.body).toEqual({ deletedSubmissions: 1, deletedResponses: 0, deletedBallots: 1 });
      expect(
        await one<{ n: number }>(`SELECT count(*)::int AS n FROM pairwise_vote WHERE round_id = $1`, [
          round.id,
        ]),
      ).toEqual({ n: 0 });
    });

    it('answers 404 for an unknown code', async () => {
      await t.agent().get(`/api/public/my-input/AAA-BBB-CCC-DDD-EEE-FFF/export`).expect(404);
    });
  });

  describe('questionnaire responses', () => {
    let me: string;
    let own: string;
    let q1: string;
    let q2: string;
    let mine: { handedIn: string; unfinished: string };
    let theirs: string;
    let derived: { mine: string; theirs: string };
    let themeId: string;
    let questionId: string;
    const myAnswers = fullAnswers({
      kids: { option: 'other', otherText: 'Pleegkind, mail sanne@example.org' },
      grade: 4,
      why_low: PII_TEXT,
    });
    const qBase = (id: string) => `/api/staff/workspaces/${ws.workspace.id}/questionnaires/${id}`;
    const answer = async (id: string, answers: Record<string, unknown>, over: Record<string, unknown> = {}) =>
      (
        await t
          .agent()
          .put(`/api/public/rounds/${ws.round.slug}/questionnaires/${id}/response`)
          .send(saveBody(answers, over))
          .expect(200)
      ).body.responseId as string;
    const respondents = async () =>
      (await mod.agent.get(`${qBase(q1)}/results`).expect(200)).body.respondents as number;
    const lineageIds = async () =>
      (
        (await mod.agent.get(`${base()}/research-questions/${questionId}/lineage`).expect(200)).body
          .themes as Array<{
          submissions: Array<{ id: string }>;
        }>
      ).flatMap((th) => th.submissions.map((x) => x.id));
    const counts = async () => {
      const workbench = await mod.agent.get(`${base()}/workbench`).expect(200);
      return {
        theme: (workbench.body.themes as Array<{ id: string; submissionCount: number }>).find(
          (x) => x.id === themeId,
        )?.submissionCount,
        question: (await mod.agent.get(`${base()}/research-questions/${questionId}`).expect(200)).body
          .submissionCount as number,
      };
    };

    beforeAll(async () => {
      await setStatus('open');
      q1 = await createQuestionnaire(mod, ws, { body: { audience: [], minGroupSize: 1 } });
      q2 = await createQuestionnaire(mod, ws, { body: { audience: [], title: 'Nog een vragenlijst' } });
      const first = await submit({ text: 'Mijn eigen inbreng over lang wachten op hulp.' });
      me = first.code;
      own = first.id;
      const asMe = { returnCode: me, group: 'youth', ageBand: '12-15' };
      mine = {
        handedIn: await answer(q1, myAnswers, asMe),
        unfinished: await answer(q2, { safe: 2 }, { ...asMe, submit: false }),
      };
      theirs = await answer(q1, fullAnswers({ grade: 2, why_low: 'Iemand anders vindt de wijk saai.' }));
      // moderators send the open answers on: each becomes a submission of the person who wrote it
      const sent = await mod.agent
        .post(`${qBase(q1)}/to-synthesis`)
        .set('X-XSRF-TOKEN', mod.xsrf)
        .send({ questionKey: 'why_low', kind: 'experience' })
        .expect(200);
      expect(sent.body.created).toBe(2);
      const rows: Array<{ id: string; source_response_id: string }> = await t.dataSource.query(
        `SELECT id, source_response_id FROM submission WHERE source_questionnaire_id = $1`,
        [q1],
      );
      const of = (responseId: string) => rows.find((r) => r.source_response_id === responseId)?.id ?? '';
      derived = { mine: of(mine.handedIn), theirs: of(theirs) };
      await approve([own, derived.mine, derived.theirs]);
      themeId = (
        await post('/themes', {
          name: 'Weinig te doen in de wijk',
          submissionIds: [own, derived.mine, derived.theirs],
        }).expect(201)
      ).body.id;
      questionId = (
        await post('/research-questions', { text: 'Wat maakt de wijk leuker?', themeIds: [themeId] }).expect(
          201,
        )
      ).body.id;
    });
    afterAll(() => setStatus('open'));

    it('trace lists the submission made from my answer like my other submissions', async () => {
      await setStatus('synthesis');
      const res = await trace(me);
      expect(res.items.map((i) => i.submission.id)).toEqual([own, derived.mine]);
      const item = res.items[1];
      expect(item?.submission).toMatchObject({ kind: 'experience', status: 'approved' });
      expect(item?.submission.text).not.toContain('06-12345678');
      expect(item?.themes).toEqual([{ id: themeId, name: 'Weinig te doen in de wijk' }]);
      expect(JSON.stringify(res)).not.toContain(derived.theirs);
      await setStatus('open');
    });

    it('export holds my questionnaire responses as I gave them, my open texts included', async () => {
      const res = await t.agent().get(`/api/public/my-input/${me}/export`).expect(200);
      const body = JSON.parse(res.text);
      // the submission made from my answer is mine, with my own words
      expect(body.submissions.map((x: { id: string }) => x.id)).toEqual([own, derived.mine]);
      expect(body.submissions[1]).toMatchObject({ kind: 'experience', originalText: PII_TEXT });
      expect(body.questionnaireResponses).toHaveLength(2);
      const [handedIn, unfinished] = body.questionnaireResponses;
      expect(handedIn).toMatchObject({
        questionnaire: { id: q1, title: 'Opvoeden in de wijk', status: 'open' },
        version: 1,
        status: 'submitted',
        wijk: null,
        answers: myAnswers,
      });
      for (const at of ['createdAt', 'updatedAt', 'submittedAt'])
        expect(Number.isNaN(Date.parse(handedIn[at]))).toBe(false);
      expect(handedIn.questions.map((x: { key: string }) => x.key)).toEqual([
        'kids',
        'help',
        'safe',
        'grade',
        'why_low',
        'priorities',
        'grid',
        'age',
        'since',
      ]);
      expect(handedIn.questions[4]).toEqual({
        key: 'why_low',
        text: 'Waarom een laag cijfer?',
        type: 'short_text',
      });
      const open = new Map(
        (handedIn.openAnswers as Array<{ questionKey: string }>).map((o) => [o.questionKey, o]),
      );
      expect(open.get('why_low')).toMatchObject({
        source: 'answer',
        originalText: PII_TEXT,
        submissionId: derived.mine,
      });
      expect((open.get('why_low') as unknown as { text: string }).text).not.toContain('06-12345678');
      expect(open.get('kids')).toMatchObject({
        source: 'other',
        originalText: 'Pleegkind, mail sanne@example.org',
        submissionId: null,
      });
      expect((open.get('kids') as unknown as { text: string }).text).not.toContain('sanne@example.org');
      expect(unfinished).toMatchObject({
        questionnaire: { id: q2, title: 'Nog een vragenlijst' },
        status: 'in_progress',
        submittedAt: null,
        answers: { safe: 2 },
        openAnswers: [],
      });
      expect(res.text).not.toContain('Iemand anders');
      expect(res.text).not.toContain(theirs);
    });

    it('delete removes my responses, their answers and the submissions made from them; counts drop', async () => {
      expect(await counts()).toEqual({ theme: 3, question: 3 });
      expect((await lineageIds()).sort()).toEqual([own, derived.mine, derived.theirs].sort());
      expect(await respondents()).toBe(2);
      const rowsOf = async (ids: string[]) =>
        one<{ r: number; a: number; o: number }>(
          `SELECT (SELECT count(*) FROM questionnaire_response WHERE id = ANY($1))::int AS r,
                  (SELECT count(*) FROM questionnaire_answer WHERE response_id = ANY($1))::int AS a,
                  (SELECT count(*) FROM questionnaire_open_answer WHERE response_id = ANY($1))::int AS o`,
          [ids],
        );
      const myIds = [mine.handedIn, mine.unfinished];
      expect((await rowsOf(myIds)).o).toBe(2);
      const theirRows = await rowsOf([theirs]);

      const res = await t.agent().delete(`/api/public/my-input/${me}`).send({ confirm: true }).expect(200);
      expect(res.body).toEqual({ deletedSubmissions: 2, deletedResponses: 2, deletedBallots: 0 });
      expect(await rowsOf(myIds)).toEqual({ r: 0, a: 0, o: 0 });
      expect(await rowsOf([theirs])).toEqual(theirRows);
      expect(
        await one<{ n: number }>(`SELECT count(*)::int AS n FROM submission WHERE id = ANY($1)`, [
          [own, derived.mine, derived.theirs],
        ]),
      ).toEqual({ n: 1 });
      expect(await counts()).toEqual({ theme: 1, question: 1 });
      expect(await lineageIds()).toEqual([derived.theirs]);
      expect(await respondents()).toBe(1);
      const audit = await one<{ before: { responseIds: string[]; submissionIds: string[] }; after: unknown }>(
        `SELECT before, after FROM audit_event WHERE action = 'participant.data_deleted'
          ORDER BY created_at DESC LIMIT 1`,
      );
      expect(audit.before.responseIds.sort()).toEqual([...myIds].sort());
      expect(audit.before.submissionIds.sort()).toEqual([own, derived.mine].sort());
      expect(audit.after).toEqual({ deletedSubmissions: 2, deletedResponses: 2, deletedBallots: 0 });
      const stored = JSON.stringify(audit);
      for (const fragment of ['Sanne', '06-12345678', 'Pleegkind', 'sanne@example.org', me]) {
        expect(stored).not.toContain(fragment);
      }
      await t
        .agent()
        .get(`/api/public/rounds/${ws.round.slug}/questionnaires/${q1}/response/${me}`)
        .expect(404);
    });

    it('also removes a submission made from my answer when only its source link says it is mine', async () => {
      // A first save without a code makes the participant, as on the questionnaire page.
      const first = await t
        .agent()
        .put(`/api/public/rounds/${ws.round.slug}/questionnaires/${q1}/response`)
        .send(saveBody(fullAnswers({ grade: 1, why_low: 'Er is hier echt niks voor jongeren te doen.' })))
        .expect(200);
      await mod.agent
        .post(`${qBase(q1)}/to-synthesis`)
        .set('X-XSRF-TOKEN', mod.xsrf)
        .send({ questionKey: 'why_low', kind: 'experience', responseIds: [first.body.responseId] })
        .expect(200);
      const someoneElse = await submit({ text: 'Een ander zegt iets heel anders hier.' });
      // the source columns have no foreign key: should the participant id ever differ, the link still counts
      await t.dataSource.query(
        `UPDATE submission SET participant_id = (SELECT participant_id FROM submission WHERE id = $2)
          WHERE source_response_id = $1`,
        [first.body.responseId, someoneElse.id],
      );
      const res = await t
        .agent()
        .delete(`/api/public/my-input/${first.body.returnCode}`)
        .send({ confirm: true })
        .expect(200);
      expect(res.body).toEqual({ deletedSubmissions: 1, deletedResponses: 1, deletedBallots: 0 });
      expect(
        await one<{ n: number }>(`SELECT count(*)::int AS n FROM submission WHERE source_response_id = $1`, [
          first.body.responseId,
        ]),
      ).toEqual({ n: 0 });
      expect(
        await one<{ n: number }>(`SELECT count(*)::int AS n FROM submission WHERE id = $1`, [someoneElse.id]),
      ).toEqual({ n: 1 });
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

    it("leaves moderators' undo working when it involves a deleted submission", async () => {
      const p = await submit({ text: 'Deze tekst haal ik later weg met mijn code.' });
      const q = await submit({ text: 'Deze tekst zegt bijna hetzelfde als de vorige.' });
      await approve([p.id, q.id]);
      const theme = (await post('/themes', { name: 'Weghalen', submissionIds: [p.id, q.id] }).expect(201))
        .body.id;
      await post('/assignments', { submissionId: p.id, themeId: theme, action: 'remove' }).expect(200);
      await post('/duplicates', { submissionId: q.id, duplicateOfId: p.id }).expect(200);
      await post('/duplicates', { submissionId: q.id, duplicateOfId: null }).expect(200);
      await del(p.code, { confirm: true }).expect(200);
      // newest first: put the mark back (its target is gone), take it away, put p back in the theme (gone)
      for (const kind of ['duplicate', 'duplicate', 'assign']) {
        expect((await post('/undo', {}).expect(200)).body).toEqual({ undone: kind });
      }
      const refs = await one<{ n: number }>(
        `SELECT (SELECT count(*) FROM theme_assignment WHERE submission_id = $1)
              + (SELECT count(*) FROM submission_duplicate WHERE $1 IN (submission_id, duplicate_of_id)) AS n`,
        [p.id],
      );
      expect(Number(refs.n)).toBe(0);
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
