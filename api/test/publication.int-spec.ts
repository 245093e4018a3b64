import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
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

const binary = (res: import('superagent').Response, cb: (err: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('publication', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof seedWorkspace>>;
  let mod: Login;
  let admin: Login;
  let slug: string;
  let roundId: string;
  let youthCode: string;
  const rq: string[] = [];

  const staff = () => `/api/staff/workspaces/${a.workspace.id}/rounds/${roundId}`;
  const send = (who: Login, method: 'post' | 'put', url: string, body: object) =>
    who.agent[method](url).set('X-XSRF-TOKEN', who.xsrf).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    a = await seedWorkspace(t);
    const m = `${unique('mod')}@example.org`;
    const ad = `${unique('admin')}@example.org`;
    await createStaff(t, m, 'pw-long-enough', [{ workspaceId: a.workspace.id, role: 'moderator' }]);
    await createStaff(t, ad, 'pw-long-enough', [{ workspaceId: a.workspace.id, role: 'admin' }]);
    mod = await loginAs(t, m, 'pw-long-enough');
    admin = await loginAs(t, ad, 'pw-long-enough');
    const round = await t.app.get(RoundRepository).create(a.workspace.id, {
      slug: unique('pub'),
      title: 'Publicatieronde',
      introduction: 'Wat vinden jongeren en ouders belangrijk?',
      status: 'open',
      prompt: 'x',
      allowedGroups: ['youth', 'parent', 'professional'],
      lifeDomains: [{ code: 'health', label: 'gezondheid' }],
      wijken: [{ code: 'overvecht', label: 'Overvecht' }],
    });
    slug = round.slug;
    roundId = round.id;
    const post = (body: Record<string, unknown>) =>
      t
        .agent()
        .post(`/api/public/rounds/${slug}/submissions`)
        .send(submissionBody({ lifeDomains: ['health'], ...body }))
        .expect(201);
    const yes = await post({
      text: 'Ik wachtte een half jaar op hulp en niemand belde terug.',
      quoteConsent: true,
      wijk: 'overvecht',
    });
    youthCode = yes.body.returnCode;
    const no = await post({
      text: 'Bel me op 06-12345678, ik wil niet geciteerd worden.',
      group: 'parent',
      ageBand: undefined,
    });
    const yes2 = await post({
      text: 'Op school snapt niemand hoe het thuis gaat.',
      quoteConsent: true,
      group: 'professional',
      ageBand: undefined,
    });
    const ids = [yes.body.submission.id, no.body.submission.id, yes2.body.submission.id];
    await t.dataSource.query(`UPDATE submission SET status = 'approved' WHERE round_id = $1`, [roundId]);
    const wait = await send(mod, 'post', `${staff()}/themes`, {
      name: 'Wachten',
      submissionIds: ids.slice(0, 2),
    }).expect(201);
    const school = await send(mod, 'post', `${staff()}/themes`, {
      name: 'School',
      submissionIds: [ids[2]],
    }).expect(201);
    rq.push(
      (
        await send(mod, 'post', `${staff()}/research-questions`, {
          text: 'Hoe worden wachttijden korter?',
          themeIds: [wait.body.id],
        }).expect(201)
      ).body.id,
    );
    rq.push(
      (
        await send(mod, 'post', `${staff()}/research-questions`, {
          text: 'Hoe sluiten school en hulp aan?',
          themeIds: [school.body.id],
        }).expect(201)
      ).body.id,
    );
    await t.dataSource.query(`UPDATE round SET status = 'synthesis' WHERE id = $1`, [roundId]);
    await send(mod, 'post', `${staff()}/prioritisation`, { rankTop: 3, maxPicks: 3 }).expect(201);
    const ballot = (body: Record<string, unknown>) =>
      t
        .agent()
        .put(`/api/public/rounds/${slug}/ballot`)
        .send({ idempotencyKey: randomUUID(), consent: true, ...body })
        .expect(200);
    await ballot({ returnCode: youthCode, group: 'youth', picks: [rq[0], rq[1]], ranking: [rq[0]] });
    await ballot({ group: 'parent', picks: [rq[0]], ranking: [rq[0]] });
    await ballot({ group: 'professional', picks: [rq[1]], ranking: [rq[1]] });
    await send(mod, 'put', `${staff()}/research-questions/${rq[0]}/rationale`, {
      rationale: 'Jongeren en ouders noemen dit het vaakst.',
    }).expect(200);
  });
  afterAll(() => t.close());

  it('keeps the agenda and data private until the round is published', async () => {
    await t.agent().get(`/api/public/rounds/${slug}/agenda`).expect(404);
    await t.agent().get(`/api/public/rounds/${slug}/data.json`).expect(404);
    const trace = await t.agent().get(`/api/public/my-input/${youthCode}/trace`).expect(200);
    expect(trace.body.agendaUrl).toBeNull();
    await send(admin, 'post', `/api/staff/workspaces/${a.workspace.id}/rounds/${roundId}/transition`, {
      to: 'published',
    }).expect(200);
  });

  it('publishes ranked questions with rationale, group ranks, counts and consented quotes only', async () => {
    const res = await t.agent().get(`/api/public/rounds/${slug}/agenda`).expect(200);
    const [first, second] = res.body.items;
    expect(first).toMatchObject({
      rank: 1,
      researchQuestionId: rq[0],
      rationale: 'Jongeren en ouders noemen dit het vaakst.',
      submissionCount: 2,
      byGroup: { youth: 1, parent: 1 },
    });
    expect(first.perGroup.map((g: { group: string; rank: number }) => [g.group, g.rank])).toEqual([
      ['youth', 1],
      ['parent', 1],
      ['professional', 2],
    ]);
    expect(first.quotes).toEqual([
      {
        text: 'Ik wachtte een half jaar op hulp en niemand belde terug.',
        group: 'youth',
        knowledgeType: 'experiential',
      },
    ]);
    expect(JSON.stringify(res.body)).not.toContain('12345678');
    expect(second.quotes[0].text).toBe('Op school snapt niemand hoe het thuis gaat.');
    expect(res.body.ballotsPerGroup).toEqual({
      youth: 1,
      parent: 1,
      professional: 1,
      policy_research_education: 0,
    });
  });

  it('shows the participant which question their input fed and its rank', async () => {
    const trace = await t.agent().get(`/api/public/my-input/${youthCode}/trace`).expect(200);
    expect(trace.body.agendaUrl).toBe(`/r/${slug}/agenda`);
    const q = trace.body.items[0].researchQuestions[0];
    expect(q).toMatchObject({ id: rq[0], combinedRank: 1 });
    expect(q.perGroup).toEqual(expect.arrayContaining([{ group: 'youth', rank: 1 }]));
  });

  it('offers anonymised data as JSON, CSV and XLSX without participant details', async () => {
    const json = await t
      .agent()
      .get(`/api/public/rounds/${slug}/data.json`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const data = JSON.parse((json.body as Buffer).toString('utf8'));
    expect(data.submissions).toHaveLength(3);
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/participant|overvecht|ageBand|12345678/i);
    expect(data.submissionThemes).toHaveLength(3);
    expect(data.agenda.items[0].researchQuestionId).toBe(rq[0]);

    const csv = await t
      .agent()
      .get(`/api/public/rounds/${slug}/data.csv`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(csv.headers['content-disposition']).toContain('attachment');
    const rows = parse((csv.body as Buffer).toString('utf8'), { columns: true, bom: true }) as Array<
      Record<string, string>
    >;
    const youthRow = rows.find((r) => r['group'] === 'youth');
    expect(youthRow).toMatchObject({ themes: 'Wachten', research_question_ids: rq[0], best_rank: '1' });

    const xlsx = await t
      .agent()
      .get(`/api/public/rounds/${slug}/data.xlsx`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as Parameters<typeof wb.xlsx.load>[0]);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Agenda',
      'Inzendingen',
      'Themas',
      'Onderzoeksvragen',
      'Thema-inzending',
      'Vraag-thema',
      'Uitleg',
    ]);
    expect(wb.getWorksheet('Agenda')?.getRow(2).getCell(4).value).toBe('Hoe worden wachttijden korter?');
  });

  it('renders the agenda as a PDF', async () => {
    const res = await t
      .agent()
      .get(`/api/public/rounds/${slug}/agenda.pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect((res.body as Buffer).length).toBeGreaterThan(1000);
  });

  it('exports the audit log as CSV for admins only, and audits the export', async () => {
    await mod.agent.get(`/api/staff/workspaces/${a.workspace.id}/audit-events/export.csv`).expect(403);
    const res = await admin.agent
      .get(`/api/staff/workspaces/${a.workspace.id}/audit-events/export.csv`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const rows = parse((res.body as Buffer).toString('utf8'), { columns: true, bom: true }) as Array<
      Record<string, string>
    >;
    const actions = rows.map((r) => r['action']);
    expect(actions).toEqual(
      expect.arrayContaining([
        'theme.created',
        'prioritisation.started',
        'round.status_changed',
        'audit.exported',
      ]),
    );
    expect(rows.every((r) => r['created_at'] && r['id'])).toBe(true);
  });
});
