import { Client } from 'pg';
import { MAX_IN_FLIGHT } from '../../src/submissions/batched-writer';
import { FirstSubmissionWriter } from '../../src/submissions/first-submission.writer';
import { ReturningSubmissionWriter } from '../../src/submissions/returning-submission.writer';
import { SubmissionRepository } from '../../src/submissions/submission.repository';
import { countRows, type TestApp } from './test-app';

type Kind = 'first' | 'returning';
const STATEMENT = { first: 'insertFirstMany', returning: 'insertReturningMany' } as const;
const WRITER = { first: FirstSubmissionWriter, returning: ReturningSubmissionWriter } as const;
/**
 * Only the submit statements count (both start `WITH input AS (SELECT * FROM unnest(`; pg_stat_activity
 * keeps just the first 1 kB of a query): background jobs (pg-boss) share the database and may wait on
 * a lock of their own now and then, which must neither be counted nor killed here.
 */
const SUBMIT_STATEMENT = `query ~ '^\\s*WITH input AS \\(\\s*SELECT \\* FROM unnest\\('`;

/**
 * Watches the group commit of one kind of submission against the real database. To make batches
 * deterministic, a second connection locks the round row: every insert then waits on its foreign-key
 * check, so all requests sent meanwhile queue up in the writer and go to the database together once
 * it is released. Call watch() in beforeEach and jest.restoreAllMocks() in afterEach.
 */
export class SubmitBatches {
  /** Rows per statement written, in order. */
  batchSizes: number[] = [];
  private statementsRunning = 0;
  private queued!: jest.SpyInstance;

  constructor(
    private readonly t: TestApp,
    private readonly kind: Kind,
    private readonly round: () => { id: string; slug: string },
    /** A valid request of this kind, sent to take a statement slot. */
    private readonly filler: () => Record<string, unknown>,
  ) {}

  watch(): void {
    this.batchSizes = [];
    this.statementsRunning = 0;
    const repo = this.t.app.get(SubmissionRepository);
    const method = STATEMENT[this.kind];
    const original = (repo[method] as (rows: unknown[]) => Promise<unknown[]>).bind(repo);
    jest.spyOn(repo, method).mockImplementation((async (rows: unknown[]) => {
      this.batchSizes.push(rows.length);
      this.statementsRunning++;
      try {
        return await original(rows);
      } finally {
        this.statementsRunning--;
      }
    }) as never);
    this.queued = jest.spyOn(this.t.app.get<{ insert: () => unknown }>(WRITER[this.kind]), 'insert');
  }

  url(slug = this.round().slug): string {
    return `/api/public/rounds/${slug}/submissions`;
  }

  /** Sends now (supertest would otherwise wait until the request is awaited). */
  send(body: Record<string, unknown>) {
    return this.t
      .agent()
      .post(this.url())
      .send(body)
      .then((res) => res);
  }

  /**
   * Sends the bodies while the round is locked and resolves with their answers once it is released.
   * With `queued`, every statement slot is first taken by a filler request, so the bodies wait in the
   * writer's queue and go to the database together; otherwise the bodies' own statements are the
   * ones waiting on the lock.
   */
  async sendTogether(
    bodies: Array<Record<string, unknown>>,
    {
      queued: behindFillers = false,
      whileLocked,
    }: { queued?: boolean; whileLocked?: () => Promise<unknown> } = {},
  ) {
    const lock = await this.lockRound();
    try {
      const fillers = [];
      for (let i = 0; behindFillers && i < MAX_IN_FLIGHT; i++) {
        fillers.push(this.send(this.filler()));
        await until('the filler is being written', () => this.statementsRunning === i + 1);
      }
      const answers = bodies.map((b) => this.send(b));
      await until(
        'every request is queued in the writer',
        () => this.queued.mock.calls.length === fillers.length + bodies.length,
      );
      await until(
        'every statement sent is waiting on the lock',
        async () => this.statementsRunning > 0 && (await this.waitingOnLocks()) === this.statementsRunning,
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

  /**
   * Sends the bodies and kills their database connections while their statements wait: each answer
   * must be 503 with nothing stored; then retries each body once, which must store each row once.
   * Returns the retried answers.
   */
  async loseConnectionThenRetry(bodies: Array<Record<string, unknown>>) {
    const before = await countRows(this.t, 'submission');
    const answers = await this.sendTogether(bodies, {
      // The statements are rolled back.
      whileLocked: () =>
        this.t.dataSource.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND ${SUBMIT_STATEMENT}`,
        ),
    });
    expect(answers.map((a) => a.status)).toEqual(bodies.map(() => 503));
    expect(await countRows(this.t, 'submission')).toBe(before);
    const retried = await Promise.all(bodies.map((b) => this.send(b)));
    expect(retried.map((a) => a.status)).toEqual(bodies.map(() => 201));
    expect(await countRows(this.t, 'submission')).toBe(before + bodies.length);
    return retried;
  }

  /** Holds a lock that blocks every insert for this round until release() (or until killed). */
  private async lockRound() {
    const client = new Client({ connectionString: this.t.config.DATABASE_URL });
    client.on('error', () => undefined); // dropped with the test database at the end
    await client.connect();
    await client.query('BEGIN');
    await client.query('SELECT id FROM round WHERE id = $1 FOR UPDATE', [this.round().id]);
    return {
      release: async () => {
        await client.query('COMMIT');
        await client.end();
      },
    };
  }

  private async waitingOnLocks(): Promise<number> {
    const rows: Array<{ n: number }> = await this.t.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND ${SUBMIT_STATEMENT}`,
    );
    return rows[0]?.n ?? 0;
  }
}

async function until(what: string, check: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
