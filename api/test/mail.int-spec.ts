import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { Clock, ManualClock } from '../src/common/clock';
import { OutboxCipher } from '../src/mail/outbox-cipher';
import { MAIL_ATTEMPTS, MAIL_QUEUE } from '../src/mail/return-code-mail.service';
import { RetentionService } from '../src/privacy/retention.service';
import { createTestApp, seedWorkspace, submissionBody, TestApp } from './helpers/test-app';

const DAY = 86_400_000;
const PUBLIC_BASE_URL = 'https://inbreng.example.org';
const CLIENT_LIMIT = 6;

interface Received {
  rcptTo: string[];
  raw: Buffer;
}

/** An in-process SMTP server the API delivers to; a test can make it refuse or hold recipients. */
class TestSmtp {
  readonly received: Received[] = [];
  /** RCPT TO attempts per lower-cased address, refused or not. */
  readonly attempts = new Map<string, number>();
  refuse = new Set<string>();
  private held: { address: string; release: Promise<void> } | null = null;
  private server!: SMTPServer;
  port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const to = address.address.toLowerCase();
        this.attempts.set(to, (this.attempts.get(to) ?? 0) + 1);
        if (this.refuse.has(to)) {
          // Real servers repeat the address in the reply: it must not reach the outbox or the logs.
          const err = Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected`), {
            responseCode: 550,
          });
          return callback(err);
        }
        const held = this.held;
        if (held && held.address === to) return void held.release.then(() => callback());
        callback();
      },
      onData: (stream, session: SMTPServerSession, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          this.received.push({
            rcptTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            raw: Buffer.concat(chunks),
          });
          callback();
        });
      },
    });
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  /** Keeps the RCPT of this address waiting until the returned function is called. */
  hold(address: string): () => void {
    let release!: () => void;
    this.held = { address: address.toLowerCase(), release: new Promise<void>((ok) => (release = ok)) };
    return () => {
      this.held = null;
      release();
    };
  }

  async mailFor(address: string, ms = 15_000): Promise<ParsedMail> {
    const found = await until(
      async () => this.received.find((r) => r.rcptTo.includes(address.toLowerCase())),
      ms,
    );
    return simpleParser(found.raw);
  }

  stop(): Promise<void> {
    return new Promise((ok) => this.server.close(() => ok()));
  }
}

async function until<T>(fn: () => Promise<T | null | undefined | false>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface OutboxRow {
  id: string;
  participant_id: string;
  kind: string;
  recipient: Buffer | null;
  payload: Buffer | null;
  language: string;
  status: string;
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
}

/** The optional e-mail with the return code, against a real SMTP server. */
describe('e-mailing the return code', () => {
  const smtp = new TestSmtp();
  const clock = new ManualClock(new Date());
  let t: TestApp;
  let ws: Awaited<ReturnType<typeof seedWorkspace>>;
  let ip = 0;
  /** Each request its own client address, unless a test is about the per-client limit. */
  const client = () => `10.9.${Math.floor(++ip / 250)}.${ip % 250}`;

  const q = <T>(sql: string, params: unknown[] = []) => t.dataSource.query(sql, params) as Promise<T[]>;
  const outboxCount = async () =>
    (await q<{ n: number }>(`SELECT count(*)::int AS n FROM mail_outbox`))[0]?.n;
  /** The outbox rows of the participant who made this submission. */
  const rowsOf = (submissionId: string) =>
    q<OutboxRow>(
      `SELECT * FROM mail_outbox
        WHERE participant_id = (SELECT participant_id FROM submission WHERE id = $1)
        ORDER BY created_at`,
      [submissionId],
    );
  const rowById = async (id: string) =>
    (await q<OutboxRow>(`SELECT * FROM mail_outbox WHERE id = $1`, [id]))[0];

  async function submit(): Promise<{ code: string; submissionId: string }> {
    const res = await t
      .agent()
      .post(`/api/public/rounds/${ws.round.slug}/submissions`)
      .set('X-Forwarded-For', client())
      .send(submissionBody())
      .expect(201);
    return { code: res.body.returnCode as string, submissionId: res.body.submission.id as string };
  }
  const ask = (code: string, body: object, from = client()) =>
    t.agent().post(`/api/public/my-input/${code}/email`).set('X-Forwarded-For', from).send(body);
  /** The newest outbox row of the participant who made this submission (tests that use it make one). */
  const latestOf = async (submissionId: string) => (await rowsOf(submissionId)).at(-1);

  beforeAll(async () => {
    await smtp.start();
    t = await createTestApp(
      {
        MAIL_URL: `smtp://127.0.0.1:${smtp.port}`,
        MAIL_FROM: 'Kenniswerkplaats <no-reply@inbreng.example.org>',
        PUBLIC_BASE_URL,
        MAIL_RETRY_DELAY_SECONDS: '0',
        MAIL_LIMIT_PER_HOUR: String(CLIENT_LIMIT),
      },
      (b) => b.overrideProvider(Clock).useValue(clock),
    );
    ws = await seedWorkspace(t);
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  it('is offered on the public round page', async () => {
    const res = await t.agent().get(`/api/public/rounds/${ws.round.slug}`).expect(200);
    expect(res.body.emailAvailable).toBe(true);
  });

  it('sends the code, grouped as on screen, with a link that never holds the code, then wipes the address', async () => {
    const { code, submissionId } = await submit();
    const address = 'Jongere.Test+inbreng@Example.org';
    const res = await ask(code, { email: address }).expect(202);
    expect(res.body).toEqual({ queued: true });
    expect(res.headers['cache-control']).toBe('no-store');

    const mail = await smtp.mailFor(address);
    expect(mail.subject).toBe(`Jouw code voor ${ws.round.title}`);
    expect(mail.from?.value).toEqual([{ name: 'Kenniswerkplaats', address: 'no-reply@inbreng.example.org' }]);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    const text = mail.text ?? '';
    const html = typeof mail.html === 'string' ? mail.html : '';
    expect(code).toMatch(/^([A-Z2-9]{3}-){5}[A-Z2-9]{3}$/);
    expect(text).toContain(code);
    expect(html).toContain(code);
    expect(text).toContain(`${PUBLIC_BASE_URL}/mijn-inbreng`);
    expect(html).toContain(`href="${PUBLIC_BASE_URL}/mijn-inbreng"`);
    expect(text).toContain(ws.workspace.name);
    const urls = [
      ...[...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? ''),
      ...[...`${text}\n${html}`.matchAll(/https?:\/\/[^\s"<>]+/g)].map((m) => m[0]),
    ];
    expect(urls.length).toBeGreaterThanOrEqual(3);
    const flat = code.replace(/-/g, '');
    for (const url of urls) expect(url.toUpperCase().replace(/[^A-Z0-9]/g, '')).not.toContain(flat);

    const row = await until(async () => {
      const r = await latestOf(submissionId);
      return r?.status === 'sent' ? r : null;
    });
    expect(row).toMatchObject({
      kind: 'return-code',
      language: 'nl',
      attempts: 1,
      recipient: null,
      payload: null,
      last_error: null,
    });
    expect(row.sent_at).toEqual(clock.now());
  });

  it('writes in English when asked', async () => {
    const { code } = await submit();
    await ask(code, { email: 'english@example.org', language: 'en' }).expect(202);
    const mail = await smtp.mailFor('english@example.org');
    expect(mail.subject).toBe(`Your code for ${ws.round.title}`);
    expect(mail.text).toMatch(/Keep this e-mail safe/);
    expect(mail.text).toContain(code);
  });

  it('keeps the address and code only encrypted while the mail waits, and nowhere else', async () => {
    const { code, submissionId } = await submit();
    const address = 'wachtend@example.org';
    const release = smtp.hold(address);
    await ask(code, { email: address }).expect(202);
    // The job is now mid-send, held by the SMTP server: the row is queued and holds both, sealed.
    const row = await until(async () => {
      const r = await latestOf(submissionId);
      return r && smtp.attempts.get(address) ? r : null;
    });
    expect(row.status).toBe('queued');
    expect(row.recipient).toBeInstanceOf(Buffer);
    expect(row.payload).toBeInstanceOf(Buffer);
    const stored = Buffer.concat([row.recipient as Buffer, row.payload as Buffer]).toString('latin1');
    expect(stored).not.toContain(address);
    expect(stored).not.toContain(code.replace(/-/g, ''));
    const cipher = new OutboxCipher(t.config.RETURN_CODE_SECRET);
    expect(cipher.open(row.recipient as Buffer, `${row.id}:recipient`)).toBe(address);
    expect(JSON.parse(cipher.open(row.payload as Buffer, `${row.id}:payload`))).toMatchObject({
      code: code.replace(/-/g, ''),
      roundTitle: ws.round.title,
    });

    // The job carries the outbox id only; the audit event says a mail was asked for, without the address.
    const jobs = await q<{ data: unknown }>(`SELECT data FROM pgboss.job WHERE name = $1`, [MAIL_QUEUE]);
    expect(jobs.length).toBeGreaterThan(0);
    for (const j of jobs) expect(Object.keys(j.data as object)).toEqual(['mailId']);
    const audit = await q<{ subject_id: string; actor_id: string | null; after: unknown }>(
      `SELECT subject_id, actor_id, after FROM audit_event WHERE action = 'participant.return_code_mail_requested'`,
    );
    expect(audit.length).toBeGreaterThanOrEqual(3);
    expect(audit.find((a) => (a.after as { mailId: string }).mailId === row.id)).toMatchObject({
      subject_id: row.participant_id,
      actor_id: null,
      after: { mailId: row.id, language: 'nl' },
    });
    const everything = JSON.stringify(await q(`SELECT * FROM audit_event`)).toLowerCase();
    for (const a of ['wachtend@example.org', 'jongere.test+inbreng@example.org', 'english@example.org'])
      expect(everything).not.toContain(a);
    const participantCols = await q<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'participant'`,
    );
    expect(participantCols.map((c) => c.column_name).filter((c) => /mail/.test(c))).toEqual([]);

    release();
    await smtp.mailFor(address);
    const done = await until(async () => {
      const r = await rowById(row.id);
      return r?.status === 'sent' ? r : null;
    });
    expect(done.recipient).toBeNull();
    expect(done.payload).toBeNull();
  });

  it('retries a refusing server, then gives up and wipes the address', async () => {
    const { code, submissionId } = await submit();
    const address = 'bestaat-niet@example.org';
    smtp.refuse.add(address);
    await ask(code, { email: address }).expect(202);
    const row = await until(async () => {
      const r = await latestOf(submissionId);
      return r?.status === 'failed' ? r : null;
    });
    expect(smtp.attempts.get(address)).toBe(MAIL_ATTEMPTS);
    // retried by the queue (at once here: MAIL_RETRY_DELAY_SECONDS=0), one attempt more allowed than used
    const job = (
      await q<{ retry_limit: number; retry_count: number; state: string }>(
        `SELECT retry_limit, retry_count, state FROM pgboss.job WHERE name = $1 AND data->>'mailId' = $2`,
        [MAIL_QUEUE, row.id],
      )
    )[0];
    expect(job).toEqual({ retry_limit: MAIL_ATTEMPTS, retry_count: MAIL_ATTEMPTS - 1, state: 'completed' });
    expect(row).toMatchObject({ attempts: MAIL_ATTEMPTS, recipient: null, payload: null, sent_at: null });
    expect(row.last_error).toMatch(/550/);
    expect(row.last_error).toContain('[address]');
    expect(row.last_error?.toLowerCase()).not.toContain(address);
    // pg-boss keeps each failed attempt's error: none of them names the address
    const jobs = await q<{ output: unknown }>(`SELECT output FROM pgboss.job WHERE name = $1`, [MAIL_QUEUE]);
    expect(JSON.stringify(jobs).toLowerCase()).not.toContain(address);
    // it stays given up
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.attempts.get(address)).toBe(MAIL_ATTEMPTS);
    expect(smtp.received.some((m) => m.rcptTo.includes(address))).toBe(false);
  });

  describe('refuses, storing nothing', () => {
    let code = '';
    beforeAll(async () => {
      code = (await submit()).code;
    });

    it.each([
      ['not an address', { email: 'geen-adres' }, /email must be an e-mail address/],
      ['no domain ending', { email: 'iemand@voorbeeld' }, /email must be an e-mail address/],
      [
        'too long',
        { email: `${'a'.repeat(64)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.eeeeee.nl` },
        /email can be at most 254/,
      ],
      ['a number', { email: 12 }, /email must be text/],
      ['missing', {}, /email/],
      ['an unknown language', { email: 'x@example.org', language: 'de' }, /language must be nl or en/],
      ['an extra field', { email: 'x@example.org', name: 'Sanne' }, /property name should not exist/],
    ])('%s → 400', async (_what, body, detail) => {
      const before = await outboxCount();
      const res = await ask(code, body).expect(400);
      expect((res.body.details as string[]).join(' ')).toMatch(detail);
      expect(JSON.stringify(res.body)).not.toContain('Sanne');
      expect(await outboxCount()).toBe(before);
    });

    it('an unknown or malformed code → 404, as elsewhere', async () => {
      const before = await outboxCount();
      const trace = await t.agent().get(`/api/public/my-input/AAA-BBB-CCC-DDD-EEE-FFF/trace`).expect(404);
      const res = await ask('AAA-BBB-CCC-DDD-EEE-FFF', { email: 'x@example.org' }).expect(404);
      expect(res.body.message).toBe(trace.body.message);
      await ask('ABC', { email: 'x@example.org' }).expect(404);
      expect(await outboxCount()).toBe(before);
    });

    it('a fourth mail for one code within 24 hours → 429; a day later it may be sent again', async () => {
      const { code: mine, submissionId } = await submit();
      for (let i = 1; i <= 3; i++) await ask(mine, { email: `drie-${i}@example.org` }).expect(202);
      const before = await outboxCount();
      const res = await ask(mine, { email: 'vier@example.org' }).expect(429);
      expect(res.body.message).toMatch(/already e-mailed 3 times in the last 24 hours/);
      expect(await outboxCount()).toBe(before);
      expect(await rowsOf(submissionId)).toHaveLength(3);
      // the three still count when they have been sent and wiped
      for (let i = 1; i <= 3; i++) await smtp.mailFor(`drie-${i}@example.org`);
      await ask(mine, { email: 'vier@example.org' }).expect(429);
      clock.set(new Date(clock.now().getTime() + DAY + 60_000));
      await ask(mine, { email: 'vier@example.org' }).expect(202);
      await smtp.mailFor('vier@example.org');
    });

    it(`more than ${CLIENT_LIMIT} requests an hour from one client → 429 while other clients go on`, async () => {
      const from = '10.200.0.1';
      // Six times the same body: the login-account throttler (5 per "email") would have answered 429 by now,
      // so these 400s also show that it never sees this route (nor keeps the address as a key).
      for (let i = 0; i < CLIENT_LIMIT; i++) await ask(code, { email: 'geen-adres' }, from).expect(400);
      const before = await outboxCount();
      const res = await ask(code, { email: 'teveel@example.org' }, from).expect(429);
      expect(res.body.message).toMatch(/Too many attempts\. Wait \d+ minutes/);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(60);
      expect(await outboxCount()).toBe(before);
      await ask(code, { email: 'ander@example.org' }, '10.200.0.2').expect(202);
      await smtp.mailFor('ander@example.org');
    });
  });

  it('deleting my data removes my mails from the outbox', async () => {
    const { code, submissionId } = await submit();
    await ask(code, { email: 'weg@example.org' }).expect(202);
    await smtp.mailFor('weg@example.org');
    const participant = (
      await q<{ participant_id: string }>(`SELECT participant_id FROM submission WHERE id = $1`, [
        submissionId,
      ])
    )[0]?.participant_id;
    const count = async () =>
      (
        await q<{ n: number }>(`SELECT count(*)::int AS n FROM mail_outbox WHERE participant_id = $1`, [
          participant,
        ])
      )[0]?.n;
    expect(await count()).toBe(1);
    await t.agent().delete(`/api/public/my-input/${code}`).send({ confirm: true }).expect(200);
    expect(await count()).toBe(0);
  });

  it('the retention sweep wipes an address still held after a day (a stranded mail), and nothing younger', async () => {
    const { submissionId } = await submit();
    const p = (
      await q<{ participant_id: string; workspace_id: string }>(
        `SELECT participant_id, workspace_id FROM submission WHERE id = $1`,
        [submissionId],
      )
    )[0];
    const now = clock.now();
    // Queued rows without a job, as a crash or a stopped queue would leave them.
    await q(
      `INSERT INTO mail_outbox (id, workspace_id, participant_id, kind, recipient, payload, language, created_at)
       VALUES (gen_random_uuid(), $1, $2, 'return-code', '\\x01'::bytea, '\\x01'::bytea, 'nl', $3),
              (gen_random_uuid(), $1, $2, 'return-code', '\\x01'::bytea, '\\x01'::bytea, 'nl', $4)`,
      [
        p?.workspace_id,
        p?.participant_id,
        new Date(now.getTime() - DAY - 60_000),
        new Date(now.getTime() - DAY + 60_000),
      ],
    );
    await t.app.get(RetentionService).sweep(clock);
    const rows = await q<OutboxRow & { created_at: Date }>(
      `SELECT * FROM mail_outbox WHERE participant_id = $1 ORDER BY created_at`,
      [p?.participant_id],
    );
    expect(rows.map((r) => [r.status, r.recipient === null, r.payload === null])).toEqual([
      ['failed', true, true],
      ['queued', false, false],
    ]);
    expect(rows[0]?.last_error).toMatch(/not sent within a day/);
    const audit = await q<{ subject_id: string }>(
      `SELECT subject_id FROM audit_event WHERE action = 'mail.address_wiped'`,
    );
    expect(audit.map((a) => a.subject_id)).toEqual([rows[0]?.id]);
    // the database itself refuses a mail that is no longer queued but still holds an address
    await expect(q(`UPDATE mail_outbox SET status = 'sent' WHERE id = $1`, [rows[1]?.id])).rejects.toThrow(
      /ck_mail_outbox_wiped/,
    );
    await q(`DELETE FROM mail_outbox WHERE id = $1`, [rows[1]?.id]);
  });
});

/** Without MAIL_URL the feature is off: not offered, and the endpoint says so. */
describe('e-mailing the return code when e-mail is off', () => {
  let t: TestApp;
  let ws: Awaited<ReturnType<typeof seedWorkspace>>;
  beforeAll(async () => {
    t = await createTestApp();
    ws = await seedWorkspace(t);
  });
  afterAll(() => t?.close());

  it('is not offered, and a request gets 409 and stores nothing', async () => {
    const round = await t.agent().get(`/api/public/rounds/${ws.round.slug}`).expect(200);
    expect(round.body.emailAvailable).toBe(false);
    const sub = await t
      .agent()
      .post(`/api/public/rounds/${ws.round.slug}/submissions`)
      .send(submissionBody())
      .expect(201);
    const res = await t
      .agent()
      .post(`/api/public/my-input/${sub.body.returnCode}/email`)
      .send({ email: 'x@example.org' })
      .expect(409);
    expect(res.body.message).toBe('E-mail is not available on this server.');
    const rows: Array<{ n: number }> = await t.dataSource.query(`SELECT count(*)::int AS n FROM mail_outbox`);
    expect(rows[0]?.n).toBe(0);
  });
});
