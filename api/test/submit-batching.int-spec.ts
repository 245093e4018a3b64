import { randomUUID } from 'node:crypto';
import { SubmitBatches } from './helpers/submit-batches';
import { countRows, createTestApp, seedWorkspace, submissionBody, TestApp } from './helpers/test-app';

/** Group commit of first submissions against the real database (see SubmitBatches for how). */
describe('first submissions are written by group commit', () => {
  let t: TestApp;
  let round: Awaited<ReturnType<typeof seedWorkspace>>['round'];
  let batches: SubmitBatches;

  beforeAll(async () => {
    t = await createTestApp();
    ({ round } = await seedWorkspace(t));
    batches = new SubmitBatches(
      t,
      'first',
      () => round,
      () => submissionBody(),
    );
  });
  afterAll(() => t.close());

  beforeEach(() => batches.watch());
  afterEach(() => jest.restoreAllMocks());

  it('many concurrent submissions share statements, and each gets its own stored row', async () => {
    const bodies = Array.from({ length: 30 }, (_, i) =>
      submissionBody({ text: `Verhaal nummer ${i} over hulp.` }),
    );
    const before = await countRows(t, 'submission');
    const answers = await batches.sendTogether(bodies, { queued: true });
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(201));
    expect(batches.batchSizes).toEqual([1, 1, 1, 1, 30]); // four fillers, then all thirty in one statement
    // Each answer names its own row, with its own text.
    const ids = answers.map((a) => a.body.submission.id as string);
    expect(new Set(ids).size).toBe(30);
    const rows: Array<{ id: string; original_text: string }> = await t.dataSource.query(
      'SELECT id, original_text FROM submission WHERE id = ANY($1::uuid[])',
      [ids],
    );
    const textOf = new Map(rows.map((r) => [r.id, r.original_text]));
    answers.forEach((a, i) => expect(textOf.get(a.body.submission.id)).toBe(bodies[i]?.['text']));
    expect(new Set(answers.map((a) => a.body.returnCode)).size).toBe(30);
    expect(await countRows(t, 'submission')).toBe(before + 4 + 30);
  });

  it('a row the database refuses fails only its own request', async () => {
    const bodies = [
      submissionBody({ text: 'Een gewoon verhaal over de wachtlijst.' }),
      // Valid JSON and valid to the DTO, but PostgreSQL text cannot hold a NUL character.
      submissionBody({ text: 'Een verhaal met een \u0000 erin.' }),
      submissionBody({ text: 'Nog een gewoon verhaal over school.' }),
    ];
    const before = [await countRows(t, 'submission'), await countRows(t, 'participant')];
    const answers = await batches.sendTogether(bodies, { queued: true });
    expect(answers.map((a) => a.status)).toEqual([201, 400, 201]);
    expect(answers[1]?.body.message).toMatch(/not valid/);
    // Four fillers, the three together (refused as a whole), then each of the three on its own.
    expect(batches.batchSizes).toEqual([1, 1, 1, 1, 3, 1, 1, 1]);
    expect([await countRows(t, 'submission'), await countRows(t, 'participant')]).toEqual([
      (before[0] ?? 0) + 4 + 2,
      (before[1] ?? 0) + 4 + 2,
    ]);
  });

  it('concurrent requests with the same idempotency key yield one row and the same answer', async () => {
    const same = submissionBody();
    const bodies = [same, submissionBody(), same, same, submissionBody(), same];
    const before = await countRows(t, 'submission');
    const answers = await batches.sendTogether(bodies, { queued: true });
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(201));
    const sameAnswers = [0, 2, 3, 5].map((i) => answers[i]?.body);
    expect(new Set(sameAnswers.map((b) => b.submission.id)).size).toBe(1);
    expect(new Set(sameAnswers.map((b) => b.returnCode)).size).toBe(1);
    expect(await countRows(t, 'submission')).toBe(before + 4 + 3);
    // The same key never shares a statement: the three repeats went one after the other.
    expect(batches.batchSizes.slice(4)).toEqual([3, 1, 1, 1]);
  });

  it('when the database connection is lost mid-write the answer is 503, and a retry stores exactly once', async () => {
    await batches.loseConnectionThenRetry([submissionBody(), submissionBody(), submissionBody()]);
  });

  it('a round closed while requests wait is refused with 409 for all of them', async () => {
    const other = await seedWorkspace(t);
    const otherUrl = `/api/public/rounds/${other.round.slug}/submissions`;
    await t.agent().post(otherUrl).send(submissionBody()).expect(201); // caches the round as open
    await t.dataSource.query(`UPDATE round SET status = 'closed' WHERE id = $1`, [other.round.id]);
    const before = await countRows(t, 'submission');
    const answers = await Promise.all([1, 2, 3].map(() => t.agent().post(otherUrl).send(submissionBody())));
    expect(answers.map((a) => a.status)).toEqual([409, 409, 409]);
    expect(await countRows(t, 'submission')).toBe(before);
  });

  it('an idle server writes a lone submission at once', async () => {
    const started = Date.now();
    await t
      .agent()
      .post(batches.url())
      .send(submissionBody({ idempotencyKey: randomUUID() }))
      .expect(201);
    expect(batches.batchSizes).toEqual([1]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
