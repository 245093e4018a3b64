import ExcelJS from 'exceljs';
import { createStaff, createTestApp, loginAs, seedWorkspace, TestApp, unique } from './helpers/test-app';
import { createQuestionnaire, questionnaireBody, saveBody } from './helpers/questionnaire-fixtures';
const { parse } = require('csv-parse/sync') as {
  parse: (input: string, opts: object) => Record<string, string>[];
};

/** Seven handed-in responses whose figures are worked out by hand below, plus one unfinished. */
const RESPONSES: Array<{ who: Record<string, unknown>; answers: Record<string, unknown> }> = [
  {
    who: { group: 'parent', wijk: 'overvecht' },
    answers: {
      kids: { option: 'one' },
      help: { options: ['gp'] },
      safe: 5,
      grade: 8,
      priorities: ['safety', 'play', 'care'],
      grid: { r1: 4, r2: 5 },
      age: 5,
      since: '2020-01-15',
    },
  },
  {
    who: { group: 'parent', wijk: 'overvecht' },
    answers: {
      kids: { option: 'two' },
      help: { options: ['gp', 'school'] },
      safe: 4,
      grade: 7,
      priorities: ['play', 'safety', 'care'],
      grid: { r1: 3, r2: 4 },
      age: 10,
    },
  },
  {
    who: { group: 'parent', wijk: 'overvecht' },
    answers: {
      kids: { option: 'two' },
      help: { options: ['wijkteam'] },
      wijkteam_how: 'Het wijkteam kwam snel langs. Bel me gerust op 06-12345678.',
      safe: 2,
      grade: 4,
      why_low: 'Te weinig speelplekken in de buurt.',
      grid: { r1: 2 },
    },
  },
  {
    who: { group: 'parent', wijk: 'zuid' },
    answers: {
      kids: { option: 'more' },
      help: { options: ['school'] },
      safe: 4,
      grade: 6,
      priorities: ['care', 'safety', 'play'],
      age: 15,
    },
  },
  {
    who: { group: 'parent', wijk: 'zuid' },
    answers: { kids: { option: 'other', otherText: 'Pleegkind' }, safe: 3, grade: 9 },
  },
  {
    who: { group: 'youth', ageBand: '16-17', wijk: 'overvecht' },
    answers: { kids: { option: 'one' }, safe: 1, grade: 3, why_low: 'Saai.' },
  },
  {
    who: { group: 'youth', ageBand: '16-17', wijk: 'zuid' },
    answers: { kids: { option: 'one' }, safe: 5, grade: 10 },
  },
];

