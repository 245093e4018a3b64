import type { PublicAgendaResponse } from '@inbreng/contracts';
import { randomUUID } from 'node:crypto';
import type { AgendaSnapshot } from '../src/publication/agenda-snapshot';
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

const YOUTH_TEXT = 'Ik wachtte een half jaar op hulp en niemand belde terug.';
const PARENT_TEXT = 'Wij hoorden maandenlang niets van het wijkteam.';
const PRO_TEXT = 'Scholen bellen ons pas als het al misgaat.';

/** The agenda as published is a fixed record: deletions and edits after publication do not rewrite it. */
describe('the agenda as published', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof seedWorkspace>>;
  let other: Awaited<ReturnType<typeof seedWorkspace>>;
  let admin: Login;
  let otherAdmin: Login;

  const base = (roundId: string, ws = a.workspace.id) => `/api/staff/workspaces/${ws}/rounds/${roundId}`;
  const send = (who: Login, method: 'post' | 'put' | 'patch', url: string, body: object) =>
    who.agent[method](url).set('X-XSRF-TOKEN', who.xsrf).send(body);
  const publish = (roundId: string, who = admin, ws = a.workspace.id) =>
    send(who, 'post', `${base(roundId, ws)}/transition`, { to: 'published' });
  const agenda = async (slug: string): Promise<PublicAgendaResponse> =>
    (await t.agent().get(`/api/public/rounds/${slug}/agenda`).expect(200)).body as PublicAgendaResponse;
  const rows = (sql: string, params: unknown[]) => t.dataSource.query(sql, params) as Promise<unknown[]>;
  /** What the published record promises not to change: everything but the quotes. */
  const fixedPart = (ag: PublicAgendaResponse) => ({
    ...ag,
    items: ag.items.map(({ quotes: _q, ...rest }) => rest),
  });

  /**
   * A round in `prioritising`, ready to publish: two research questions, and ballots such that the one youth
   * voter decides the order (without them the order flips), so deleting their data changes the live ranks.
   */
  async function readyRound(workspaceId = a.workspace.id, who = admin) {
    const round = await t.app.get(RoundRepository).create(workspaceId, {
      slug: unique('snap'),
      title: 'Vaste agenda',
      status: 'open',
      prompt: 'x',
      allowedGroups: ['youth', 'parent', 'professional'],
      lifeDomains: [{ code: 'health', label: 'gezondheid' }],
    });
    const submit = async (body: Record<string, unknown>) =>
      (
        await t
          .agent()
          .post(`/api/public/rounds/${round.slug}/submissions`)
          .send(submissionBody(body))
          .expect(201)
      ).body as { returnCode: string; submission: { id: string } };
    const youth = await submit({ text: YOUTH_TEXT, quoteConsent: true });
    const parent = await submit({
      text: PARENT_TEXT,
      group: 'parent',
      ageBand: undefined,
      quoteConsent: true,
    });
    const pro = await submit({ text: PRO_TEXT, group: 'professional', ageBand: undefined });
    await rows(`UPDATE submission SET status = 'approved' WHERE round_id = $1`, [round.id]);
    const staff = base(round.id, workspaceId);
    const theme = async (name: string, ids: string[]) =>
      (await send(who, 'post', `${staff}/themes`, { name, submissionIds: ids }).expect(201)).body
        .id as string;
    const waiting = await theme('Wachten', [youth.submission.id, parent.submission.id]);
    const school = await theme('School', [pro.submission.id]);
    const question = async (text: string, themeId: string) =>
      (await send(who, 'post', `${staff}/research-questions`, { text, themeIds: [themeId] }).expect(201)).body
        .id as string;
    const q0 = await question('Hoe worden wachttijden korter?', waiting);
    const q1 = await question('Hoe sluiten school en hulp aan?', school);
    await rows(`UPDATE round SET status = 'synthesis' WHERE id = $1`, [round.id]);
    await send(who, 'post', `${staff}/prioritisation`, {
      rankTop: 3,
      maxPicks: 3,
      minGroupBallots: 1,
    }).expect(201);
    const ballot = (body: Record<string, unknown>) =>
      t
        .agent()
        .put(`/api/public/rounds/${round.slug}/ballot`)
        .send({ idempotencyKey: randomUUID(), consent: true, ...body })
        .expect(200);
    await ballot({ returnCode: youth.returnCode, group: 'youth', picks: [q1], ranking: [q1] });
    await ballot({ returnCode: parent.returnCode, group: 'parent', picks: [q0], ranking: [q0] });
    await ballot({ group: 'professional', picks: [q1, q0], ranking: [q1] });
    return { round, q0, q1, youthCode: youth.returnCode, parentCode: parent.returnCode };
  }

  beforeAll(async () => {
    t = await createTestApp();
    a = await seedWorkspace(t);
    other = await seedWorkspace(t);
    const ad = `${unique('admin')}@example.org`;
    const od = `${unique('other')}@example.org`;
    await createStaff(t, ad, 'pw-long-enough', [{ workspaceId: a.workspace.id, role: 'admin' }]);
    await createStaff(t, od, 'pw-long-enough', [{ workspaceId: other.workspace.id, role: 'admin' }]);
    admin = await loginAs(t, ad, 'pw-long-enough');
    otherAdmin = await loginAs(t, od, 'pw-long-enough');
  });
  afterAll(() => t.close());

  describe('after publication', () => {
    let r: Awaited<ReturnType<typeof readyRound>>;
    let before: PublicAgendaResponse;

    beforeAll(async () => {
      r = await readyRound();
      await publish(r.round.id).expect(200);
      before = await agenda(r.round.slug);
    });

    it('stores the agenda once, with who published it and when, and audits it', async () => {
      const stored = (await rows(
        `SELECT ap.workspace_id, ap.published_by, ap.published_at = r.published_at AS same_time, ap.snapshot
           FROM agenda_publication ap JOIN round r ON r.id = ap.round_id WHERE ap.round_id = $1`,
        [r.round.id],
      )) as Array<{
        workspace_id: string;
        published_by: string;
        same_time: boolean;
        snapshot: AgendaSnapshot;
      }>;
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        workspace_id: a.workspace.id,
        published_by: admin.user.id,
        same_time: true,
      });
      const snapshot = stored[0]?.snapshot;
      expect(snapshot).toMatchObject({
        version: 1,
        method: 'ranking',
        settings: { rankTop: 3, maxPicks: 3, weights: { youth: 1, parent: 1, professional: 1 } },
        ballotsPerGroup: { youth: 1, parent: 1, professional: 1, policy_research_education: 0 },
      });
      expect(snapshot?.items.map((i) => [i.researchQuestionId, i.rank])).toEqual([
        [r.q1, 1],
        [r.q0, 2],
      ]);
      // quotes are not part of the record: they must follow consent and deletion
      expect(JSON.stringify(snapshot)).not.toContain(YOUTH_TEXT);
      const audit = (await rows(
        `SELECT actor_id, after FROM audit_event WHERE action = 'agenda.published' AND subject_id = $1`,
        [r.round.id],
      )) as Array<{ actor_id: string; after: { ranks: unknown[] } }>;
      expect(audit).toHaveLength(1);
      expect(audit[0]?.actor_id).toBe(admin.user.id);
      expect(audit[0]?.after.ranks).toHaveLength(2);
      expect(before.fixed).toBe(true);
      expect(before.items.map((i) => i.researchQuestionId)).toEqual([r.q1, r.q0]);
      expect(before.items[1]?.quotes.map((q) => q.text)).toEqual([PARENT_TEXT, YOUTH_TEXT]);
    });

    it('keeps ranks, ballot counts and texts when a voter deletes their data and staff edit afterwards', async () => {
      await t.agent().delete(`/api/public/my-input/${r.youthCode}`).send({ confirm: true }).expect(200);
      await send(admin, 'put', `${base(r.round.id)}/research-questions/${r.q0}/rationale`, {
        rationale: 'Achteraf toegevoegd.',
      }).expect(200);
      await send(admin, 'patch', `${base(r.round.id)}/prioritisation`, { weights: { parent: 5 } }).expect(
        200,
      );
      // any other way a question's text could change later
      await rows(`UPDATE research_question SET text = 'Veranderd', population = 'iedereen' WHERE id = $1`, [
        r.q1,
      ]);

      // The live figures really changed: without the youth ballot the order flips.
      const live = await admin.agent.get(`${base(r.round.id)}/prioritisation/results`).expect(200);
      expect(live.body.ballotsPerGroup.youth).toBe(0);
      expect(live.body.questions[0].researchQuestionId).toBe(r.q0);

      const after = await agenda(r.round.slug);
      expect(fixedPart(after)).toEqual(fixedPart(before));
      expect(after.items[0]).toMatchObject({
        researchQuestionId: r.q1,
        rank: 1,
        text: 'Hoe sluiten school en hulp aan?',
      });
      expect(after.items[1]).toMatchObject({
        researchQuestionId: r.q0,
        rank: 2,
        rationale: '',
        submissionCount: 2,
      });
      expect(after.ballotsPerGroup.youth).toBe(1);
      // The deleted participant's words are gone at once; the other consented quote stays.
      expect(after.items[1]?.quotes.map((q) => q.text)).toEqual([PARENT_TEXT]);
      expect(JSON.stringify(after)).not.toContain(YOUTH_TEXT);
    });

    it('serves the same record in data.json, and the data itself without the deleted participant', async () => {
      const res = await t
        .agent()
        .get(`/api/public/rounds/${r.round.slug}/data.json`)
        .buffer(true)
        .expect(200);
      const data = JSON.parse(Buffer.isBuffer(res.body) ? res.body.toString('utf8') : res.text) as {
        agenda: PublicAgendaResponse;
        submissions: { text: string }[];
      };
      expect(fixedPart(data.agenda)).toEqual(fixedPart(before));
      expect(data.submissions.map((s) => s.text).sort()).toEqual([PARENT_TEXT, PRO_TEXT].sort());
      const csv = await t.agent().get(`/api/public/rounds/${r.round.slug}/data.csv`).buffer(true).expect(200);
      expect(csv.text).not.toContain(YOUTH_TEXT);
      await t.agent().get(`/api/public/rounds/${r.round.slug}/agenda.pdf`).expect(200);
    });

    it('tells staff what changed in the live figures since publication', async () => {
      const res = await admin.agent.get(`${base(r.round.id)}/agenda-publication`).expect(200);
      expect(res.body.fixed).toBe(true);
      expect(res.body.publishedAt).toBe(before.publishedAt);
      const about = (id: string, text: string) => ({ researchQuestionId: id, text });
      const q1 = about(r.q1, 'Hoe sluiten school en hulp aan?');
      const q0 = about(r.q0, 'Hoe worden wachttijden korter?');
      expect(res.body.changes).toEqual([
        { kind: 'ballots', group: 'youth', published: 1, now: 0 },
        { kind: 'weights' },
        { kind: 'rank', ...q1, published: 1, now: 2 },
        { kind: 'wording', ...q1, field: 'text' },
        { kind: 'wording', ...q1, field: 'population' },
        { kind: 'rank', ...q0, published: 2, now: 1 },
        { kind: 'wording', ...q0, field: 'rationale' },
        { kind: 'submissions', ...q0, published: 2, now: 1 },
      ]);
      await otherAdmin.agent.get(`${base(r.round.id)}/agenda-publication`).expect(403);
      await otherAdmin.agent.get(`${base(r.round.id, other.workspace.id)}/agenda-publication`).expect(404);
    });

    it("shows participants the published ranks in their trace, not today's", async () => {
      const trace = await t.agent().get(`/api/public/my-input/${r.parentCode}/trace`).expect(200);
      expect(trace.body.items[0].researchQuestions[0]).toMatchObject({ id: r.q0, combinedRank: 2 });
    });

    it('keeps showing the record once the round is archived', async () => {
      await send(admin, 'post', `${base(r.round.id)}/transition`, { to: 'archived' }).expect(200);
      const archived = await agenda(r.round.slug);
      expect(fixedPart(archived)).toEqual(fixedPart(before));
    });
  });

  describe('when the agenda cannot be stored', () => {
    const state = async (roundId: string) =>
      (await rows(
        `SELECT r.status, r.published_at,
                (SELECT count(*)::int FROM agenda_publication WHERE round_id = r.id) AS snapshots,
                (SELECT count(*)::int FROM audit_event
                  WHERE subject_id = r.id::text AND action IN ('round.status_changed', 'agenda.published')) AS audits
           FROM round r WHERE r.id = $1`,
        [roundId],
      )) as Array<{ status: string; published_at: Date | null; snapshots: number; audits: number }>;

    it('refuses to publish a round without prioritisation, and nothing changes', async () => {
      const round = await t.app.get(RoundRepository).create(a.workspace.id, {
        slug: unique('noprio'),
        title: 'Zonder prioriteren',
        status: 'prioritising',
        prompt: 'x',
        allowedGroups: ['youth'],
        lifeDomains: [{ code: 'health', label: 'gezondheid' }],
      });
      const res = await publish(round.id).expect(409);
      expect(res.body.message).toMatch(/no prioritisation.*not published/i);
      await admin.agent.get(`${base(round.id)}/agenda-publication`).expect(404);
      expect(await state(round.id)).toEqual([
        { status: 'prioritising', published_at: null, snapshots: 0, audits: 0 },
      ]);
      await t.agent().get(`/api/public/rounds/${round.slug}/agenda`).expect(404);
    });

    it('rolls the status change back when storing the record fails', async () => {
      const r = await readyRound();
      // A left-over record (as if published before) makes the store fail after the round row was updated.
      await rows(
        `INSERT INTO agenda_publication (workspace_id, round_id, published_at, snapshot) VALUES ($1, $2, now(), '{}')`,
        [a.workspace.id, r.round.id],
      );
      const res = await publish(r.round.id).expect(409);
      expect(res.body.message).toMatch(/already published/);
      expect(await state(r.round.id)).toEqual([
        { status: 'prioritising', published_at: null, snapshots: 1, audits: 0 },
      ]);
      await t.agent().get(`/api/public/rounds/${r.round.slug}/agenda`).expect(404);
    });
  });

  describe('workspaces', () => {
    it("another workspace's admin cannot publish the round, and each record stays in its own workspace", async () => {
      const r = await readyRound();
      await publish(r.round.id, otherAdmin).expect(403);
      await publish(r.round.id, otherAdmin, other.workspace.id).expect(404);
      expect(await rows(`SELECT 1 FROM agenda_publication WHERE round_id = $1`, [r.round.id])).toHaveLength(
        0,
      );

      const theirs = await readyRound(other.workspace.id, otherAdmin);
      await publish(theirs.round.id, otherAdmin, other.workspace.id).expect(200);
      const stored = (await rows(
        `SELECT workspace_id, published_by FROM agenda_publication WHERE round_id = $1`,
        [theirs.round.id],
      )) as Array<{ workspace_id: string; published_by: string }>;
      expect(stored).toEqual([{ workspace_id: other.workspace.id, published_by: otherAdmin.user.id }]);
      const ag = await agenda(theirs.round.slug);
      expect(ag.items.map((i) => i.researchQuestionId).sort()).toEqual([theirs.q0, theirs.q1].sort());
      expect(ag.round.workspaceName).toBe(other.workspace.name);
    });
  });

  describe('rounds published before records were kept', () => {
    it('computes the agenda live, says so, and serves the PDF and data', async () => {
      const r = await readyRound();
      await publish(r.round.id).expect(200);
      // what a round published before this change looks like: no stored record
      await rows(`DELETE FROM agenda_publication WHERE round_id = $1`, [r.round.id]);
      await send(admin, 'put', `${base(r.round.id)}/research-questions/${r.q0}/rationale`, {
        rationale: 'Live bijgewerkt.',
      }).expect(200);
      await t.agent().delete(`/api/public/my-input/${r.youthCode}`).send({ confirm: true }).expect(200);
      const live = await agenda(r.round.slug);
      expect(live.fixed).toBe(false);
      expect(live.ballotsPerGroup.youth).toBe(0);
      expect(live.items.map((i) => [i.researchQuestionId, i.rank])).toEqual([
        [r.q0, 1],
        [r.q1, 2],
      ]);
      expect(live.items[0]?.rationale).toBe('Live bijgewerkt.');
      for (const file of ['agenda.pdf', 'data.json', 'data.csv', 'data.xlsx'])
        await t.agent().get(`/api/public/rounds/${r.round.slug}/${file}`).expect(200);
      const trace = await t.agent().get(`/api/public/my-input/${r.parentCode}/trace`).expect(200);
      expect(trace.body.items[0].researchQuestions[0]).toMatchObject({ id: r.q0, combinedRank: 1 });
      const status = await admin.agent.get(`${base(r.round.id)}/agenda-publication`).expect(200);
      expect(status.body).toEqual({ publishedAt: live.publishedAt, fixed: false, changes: [] });
    });

    it('shows an empty agenda for a published round that never had prioritisation', async () => {
      const round = await t.app.get(RoundRepository).create(a.workspace.id, {
        slug: unique('legacy'),
        title: 'Oud',
        status: 'published',
        publishedAt: new Date('2025-01-15T10:00:00Z'),
        prompt: 'x',
        allowedGroups: ['youth'],
        lifeDomains: [{ code: 'health', label: 'gezondheid' }],
      });
      const ag = await agenda(round.slug);
      expect(ag).toMatchObject({ fixed: false, items: [], publishedAt: '2025-01-15T10:00:00.000Z' });
    });
  });
});
