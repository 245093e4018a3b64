import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { MAX_IN_FLIGHT } from '../src/submissions/batched-writer';
import { FirstSubmissionWriter } from '../src/submissions/first-submission.writer';
import { SubmissionRepository } from '../src/submissions/submission.repository';
import { countRows, createTestApp, seedWorkspace, submissionBody, TestApp } from './helpers/test-app';

/**
 * Group commit of first submissions against the real database. To make batches deterministic, a
 * second connection locks the round row: every insert then waits on its foreign-key check, so all
 * requests sent meanwhile queue up in the writer and go to the database together once it is released.
 */
describe('first submissions are written by group commit', () => {
  let t: TestApp;
  let round: Awaited<ReturnType<typeof seedWorkspace>>['round'];
  let batchSizes: number[];
  let statementsRunning: number;
  let queued: jest.SpyInstance;
  const url = () => `/api/public/rounds/${round.slug}/submissions`;

  beforeAll(async () => {
    t = await createTestApp();
    ({ round } = await seedWorkspace(t));
  });
  afterAll(() => t.close());

  beforeEach(() => {
    batchSizes = [];
    statementsRunning = 0;
    const repo = t.app.get(SubmissionRepository);
    const original = repo.insertFirstMany.bind(repo);
    jest.spyOn(repo, 'insertFirstMany').mockImplementation(async (rows) => {
      batchSizes.push(rows.length);
      statementsRunning++;
      try {
        return await original(rows);
      } finally {
        statementsRunning--;
      }
    });
    queued = jest.spyOn(t.app.get(FirstSubmissionWriter), 'insert');
  });
  afterEach(() => jest.restoreAllMocks());

  /** Holds a lock that blocks every insert for this round until release() (or until killed). */
  async function lockRound() {
    const client = new Client({ connectionString: t.config.DATABASE_URL });
    client.on('error', () => undefined); // dropped with the test database at the end
    await client.connect();
    await client.query('BEGIN');
    await client.query('SELECT id FROM round WHERE id = $1 FOR UPDATE', [round.id]);
    return {
      release: async () => {
        await client.query('COMMIT');
        await client.end();
      },
    };
  }

  async function until(what: string, check: () => Promise<boolean> | boolean): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async function waitingOnLocks(): Promise<number> {
    const rows: Array<{ n: number }> = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    return rows[0]?.n ?? 0;
  }

  const send = (body: Record<string, unknown>) =>
    // then() sends the request now; supertest would otherwise wait until it is awaited.
    t
      .agent()
      .post(url())
      .send(body)
      .then((res) => res);

  /**
   * Sends the bodies while the round is locked and resolves with their answers once it is released.
   * With `queued`, every statement slot is first taken by a filler request, so the bodies wait in the
   * writer's queue and go to the database together; otherwise the bodies' own statements are the
   * ones waiting on the lock.
   */
  async function sendTogether(
    bodies: Array<Record<string, unknown>>,
    {
      queued: behindFillers = false,
      whileLocked,
    }: { queued?: boolean; whileLocked?: () => Promise<void> } = {},
  ) {
    const lock = await lockRound();
    try {
      const fillers = [];
      for (let i = 0; behindFillers && i < MAX_IN_FLIGHT; i++) {
        fillers.push(send(submissionBody()));
        await until('the filler is being written', () => statementsRunning === i + 1);
      }
      const answers = bodies.map(send);
      await until(
        'every request is queued in the writer',
        () => queued.mock.calls.length === fillers.length + bodies.length,
      );
      await until(
        'every statement sent is waiting on the lock',
        async () => statementsRunning > 0 && (await waitingOnLocks()) === statementsRunning,
      );
      if (whileLocked) await whileLocked();
      await lock.release();
      expect((await Promise.all(fillers)).map((f) => f.status)).toEqual(fillers.map(() => 201));
      return await Promise.all(answers);
    } catch (err) {
      await lock.release().catch(() => undefined);
      throw err;
    }
  }

  it('many concurrent submissions share statements, and each gets its own stored row', async () => {
    const bodies = Array.from({ length: 30 }, (_, i) =>
      submissionBody({ text: `Verhaal nummer ${i} over hulp.` }),
    );
    const before = await countRows(t, 'submission');
    const answers = await sendTogether(bodies, { queued: true });
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(201));
    expect(batchSizes).toEqual([1, 1, 1, 1, 30]); // four fillers, then all thirty in one statement
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
    const answers = await sendTogether(bodies, { queued: true });
    expect(answers.map((a) => a.status)).toEqual([201, 400, 201]);
    expect(answers[1]?.body.message).toMatch(/not valid/);
    // Four fillers, the three together (refused as a whole), then each of the three on its own.
    expect(batchSizes).toEqual([1, 1, 1, 1, 3, 1, 1, 1]);
    expect([await countRows(t, 'submission'), await countRows(t, 'participant')]).toEqual([
      (before[0] ?? 0) + 4 + 2,
      (before[1] ?? 0) + 4 + 2,
    ]);
  });

  it('concurrent requests with the same idempotency key yield one row and the same answer', async () => {
    const same = submissionBody();
    const bodies = [same, submissionBody(), same, same, submissionBody(), same];
    const before = await countRows(t, 'submission');
    const answers = await sendTogether(bodies, { queued: true });
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(201));
    const sameAnswers = [0, 2, 3, 5].map((i) => answers[i]?.body);
    expect(new Set(sameAnswers.map((b) => b.submission.id)).size).toBe(1);
    expect(new Set(sameAnswers.map((b) => b.returnCode)).size).toBe(1);
    expect(await countRows(t, 'submission')).toBe(before + 4 + 3);
    // The same key never shares a statement: the three repeats went one after the other.
    expect(batchSizes.slice(4)).toEqual([3, 1, 1, 1]);
  });

  it('when the database connection is lost mid-write the answer is 503, and a retry stores exactly once', async () => {
    const bodies = [submissionBody(), submissionBody(), submissionBody()];
    const before = await countRows(t, 'submission');
    const answers = await sendTogether(bodies, {
      whileLocked: async () => {
        // Kill the connections whose statements wait on the lock: the statement is rolled back.
        await t.dataSource.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
      },
    });
    expect(answers.map((a) => a.status)).toEqual([503, 503, 503]);
    expect(await countRows(t, 'submission')).toBe(before);
    const retried = await Promise.all(bodies.map((b) => t.agent().post(url()).send(b)));
    expect(retried.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(await countRows(t, 'submission')).toBe(before + 3);
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
      .post(url())
      .send(submissionBody({ idempotencyKey: randomUUID() }))
      .expect(201);
    expect(batchSizes).toEqual([1]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