describe('questionnaire results, open answers, exports and synthesis', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof seedWorkspace>>;
  let mod: Awaited<ReturnType<typeof loginAs>>;
  let qid: string;
  const responseIds: string[] = [];
  const staff = () => `/api/staff/workspaces/${a.workspace.id}/questionnaires/${qid}`;
  const results = async (query = '') => (await mod.agent.get(`${staff()}/results${query}`).expect(200)).body;
  const question = (body: { questions: Array<{ questionKey: string }> }, key: string) =>
    body.questions.find((q) => q.questionKey === key) as Record<string, unknown>;

  beforeAll(async () => {
    t = await createTestApp();
    a = await seedWorkspace(t);
    await t.dataSource.query(
      `UPDATE round SET wijken = '[{"code":"overvecht","label":"Overvecht"},{"code":"zuid","label":"Zuid"}]' WHERE id = $1`,
      [a.round.id],
    );
    const m = `${unique('mod')}@example.org`;
    await createStaff(t, m, 'pw-long-enough', [{ workspaceId: a.workspace.id, role: 'moderator' }]);
    mod = await loginAs(t, m, 'pw-long-enough');
    qid = await createQuestionnaire(mod, a, { body: { audience: [] } });
    for (const r of RESPONSES) {
      const res = await t
        .agent()
        .put(`/api/public/rounds/${a.round.slug}/questionnaires/${qid}/response`)
        .send(saveBody(r.answers, r.who))
        .expect(200);
      responseIds.push(res.body.responseId);
    }
    // Unfinished: must not count anywhere.
    await t
      .agent()
      .put(`/api/public/rounds/${a.round.slug}/questionnaires/${qid}/response`)
      .send(saveBody({ safe: 1, grade: 2, why_low: 'Nog niet klaar met invullen hoor.' }, { submit: false }))
      .expect(200);
  });
  afterAll(() => t.close());

  const setMinGroupSize = (minGroupSize: number) =>
    mod.agent
      .put(staff())
      .set('X-XSRF-TOKEN', mod.xsrf)
      .send(questionnaireBody({ audience: [], minGroupSize }))
      .expect(200);

  describe('results (minimum group size 5)', () => {
    it('counts the handed-in responses only and gives the hand-computed figures', async () => {
      const body = await results();
      expect(body).toMatchObject({ respondents: 7, minGroupSize: 5, suppressed: false, version: 'all' });
      expect(question(body, 'kids')).toMatchObject({
        n: 7,
        suppressed: false,
        options: [
          { key: 'one', label: 'Eén', count: 3, share: 0.4286 },
          { key: 'two', label: 'Twee', count: 2, share: 0.2857 },
          { key: 'more', label: 'Drie of meer', count: 1, share: 0.1429 },
          { key: 'other', label: 'Anders', count: 1, share: 0.1429 },
        ],
      });
      // safe: 5,4,2,4,3,1,5 → one each of 1,2,3; two each of 4,5; mean 24/7
      expect(question(body, 'safe')).toMatchObject({ n: 7, likert: { counts: [1, 1, 1, 2, 2], mean: 3.43 } });
      // grade: 3,4,6,7,8,9,10 → mean 47/7, median 7
      expect(question(body, 'grade')).toMatchObject({
        n: 7,
        numeric: { mean: 6.71, median: 7, min: 3, max: 10 },
      });
      expect((question(body, 'grade')['numeric'] as { distribution: unknown[] }).distribution).toHaveLength(
        11,
      );
    });

    it('suppresses questions answered by fewer than 5, without figures', async () => {
      const body = await results();
      for (const key of ['help', 'priorities', 'grid', 'age', 'since', 'why_low', 'wijkteam_how']) {
        const q = question(body, key);
        expect(q).toMatchObject({ n: 0, suppressed: true });
        expect(
          q['options'] ?? q['ranking'] ?? q['matrix'] ?? q['numeric'] ?? q['openAnswerCount'],
        ).toBeUndefined();
      }
    });

    it('filters by group; a filter below 5 respondents is suppressed as a whole', async () => {
      const parents = await results('?group=parent');
      expect(parents).toMatchObject({ respondents: 5, suppressed: false, filter: { group: 'parent' } });
      // safe among parents: 5,4,2,4,3
      expect(question(parents, 'safe')).toMatchObject({
        n: 5,
        likert: { counts: [0, 1, 1, 2, 1], mean: 3.6 },
      });
      for (const query of ['?group=youth', '?wijk=zuid', '?ageBand=16-17', '?group=parent&wijk=zuid']) {
        const small = await results(query);
        expect(small).toMatchObject({ respondents: 0, suppressed: true });
        expect(
          small.questions.every((q: { suppressed: boolean; n: number }) => q.suppressed && q.n === 0),
        ).toBe(true);
      }
      expect((await results('?version=1')).respondents).toBe(7);
      await mod.agent.get(`${staff()}/results?version=9`).expect(404);
      await mod.agent.get(`${staff()}/results?group=alien`).expect(400);
    });
  });

  describe('results (minimum group size 3)', () => {
    beforeAll(() => setMinGroupSize(3));
    afterAll(() => setMinGroupSize(5));

    it('gives average ranks, matrix rows, number summaries and choice shares', async () => {
      const body = await results();
      // play: 2,1,3 → 2; safety: 1,2,2 → 1.67; care: 3,3,1 → 2.33
      expect(question(body, 'priorities')).toMatchObject({
        n: 3,
        ranking: [
          { key: 'play', averageRank: 2, n: 3 },
          { key: 'safety', averageRank: 1.67, n: 3 },
          { key: 'care', averageRank: 2.33, n: 3 },
        ],
      });
      expect(question(body, 'grid')).toMatchObject({
        n: 3,
        matrix: [
          { rowKey: 'r1', n: 3, counts: [0, 1, 1, 1, 0], mean: 3 },
          { rowKey: 'r2', n: 2, counts: [0, 0, 0, 1, 1], mean: 4.5 },
        ],
      });
      expect(question(body, 'age')).toMatchObject({
        n: 3,
        numeric: { mean: 10, median: 10, min: 5, max: 15 },
      });
      // help: 4 respondents; gp 2, school 2, wijkteam 1 (multiple choice shares add up past 100%)
      expect(question(body, 'help')).toMatchObject({
        n: 4,
        options: [
          { key: 'gp', count: 2, share: 0.5 },
          { key: 'school', count: 2, share: 0.5 },
          { key: 'wijkteam', count: 1, share: 0.25 },
          { key: 'other', count: 0, share: 0 },
        ],
      });
      expect(question(body, 'why_low')).toMatchObject({ n: 0, suppressed: true });
      const zuid = await results('?wijk=zuid');
      expect(zuid).toMatchObject({ respondents: 3, suppressed: false });
      expect(question(zuid, 'grade')).toMatchObject({ n: 3, numeric: { mean: 8.33, median: 9 } });
    });
  });

  describe('open answers', () => {
    it('lists redacted handed-in texts with search, paging and the "anders" texts', async () => {
      const all = (await mod.agent.get(`${staff()}/open-answers`).expect(200)).body;
      expect(all.suppressed).toBe(false);
      expect(all.total).toBe(4);
      const texts = all.items.map((i: { text: string }) => i.text);
      expect(texts).toEqual(
        expect.arrayContaining(['Pleegkind', 'Saai.', 'Te weinig speelplekken in de buurt.']),
      );
      expect(texts.join(' ')).not.toContain('12345678');
      expect(texts.join(' ')).not.toContain('Nog niet klaar');
      // Only the answer with the phone number was changed by screening.
      const redacted = all.items.filter((i: { redacted: boolean }) => i.redacted);
      expect(redacted.map((i: { responseId: string }) => i.responseId)).toEqual([responseIds[2]]);
      const found = (await mod.agent.get(`${staff()}/open-answers?search=SPEELPLEK`).expect(200)).body;
      expect(found.items.map((i: { responseId: string }) => i.responseId)).toEqual([responseIds[2]]);
      const noOther = (await mod.agent.get(`${staff()}/open-answers?includeOther=false`).expect(200)).body;
      expect(noOther.total).toBe(3);
      const page = (
        await mod.agent.get(`${staff()}/open-answers?questionKey=why_low&limit=1&offset=1`).expect(200)
      ).body;
      expect(page).toMatchObject({ total: 2 });
      expect(page.items).toHaveLength(1);
      const percent = (await mod.agent.get(`${staff()}/open-answers?search=%25`).expect(200)).body;
      expect(percent.total).toBe(0);
    });

    it('lists nothing for a filter with fewer than the minimum respondents', async () => {
      const small = (await mod.agent.get(`${staff()}/open-answers?group=youth`).expect(200)).body;
      expect(small).toEqual({ items: [], total: 0, suppressed: true });
    });

    it('shows the original to moderators and audits every view', async () => {
      const path = `${staff()}/responses/${responseIds[2]}/open-answers/wijkteam_how/original`;
      const res = await mod.agent.get(path).expect(200);
      expect(res.body.originalText).toContain('06-12345678');
      expect(res.body.redactedText).not.toContain('12345678');
      await mod.agent.get(path).expect(200);
      const views = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'questionnaire.open_answer_original_viewed' AND subject_id = $1`,
        [responseIds[2]],
      );
      expect(views[0].n).toBe(2);
      await mod.agent
        .get(`${staff()}/responses/${responseIds[0]}/open-answers/wijkteam_how/original`)
        .expect(404);
    });

    it('refuses the original to staff of another workspace and to visitors, and audits nothing then', async () => {
      const path = `${staff()}/responses/${responseIds[2]}/open-answers/wijkteam_how/original`;
      const count = async () =>
        (
          await t.dataSource.query(
            `SELECT count(*)::int AS n FROM audit_event WHERE action = 'questionnaire.open_answer_original_viewed' AND subject_id = $1`,
            [responseIds[2]],
          )
        )[0].n as number;
      const before = await count();
      const other = await seedWorkspace(t);
      const email = `${unique('other-admin')}@example.org`;
      await createStaff(t, email, 'pw-long-enough', [{ workspaceId: other.workspace.id, role: 'admin' }]);
      const outsider = await loginAs(t, email, 'pw-long-enough');
      const refused = await outsider.agent.get(path).expect(403);
      expect(JSON.stringify(refused.body)).not.toContain('12345678');
      // Their own workspace id in the path does not help: the questionnaire is not there.
      await outsider.agent
        .get(path.replace(a.workspace.id, other.workspace.id))
        .expect((r) => expect([403, 404]).toContain(r.status));
      await t.agent().get(path).expect(401);
      expect(await count()).toBe(before);
    });
  });

  describe('exports', () => {
    it('XLSX: one row per response, a column per question/option, and a codebook', async () => {
      const res = await mod.agent.get(`${staff()}/export/xlsx`).responseType('blob').expect(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.headers['content-disposition']).toMatch(
        /attachment; filename="opvoeden-in-de-wijk-\d{4}-\d{2}-\d{2}\.xlsx"/,
      );
      const wb = new ExcelJS.Workbook();
      const body = res.body as Buffer;
      await wb.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.length) as ArrayBuffer);
      const sheet = wb.getWorksheet('Antwoorden');
      if (!sheet) throw new Error('no Antwoorden sheet');
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual(
        expect.arrayContaining([
          'response_id',
          'group',
          'wijk',
          'kids',
          'kids.other_text',
          'help.gp',
          'help.other',
          'safe',
          'priorities.care',
          'grid.r2',
          'age',
          'since',
          'wijkteam_how',
        ]),
      );
      expect(sheet.rowCount).toBe(1 + 7);
      const rowOf = (id: string | undefined) => {
        for (let i = 2; i <= sheet.rowCount; i++) {
          const values = (sheet.getRow(i).values as unknown[]).slice(1);
          if (values[header.indexOf('response_id')] === id)
            return (col: string) => values[header.indexOf(col)] ?? null;
        }
        throw new Error(`no row for ${id}`);
      };
      const second = rowOf(responseIds[1]);
      expect([
        second('kids'),
        second('help.gp'),
        second('help.school'),
        second('help.wijkteam'),
        second('safe'),
      ]).toEqual(['two', 1, 1, 0, 4]);
      expect([
        second('priorities.play'),
        second('priorities.safety'),
        second('priorities.care'),
        second('grid.r1'),
        second('age'),
      ]).toEqual([1, 2, 3, 3, 10]);
      expect(second('group')).toBe('parent');
      expect(second('wijk')).toBe('overvecht');
      const fifth = rowOf(responseIds[4]);
      expect([fifth('kids'), fifth('kids.other_text'), fifth('help.gp'), fifth('grade')]).toEqual([
        'other',
        'Pleegkind',
        null,
        9,
      ]);
      const third = rowOf(responseIds[2]);
      expect(third('wijkteam_how')).toMatch(/^Het wijkteam kwam snel langs/);
      expect(String(third('wijkteam_how'))).not.toContain('12345678');
      const youth = rowOf(responseIds[5]);
      expect([youth('group'), youth('age_band'), youth('why_low')]).toEqual(['youth', '16-17', 'Saai.']);

      const codebook = wb.getWorksheet('Codeboek');
      if (!codebook) throw new Error('no Codeboek sheet');
      const entries = new Map<string, unknown[]>();
      codebook.eachRow((row) => {
        const v = (row.values as unknown[]).slice(1);
        entries.set(String(v[0]), v);
      });
      expect(entries.get('safe')).toEqual([
        'safe',
        'safe',
        'Mijn kind is veilig in de wijk.',
        'likert',
        expect.stringContaining('1 = helemaal oneens'),
      ]);
      expect(entries.get('kids')?.[4]).toBe('one = Eén; two = Twee; more = Drie of meer; other = Anders');
      expect(entries.size).toBe(header.length + 1);
    });

    it('CSV has the same columns and rows (UTF-8 with BOM)', async () => {
      const res = await mod.agent.get(`${staff()}/export/csv`).responseType('blob').expect(200);
      expect(res.headers['content-type']).toContain('text/csv');
      const text = (res.body as Buffer).toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const rows = parse(text.slice(1), { columns: true });
      expect(rows).toHaveLength(7);
      const second = rows.find((r) => r['response_id'] === responseIds[1]);
      expect(second).toMatchObject({
        kids: 'two',
        'help.gp': '1',
        'help.wijkteam': '0',
        safe: '4',
        'priorities.care': '3',
      });
      expect(rows.find((r) => r['response_id'] === responseIds[0])?.['kids']).toBe('one');
    });

    it('PDF summary is a PDF', async () => {
      const res = await mod.agent.get(`${staff()}/export/pdf?group=parent`).responseType('blob').expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const pdf = res.body as Buffer;
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(2000);
    });

    it('refuses a filtered export below the minimum group size, and audits exports', async () => {
      await mod.agent.get(`${staff()}/export/xlsx?group=youth`).expect(409);
      await mod.agent.get(`${staff()}/export/doc`).expect(400);
      const audit = await t.dataSource.query(
        `SELECT after->>'format' AS f FROM audit_event WHERE action = 'questionnaire.exported' AND subject_id = $1 ORDER BY created_at`,
        [qid],
      );
      expect(audit.map((r: { f: string }) => r.f)).toEqual(['xlsx', 'csv', 'pdf']);
    });
  });

  describe('to synthesis', () => {
    const send = (body: Record<string, unknown>) =>
      mod.agent.post(`${staff()}/to-synthesis`).set('X-XSRF-TOKEN', mod.xsrf).send(body);

    it('creates pending submissions with a link back, once per answer', async () => {
      const first = await send({ questionKey: 'why_low', kind: 'experience' }).expect(200);
      expect(first.body).toEqual({ created: 1, alreadySent: 0, tooShort: 1 });
      const again = await send({ questionKey: 'why_low', kind: 'experience' }).expect(200);
      expect(again.body).toEqual({ created: 0, alreadySent: 1, tooShort: 1 });
      const subs = await t.dataSource.query(
        `SELECT kind, status, redacted_text, "group", wijk, source_questionnaire_id, source_response_id, source_question_key, participant_id
           FROM submission WHERE source_questionnaire_id = $1`,
        [qid],
      );
      expect(subs).toEqual([
        expect.objectContaining({
          kind: 'experience',
          status: 'pending',
          redacted_text: 'Te weinig speelplekken in de buurt.',
          group: 'parent',
          wijk: 'overvecht',
          source_response_id: responseIds[2],
          source_question_key: 'why_low',
        }),
      ]);
      const list = (await mod.agent.get(`${staff()}/open-answers?questionKey=why_low`).expect(200)).body;
      const sent = list.items.find((i: { responseId: string }) => i.responseId === responseIds[2]);
      expect(sent.submissionId).toEqual(expect.any(String));
      // The moderation queue names the source of the new item; ordinary items have none.
      const queue = (
        await mod.agent
          .get(
            `/api/staff/workspaces/${a.workspace.id}/rounds/${a.round.id}/submissions?status=pending&limit=200`,
          )
          .expect(200)
      ).body as {
        items: Array<{ id: string; sourceQuestionnaireId: string | null; sourceQuestionKey: string | null }>;
      };
      const item = queue.items.find((i) => i.id === sent.submissionId);
      expect(item).toMatchObject({ sourceQuestionnaireId: qid, sourceQuestionKey: 'why_low' });
      expect(queue.items.filter((i) => i.sourceQuestionnaireId !== null)).toHaveLength(1);
    });

    it('keeps redaction and flags, can send only chosen responses, and is safe under concurrent clicks', async () => {
      const results = await Promise.all([
        send({ questionKey: 'wijkteam_how', kind: 'question', responseIds: [responseIds[2]] }),
        send({ questionKey: 'wijkteam_how', kind: 'question', responseIds: [responseIds[2]] }),
      ]);
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      expect(results.map((r) => r.body.created).sort()).toEqual([0, 1]);
      const subs = await t.dataSource.query(
        `SELECT kind, redacted_text, original_text, pii_kinds FROM submission WHERE source_question_key = 'wijkteam_how' AND source_questionnaire_id = $1`,
        [qid],
      );
      expect(subs).toHaveLength(1);
      expect(subs[0].kind).toBe('question');
      expect(subs[0].redacted_text).not.toContain('12345678');
      expect(subs[0].original_text).toContain('06-12345678');
      expect(subs[0].pii_kinds).toEqual(['phone']);
    });

    it('refuses questions that are not open questions', async () => {
      expect((await send({ questionKey: 'safe', kind: 'experience' }).expect(400)).body.message).toMatch(
        /not an open question/,
      );
      await send({ questionKey: 'ghost', kind: 'experience' }).expect(400);
      await send({ questionKey: 'why_low', kind: 'idea' }).expect(400);
    });
  });
});
