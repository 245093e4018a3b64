import { Clock, ManualClock } from '../src/common/clock';
import { JobQueueService } from '../src/jobs/job-queue.service';
import { RETENTION_QUEUE, RetentionService } from '../src/privacy/retention.service';
import { RoundRepository } from '../src/rounds/round.repository';
import { createQuestionnaire, fullAnswers, saveBody } from './helpers/questionnaire-fixtures';
import {
  createStaff,
  createTestApp,
  loginAs,
  seedWorkspace,
  submissionBody,
  TestApp,
  unique,
} from './helpers/test-app';

const DAY = 86_400_000;
const PII = [
  'Mijn naam is Sanne de Vries en mijn nummer is 06-12345678.',
  'Mail me op sanne.devries@example.org als er iets verandert.',
];

/** Retention per round, with a clock the test moves forward. */
describe('retention sweep', () => {
  const t0 = new Date();
  const clock = new ManualClock(t0);
  let t: TestApp;
  let ws: Awaited<ReturnType<typeof seedWorkspace>>;
  let admin: Awaited<ReturnType<typeof loginAs>>;
  let retention: RetentionService;
  const rounds: Record<'closesAt' | 'leftOpen' | 'stillOpen' | 'archivedByHand' | 'reopened', string> = {
    closesAt: '',
    leftOpen: '',
    stillOpen: '',
    archivedByHand: '',
    reopened: '',
  };
  /** A round with questionnaire answers only (no submissions), archived by hand; its period ends at t0 + 27 days. */
  let answersRound = '';
  const answerResponses: Record<'handedIn' | 'unfinished' | 'clean', string> = {
    handedIn: '',
    unfinished: '',
    clean: '',
  };
  const PII_ANSWERS = {
    handedIn: {
      why_low: 'Mijn naam is Sanne de Vries en mijn nummer is 06-12345678.',
      other: 'Pleegkind, mail sanne.devries@example.org',
    },
    unfinished: 'Mail me op sanne.devries@example.org als er iets verandert.',
    clean: 'Te weinig speelplekken in de buurt.',
  };

  const q = <T>(sql: string, params: unknown[] = []) => t.dataSource.query(sql, params) as Promise<T[]>;
  const originalsLeft = async (roundId: string) =>
    (
      await q<{ n: number }>(
        `SELECT count(*)::int AS n FROM submission WHERE round_id = $1 AND original_text <> redacted_text`,
        [roundId],
      )
    )[0]?.n ?? -1;
  const openOriginalsLeft = async (roundId: string) =>
    (
      await q<{ n: number }>(
        `SELECT count(*)::int AS n FROM questionnaire_open_answer o JOIN questionnaire qn ON qn.id = o.questionnaire_id
          WHERE qn.round_id = $1 AND o.original_text <> o.redacted_text`,
        [roundId],
      )
    )[0]?.n ?? -1;
  const statusOf = async (roundId: string) =>
    (await q<{ status: string }>(`SELECT status FROM round WHERE id = $1`, [roundId]))[0]?.status;
  const retentionAudits = async () =>
    q<{
      subject_id: string;
      actor_id: string | null;
      before: { status: string };
      after: Record<string, unknown>;
    }>(
      `SELECT subject_id, actor_id, before, after FROM audit_event WHERE action = 'round.retention_applied'
        ORDER BY created_at`,
    );
  const transition = (roundId: string, to: string) =>
    admin.agent
      .post(`/api/staff/workspaces/${ws.workspace.id}/rounds/${roundId}/transition`)
      .set('X-XSRF-TOKEN', admin.xsrf)
      .send({ to });

  /** An open round with two texts holding personal data, so originals differ from redacted texts. */
  async function roundWithOriginals(retentionDays = 30): Promise<string> {
    const round = await t.app.get(RoundRepository).create(ws.workspace.id, {
      slug: unique('ret'),
      title: 'Bewaartermijn',
      status: 'open',
      prompt: 'Wat moet er beter?',
      allowedGroups: ['youth'],
      lifeDomains: [{ code: 'health', label: 'gezondheid' }],
      retentionDays,
    });
    for (const text of PII) {
      await t
        .agent()
        .post(`/api/public/rounds/${round.slug}/submissions`)
        .send(submissionBody({ text }))
        .expect(201);
    }
    expect(await originalsLeft(round.id)).toBe(2);
    return round.id;
  }

  beforeAll(async () => {
    t = await createTestApp({}, (b) => b.overrideProvider(Clock).useValue(clock));
    ws = await seedWorkspace(t);
    const email = `${unique('admin')}@example.org`;
    await createStaff(t, email, 'pw-long-enough', [{ workspaceId: ws.workspace.id, role: 'admin' }]);
    admin = await loginAs(t, email, 'pw-long-enough');
    retention = t.app.get(RetentionService);

    // closing date 10 days ago, 30 days retention: ends at t0 + 20 days
    rounds.closesAt = await roundWithOriginals();
    await q(`UPDATE round SET status = 'closed', closes_at = $2 WHERE id = $1`, [
      rounds.closesAt,
      new Date(t0.getTime() - 10 * DAY),
    ]);
    // no closing date: closed by hand at t0 (the clock), then on to synthesis: ends at t0 + 30 days
    rounds.leftOpen = await roundWithOriginals();
    await transition(rounds.leftOpen, 'closed').expect(200);
    await transition(rounds.leftOpen, 'synthesis').expect(200);
    // still open although its closing date passed long ago: input may still be handled, never swept
    rounds.stillOpen = await roundWithOriginals();
    await q(`UPDATE round SET closes_at = $2 WHERE id = $1`, [
      rounds.stillOpen,
      new Date(t0.getTime() - 400 * DAY),
    ]);
    // archived by hand before its retention ended (t0 + 25 days): the originals are still there
    rounds.archivedByHand = await roundWithOriginals();
    await q(`UPDATE round SET status = 'archived', closes_at = $2 WHERE id = $1`, [
      rounds.archivedByHand,
      new Date(t0.getTime() - 5 * DAY),
    ]);
    // closed and opened again: the moment it left open no longer counts
    rounds.reopened = await roundWithOriginals(1);
    await transition(rounds.reopened, 'closed').expect(200);
    await transition(rounds.reopened, 'open').expect(200);

    // questionnaire answers only: two hold personal data (one handed in, one not), one does not
    const round = await t.app.get(RoundRepository).create(ws.workspace.id, {
      slug: unique('ret-q'),
      title: 'Vragenlijst bewaren',
      status: 'open',
      prompt: 'x',
      allowedGroups: ['parent'],
      lifeDomains: [{ code: 'health', label: 'gezondheid' }],
      retentionDays: 30,
    });
    answersRound = round.id;
    const qid = await createQuestionnaire(admin, { workspace: ws.workspace, round });
    const save = async (answers: Record<string, unknown>, submit = true) =>
      (
        await t
          .agent()
          .put(`/api/public/rounds/${round.slug}/questionnaires/${qid}/response`)
          .send(saveBody(answers, { submit }))
          .expect(200)
      ).body.responseId as string;
    answerResponses.handedIn = await save(
      fullAnswers({
        kids: { option: 'other', otherText: PII_ANSWERS.handedIn.other },
        grade: 4,
        why_low: PII_ANSWERS.handedIn.why_low,
      }),
    );
    answerResponses.unfinished = await save(
      { help: { options: ['wijkteam'] }, wijkteam_how: PII_ANSWERS.unfinished },
      false,
    );
    answerResponses.clean = await save(fullAnswers({ grade: 3, why_low: PII_ANSWERS.clean }));
    expect(await openOriginalsLeft(answersRound)).toBe(3);
    await q(`UPDATE round SET status = 'archived', closes_at = $2 WHERE id = $1`, [
      answersRound,
      new Date(t0.getTime() - 3 * DAY),
    ]);
  });
  afterAll(() => t.close());

  it('stamps when a round leaves open with the injected clock, and clears it when it opens again', async () => {
    const rows = await q<{ id: string; left_open_at: Date | null }>(
      `SELECT id, left_open_at FROM round WHERE id = ANY($1)`,
      [[rounds.leftOpen, rounds.reopened]],
    );
    const at = new Map(rows.map((r) => [r.id, r.left_open_at]));
    expect(at.get(rounds.leftOpen)?.getTime()).toBe(t0.getTime());
    expect(at.get(rounds.reopened)).toBeNull();
  });

  it('is scheduled hourly in the job queue', async () => {
    const rows = await q<{ name: string; cron: string; timezone: string }>(
      `SELECT name, cron, timezone FROM pgboss.schedule WHERE name = $1`,
      [RETENTION_QUEUE],
    );
    expect(rows).toEqual([{ name: RETENTION_QUEUE, cron: '0 * * * *', timezone: 'UTC' }]);
  });

  it('leaves every round alone while no retention period has ended', async () => {
    expect(await retention.sweep(clock)).toEqual([]);
    for (const id of Object.values(rounds)) expect(await originalsLeft(id)).toBe(2);
    expect(await openOriginalsLeft(answersRound)).toBe(3);
    expect(await retentionAudits()).toEqual([]);
  });

  it('removes the originals of a round whose period ended and archives it, audited as the system', async () => {
    clock.set(new Date(t0.getTime() + 21 * DAY));
    expect(await retention.sweep(clock)).toEqual([
      { roundId: rounds.closesAt, originalsRemoved: 2, openAnswerOriginalsRemoved: 0, archived: true },
    ]);
    expect(await originalsLeft(rounds.closesAt)).toBe(0);
    expect(await statusOf(rounds.closesAt)).toBe('archived');
    const texts = await q<{ original_text: string; redacted_text: string }>(
      `SELECT original_text, redacted_text FROM submission WHERE round_id = $1`,
      [rounds.closesAt],
    );
    for (const row of texts) {
      expect(row.original_text).toBe(row.redacted_text);
      expect(row.original_text).not.toMatch(/06-12345678|sanne\.devries@example\.org/);
    }
    const [audit] = await retentionAudits();
    expect(audit).toMatchObject({
      subject_id: rounds.closesAt,
      actor_id: null,
      before: { status: 'closed' },
      after: { status: 'archived', originalsRemoved: 2, openAnswerOriginalsRemoved: 0, job: RETENTION_QUEUE },
    });
    expect(audit?.after['retentionEndedAt']).toBe(new Date(t0.getTime() + 20 * DAY).toISOString());
    // the others are not due yet
    for (const id of [rounds.leftOpen, rounds.stillOpen, rounds.archivedByHand, rounds.reopened]) {
      expect(await originalsLeft(id)).toBe(2);
    }
    expect(await statusOf(rounds.leftOpen)).toBe('synthesis');
  });

  it('is idempotent: running again at the same time changes and audits nothing', async () => {
    expect(await retention.sweep(clock)).toEqual([]);
    expect(await retention.sweep(clock)).toEqual([]);
    expect(await retentionAudits()).toHaveLength(1);
  });

  it('runs as a job from the queue with the injected clock, removing originals an archived round kept', async () => {
    clock.set(new Date(t0.getTime() + 26 * DAY));
    await t.app.get(JobQueueService).send(RETENTION_QUEUE, {});
    for (let i = 0; i < 100 && (await originalsLeft(rounds.archivedByHand)) > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await originalsLeft(rounds.archivedByHand)).toBe(0);
    expect(await statusOf(rounds.archivedByHand)).toBe('archived');
    const audits = await retentionAudits();
    expect(audits).toHaveLength(2);
    expect(audits[1]).toMatchObject({
      subject_id: rounds.archivedByHand,
      before: { status: 'archived' },
      after: { originalsRemoved: 2 },
    });
    expect(await originalsLeft(rounds.leftOpen)).toBe(2);
    expect(await openOriginalsLeft(answersRound)).toBe(3);
  });

  it("replaces questionnaire open answers' originals, in the typed answers too, once the period ends", async () => {
    const answersOf = async () =>
      new Map(
        (
          await q<{ id: string; answers: Record<string, unknown> }>(
            `SELECT id, answers FROM questionnaire_response WHERE id = ANY($1)`,
            [Object.values(answerResponses)],
          )
        ).map((r) => [r.id, r.answers]),
      );
    const before = await answersOf();
    clock.set(new Date(t0.getTime() + 27 * DAY - 1000));
    expect(await retention.sweep(clock)).toEqual([]);
    clock.set(new Date(t0.getTime() + 27 * DAY));
    // archived by hand earlier and without submissions: only its open answers bring it back
    expect(await retention.sweep(clock)).toEqual([
      { roundId: answersRound, originalsRemoved: 0, openAnswerOriginalsRemoved: 3, archived: false },
    ]);
    expect(await openOriginalsLeft(answersRound)).toBe(0);
    const texts = await q<{
      response_id: string;
      question_key: string;
      original_text: string;
      redacted_text: string;
    }>(
      `SELECT response_id, question_key, original_text, redacted_text FROM questionnaire_open_answer
        WHERE response_id = ANY($1)`,
      [Object.values(answerResponses)],
    );
    expect(texts).toHaveLength(4);
    const redacted = (id: string, key: string) =>
      texts.find((x) => x.response_id === id && x.question_key === key)?.redacted_text;
    const after = await answersOf();
    // what the respondent typed, kept to resume with, now holds the redacted texts and nothing else changed
    expect(after.get(answerResponses.handedIn)).toEqual({
      ...before.get(answerResponses.handedIn),
      why_low: redacted(answerResponses.handedIn, 'why_low'),
      kids: { option: 'other', otherText: redacted(answerResponses.handedIn, 'kids') },
    });
    expect(after.get(answerResponses.unfinished)).toEqual({
      ...before.get(answerResponses.unfinished),
      wijkteam_how: redacted(answerResponses.unfinished, 'wijkteam_how'),
    });
    expect(after.get(answerResponses.clean)).toEqual(before.get(answerResponses.clean));
    const stored = JSON.stringify([texts, [...after.values()]]);
    for (const fragment of ['06-12345678', 'sanne.devries@example.org', 'Sanne de Vries']) {
      expect(JSON.stringify([...before.values()])).toContain(fragment);
      expect(stored).not.toContain(fragment);
    }
    expect(stored).toContain(PII_ANSWERS.clean);
    const audits = await retentionAudits();
    expect(audits).toHaveLength(3);
    expect(audits[2]).toMatchObject({
      subject_id: answersRound,
      actor_id: null,
      before: { status: 'archived' },
      after: { originalsRemoved: 0, openAnswerOriginalsRemoved: 3 },
    });
    // idempotent
    expect(await retention.sweep(clock)).toEqual([]);
    expect(await answersOf()).toEqual(after);
    expect(await retentionAudits()).toHaveLength(3);
  });

  it('archives from any status after open (for this job only) once the period counted from leaving open ends', async () => {
    await transition(rounds.leftOpen, 'archived').expect(409); // staff still follow the lifecycle
    clock.set(new Date(t0.getTime() + 30 * DAY - 1000));
    expect(await retention.sweep(clock)).toEqual([]);
    clock.set(new Date(t0.getTime() + 30 * DAY));
    expect(await retention.sweep(clock)).toEqual([
      { roundId: rounds.leftOpen, originalsRemoved: 2, openAnswerOriginalsRemoved: 0, archived: true },
    ]);
    expect(await statusOf(rounds.leftOpen)).toBe('archived');
  });

  it('never touches a round that is still open, however late', async () => {
    clock.set(new Date(t0.getTime() + 5000 * DAY));
    expect(await retention.sweep(clock)).toEqual([]);
    expect(await originalsLeft(rounds.stillOpen)).toBe(2);
    expect(await originalsLeft(rounds.reopened)).toBe(2);
    expect(await statusOf(rounds.stillOpen)).toBe('open');
    expect(await statusOf(rounds.reopened)).toBe('open');
  });
});
