import { randomUUID } from 'node:crypto';
import { SubmitBatches } from './helpers/submit-batches';
import { countRows, createTestApp, seedWorkspace, submissionBody, TestApp } from './helpers/test-app';

interface Participant {
  code: string;
  id: string;
  group: string;
  ageBand: string | null;
  knowledgeType: string;
}

/**
 * Group commit of returning participants' submissions (with a return code) against the real
 * database: see SubmitBatches for how the test makes batches deterministic.
 */
describe('returning submissions are written by group commit', () => {
  let t: TestApp;
  let round: Awaited<ReturnType<typeof seedWorkspace>>['round'];
  let batches: SubmitBatches;
  let youth: Participant;
  let parent: Participant;
  let professional: Participant;
  let filler: Participant;

  /** A new participant, made by a first submission. */
  async function join(
    slug: string,
    who: Record<string, unknown>,
    knowledgeType: string,
  ): Promise<Participant> {
    const res = await t
      .agent()
      .post(`/api/public/rounds/${slug}/submissions`)
      .send(submissionBody(who))
      .expect(201);
    const rows: Array<{ participant_id: string }> = await t.dataSource.query(
      'SELECT participant_id FROM submission WHERE id = $1',
      [res.body.submission.id],
    );
    return {
      code: res.body.returnCode,
      id: rows[0]?.participant_id ?? '',
      group: String(who['group']),
      ageBand: (who['ageBand'] as string | undefined) ?? null,
      knowledgeType,
    };
  }

  /** A returning submission; the request's own group is youth 12-15 whoever sends it. */
  const from = (p: Participant, over: Record<string, unknown> = {}) =>
    submissionBody({ returnCode: p.code, ...over });

  async function storedRows(ids: string[]) {
    const rows: Array<{
      id: string;
      participant_id: string;
      group: string;
      age_band: string | null;
      knowledge_type: string;
      original_text: string;
    }> = await t.dataSource.query(
      `SELECT id, participant_id, "group", age_band, knowledge_type, original_text
         FROM submission WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  beforeAll(async () => {
    t = await createTestApp();
    ({ round } = await seedWorkspace(t));
    youth = await join(round.slug, { group: 'youth', ageBand: '16-17' }, 'experiential');
    parent = await join(round.slug, { group: 'parent', ageBand: undefined }, 'experiential');
    professional = await join(round.slug, { group: 'professional', ageBand: undefined }, 'practice');
    filler = await join(round.slug, { group: 'youth', ageBand: '12-15' }, 'experiential');
    batches = new SubmitBatches(
      t,
      'returning',
      () => round,
      () => from(filler),
    );
  });
  afterAll(() => t.close());

  beforeEach(() => batches.watch());
  afterEach(() => jest.restoreAllMocks());

  it("concurrent submissions of several participants share one statement, each stored with its participant's group, age band and knowledge type", async () => {
    const who = [youth, parent, professional];
    const bodies = Array.from({ length: 30 }, (_, i) =>
      from(who[i % 3] as Participant, { text: `Terugkomend verhaal nummer ${i}.` }),
    );
    const before = [await countRows(t, 'submission'), await countRows(t, 'participant')];
    const answers = await batches.sendTogether(bodies, { queued: true });
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(201));
    expect(batches.batchSizes).toEqual([1, 1, 1, 1, 30]); // four fillers, then all thirty together
    const rows = await storedRows(answers.map((a) => a.body.submission.id));
    expect(rows.size).toBe(30);
    answers.forEach((a, i) => {
      const p = who[i % 3] as Participant;
      expect(a.body.returnCode).toBe(p.code);
      expect(rows.get(a.body.submission.id)).toMatchObject({
        participant_id: p.id,
        group: p.group, // the participant's, not the request's youth 12-15
        age_band: p.ageBand,
        knowledge_type: p.knowledgeType,
        original_text: bodies[i]?.['text'],
      });
    });
    expect([await countRows(t, 'submission'), await countRows(t, 'participant')]).toEqual([
      (before[0] ?? 0) + 4 + 30,
      before[1], // a returning submission never makes a participant
    ]);
  });

  it('a forged code, or one of another round, in the same statement fails only its own request (404)', async () => {
    const elsewhere = await seedWorkspace(t);
    const stranger = await join(
      elsewhere.round.slug,
      { group: 'parent', ageBand: undefined },
      'experiential',
    );
    const bodies = [
      from(youth),
      submissionBody({ returnCode: 'AAA-AAA-AAA-AAA-AAA-AAA' }),
      from(parent),
      from(stranger),
      from(professional),
    ];
    const before = await countRows(t, 'submission');
    const answers = await batches.sendTogether(bodies, { queued: true });
    expect(answers.map((a) => a.status)).toEqual([201, 404, 201, 404, 201]);
    for (const refused of [answers[1], answers[3]]) {
      expect(refused?.body.message).toBe(
        'We do not know this return code. Check that you copied it correctly.',
      );
    }
    expect(batches.batchSizes).toEqual([1, 1, 1, 1, 5]); // one statement decided all five
    expect(await countRows(t, 'submission')).toBe(before + 4 + 3);
  });

  it('closing the round takes effect at once, though its options are cached as open', async () => {
    const other = await seedWorkspace(t);
    const otherUrl = `/api/public/rounds/${other.round.slug}/submissions`;
    const p = await join(other.round.slug, { group: 'youth', ageBand: '12-15' }, 'experiential');
    await t.agent().post(otherUrl).send(from(p)).expect(201); // caches the round as open
    const before = await countRows(t, 'submission');

    await t.dataSource.query(`UPDATE round SET status = 'closed' WHERE id = $1`, [other.round.id]);
    const answers = await Promise.all([1, 2, 3].map(() => t.agent().post(otherUrl).send(from(p))));
    expect(answers.map((a) => a.status)).toEqual([409, 409, 409]);
    expect(answers[0]?.body.message).toBe('This round is not accepting input (status: closed).');

    await t.dataSource.query(
      `UPDATE round SET status = 'open', closes_at = now() - interval '1 second' WHERE id = $1`,
      [other.round.id],
    );
    const late = await t.agent().post(otherUrl).send(from(p)).expect(409);
    expect(late.body.message).toMatch(/^This round closed on /);
    expect(await countRows(t, 'submission')).toBe(before);

    await t.dataSource.query(`UPDATE round SET closes_at = NULL WHERE id = $1`, [other.round.id]);
    await t.agent().post(otherUrl).send(from(p)).expect(201);
  });

  it('the same idempotency key sent twice at once yields one row, and both requests are answered with it', async () => {
    const same = from(youth);
    const bodies = [same, from(parent), same];
    const before = await countRows(t, 'submission');
    const answers = await batches.sendTogether(bodies, { queued: true });
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(answers[2]?.body).toEqual(answers[0]?.body);
    expect(answers[1]?.body.submission.id).not.toBe(answers[0]?.body.submission.id);
    expect(await countRows(t, 'submission')).toBe(before + 4 + 2);
    // The same key never shares a statement: the repeat went after the first had committed.
    expect(batches.batchSizes.slice(4)).toEqual([2, 1]);
  });

  it("a key another participant's request takes at the same moment is refused for one of them (409)", async () => {
    const key = randomUUID();
    const bodies = [from(youth, { idempotencyKey: key }), from(parent, { idempotencyKey: key })];
    const before = await countRows(t, 'submission');
    const answers = await batches.sendTogether(bodies, { queued: true });
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const won = answers.findIndex((a) => a.status === 201);
    const lost = answers[1 - won];
    expect(lost?.body.message).toMatch(/already used for other input/);
    const rows = await storedRows([answers[won]?.body.submission.id]);
    expect([...rows.values()][0]?.participant_id).toBe(won === 0 ? youth.id : parent.id);
    expect(await countRows(t, 'submission')).toBe(before + 4 + 1);
  });

  it('when the database connection is lost mid-write the answer is 503, and a retry stores exactly once', async () => {
    const bodies = [from(youth), from(parent), from(professional)];
    const retried = await batches.loseConnectionThenRetry(bodies);
    const rows = await storedRows(retried.map((a) => a.body.submission.id));
    expect(retried.map((a) => rows.get(a.body.submission.id)?.participant_id)).toEqual([
      youth.id,
      parent.id,
      professional.id,
    ]);
    const before = await countRows(t, 'submission');
    const again = await Promise.all(bodies.map((b) => batches.send(b)));
    expect(again.map((a) => a.body.submission.id)).toEqual(retried.map((a) => a.body.submission.id));
    expect(await countRows(t, 'submission')).toBe(before);
  });

  it('an idle server writes a lone returning submission at once', async () => {
    const started = Date.now();
    await t.agent().post(batches.url()).send(from(professional)).expect(201);
    expect(batches.batchSizes).toEqual([1]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
