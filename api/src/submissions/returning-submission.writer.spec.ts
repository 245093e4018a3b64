import { MAX_BATCH, MAX_IN_FLIGHT } from './batched-writer';
import { ReturningSubmissionWriter } from './returning-submission.writer';
import type {
  ReturningSubmission,
  ReturningSubmissionResult,
  SubmissionRepository,
} from './submission.repository';

const row = (key: string, code = 'code-a'): ReturningSubmission => ({
  roundId: 'round-1',
  returnCodeHash: code,
  idempotencyKeyHash: key,
  kind: 'idea',
  originalText: `tekst ${key}`,
  redactedText: `tekst ${key}`,
  lifeDomains: ['health'],
  wijk: null,
  inputLine: null,
  urgent: false,
  crisisCategories: [],
  piiKinds: [],
  quoteConsent: false,
});

/** A repository whose statements the test ends by hand, recording what each one held. */
function fakeRepository() {
  const statements: Array<{ rows: ReturningSubmission[]; end: (err?: unknown) => void }> = [];
  const repo = {
    insertReturningMany: (rows: ReturningSubmission[]) =>
      new Promise<ReturningSubmissionResult[]>((resolve, reject) => {
        statements.push({
          rows,
          end: (err) =>
            err
              ? reject(err)
              : resolve(
                  rows.map((r) => ({
                    roundOpen: true,
                    participantId: `participant of ${r.returnCodeHash}`,
                    submission: { id: `id ${r.idempotencyKeyHash}`, createdAt: new Date(0) },
                  })),
                ),
        });
      }),
  };
  return { repo: repo as unknown as SubmissionRepository, statements };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('ReturningSubmissionWriter', () => {
  it('writes concurrent returning submissions of several participants in one statement, each answered with its own row', async () => {
    const { repo, statements } = fakeRepository();
    const writer = new ReturningSubmissionWriter(repo);
    const answers = [row('k1', 'a'), row('k2', 'b'), row('k3', 'a')].map((r) => writer.insert(r));
    await tick();
    expect(statements.map((s) => s.rows.map((r) => r.idempotencyKeyHash))).toEqual([['k1', 'k2', 'k3']]);
    statements[0]?.end();
    const results = await Promise.all(answers);
    expect(results.map((r) => [r.participantId, r.submission?.id])).toEqual([
      ['participant of a', 'id k1'],
      ['participant of b', 'id k2'],
      ['participant of a', 'id k3'],
    ]);
  });

  it('never puts the same idempotency key twice in one statement', async () => {
    const { repo, statements } = fakeRepository();
    const writer = new ReturningSubmissionWriter(repo);
    const answers = [writer.insert(row('same')), writer.insert(row('other')), writer.insert(row('same'))];
    await tick();
    statements[0]?.end();
    await tick();
    await tick();
    statements[1]?.end();
    await Promise.all(answers);
    expect(statements.map((s) => s.rows.map((r) => r.idempotencyKeyHash))).toEqual([
      ['same', 'other'],
      ['same'],
    ]);
  });

  it('a lost connection fails every request of its statement, with no retry', async () => {
    const { repo, statements } = fakeRepository();
    const writer = new ReturningSubmissionWriter(repo);
    const answers = [writer.insert(row('k1')), writer.insert(row('k2'))];
    await tick();
    statements[0]?.end(new Error('Connection terminated unexpectedly'));
    for (const a of answers) await expect(a).rejects.toThrow('Connection terminated');
    expect(statements).toHaveLength(1);
  });

  it(`holds at most ${MAX_BATCH} rows a statement and ${MAX_IN_FLIGHT} statements at once, and drains before shutdown`, async () => {
    const { repo, statements } = fakeRepository();
    const writer = new ReturningSubmissionWriter(repo);
    const total = MAX_BATCH * (MAX_IN_FLIGHT + 1);
    const answers = Array.from({ length: total }, (_, i) => writer.insert(row(`k${i}`)));
    await tick();
    expect(statements.map((s) => s.rows.length)).toEqual(Array(MAX_IN_FLIGHT).fill(MAX_BATCH));
    let drained = false;
    void writer.beforeApplicationShutdown().then(() => (drained = true));
    for (const s of statements.splice(0)) s.end();
    await tick();
    await tick();
    expect(statements.map((s) => s.rows.length)).toEqual([MAX_BATCH]);
    expect(drained).toBe(false);
    statements[0]?.end();
    await Promise.all(answers);
    await tick();
    expect(drained).toBe(true);
  });
});
