import { randomUUID } from 'node:crypto';
import { countRows, createTestApp, seedWorkspace, submissionBody, TestApp } from './helpers/test-app';

describe('public participation', () => {
  let t: TestApp;
  let round: Awaited<ReturnType<typeof seedWorkspace>>['round'];
  const url = () => `/api/public/rounds/${round.slug}/submissions`;

  beforeAll(async () => {
    t = await createTestApp();
    ({ round } = await seedWorkspace(t));
  });
  afterAll(() => t.close());

  it('shows an open round with what a participant may choose', async () => {
    const res = await t.agent().get(`/api/public/rounds/${round.slug}`).expect(200);
    expect(res.body).toMatchObject({
      slug: round.slug,
      acceptingSubmissions: true,
      requiresAccessCode: false,
      allowedGroups: ['youth', 'parent', 'professional'],
    });
    expect(res.body.lifeDomains.map((d: { code: string }) => d.code)).toEqual(['health', 'school_work']);
  });

  it('accepts a first submission and returns a grouped return code and the pending item', async () => {
    const res = await t.agent().post(url()).send(submissionBody()).expect(201);
    expect(res.body.returnCode).toMatch(/^([2-9A-HJKMNP-Z]{3}-){5}[2-9A-HJKMNP-Z]{3}$/);
    expect(res.body.submission).toMatchObject({ status: 'pending', kind: 'experience', urgent: false });
  });

  it('adds later items to the same participant with the return code, and shows them on "my input"', async () => {
    const first = await t.agent().post(url()).send(submissionBody()).expect(201);
    const code: string = first.body.returnCode;
    await t
      .agent()
      .post(url())
      .send(
        submissionBody({
          returnCode: code.toLowerCase().replace(/-/g, ' '),
          kind: 'idea',
          text: 'Meer uren voor de schoolmaatschappelijk werker.',
        }),
      )
      .expect(201);
    const mine = await t.agent().get(`/api/public/my-input/${code}`).expect(200);
    expect(mine.body.submissions.map((s: { kind: string }) => s.kind)).toEqual(['experience', 'idea']);
    expect(mine.body.group).toBe('youth');
    expect(mine.body.ageBand).toBe('12-15');
  });

  it('is idempotent: a retry with the same key creates no second row and returns the same code', async () => {
    const body = submissionBody();
    const before = await countRows(t, 'submission');
    const a = await t.agent().post(url()).send(body).expect(201);
    const b = await t.agent().post(url()).send(body).expect(201);
    expect(b.body.returnCode).toBe(a.body.returnCode);
    expect(b.body.submission.id).toBe(a.body.submission.id);
    expect(await countRows(t, 'submission')).toBe(before + 1);
  });

  it('is idempotent under concurrent double clicks too', async () => {
    const body = submissionBody();
    const before = await countRows(t, 'submission');
    const answers = await Promise.all(Array.from({ length: 8 }, () => t.agent().post(url()).send(body)));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
    expect(new Set(answers.map((a) => a.body.submission.id)).size).toBe(1);
    expect(await countRows(t, 'submission')).toBe(before + 1);
  });

  it('marks a crisis text urgent and keeps it pending', async () => {
    const res = await t
      .agent()
      .post(url())
      .send(submissionBody({ text: 'Ik wil niet meer leven, niemand ziet hoe slecht het gaat.' }))
      .expect(201);
    expect(res.body.submission.urgent).toBe(true);
    expect(res.body.submission.status).toBe('pending');
  });

  it('never shows personal data back: the public text is redacted', async () => {
    const res = await t
      .agent()
      .post(url())
      .send(
        submissionBody({ text: 'Bel mij gerust op 06-12345678 als jullie vragen hebben over het wijkteam.' }),
      )
      .expect(201);
    expect(res.body.submission.text).not.toContain('12345678');
    const mine = await t.agent().get(`/api/public/my-input/${res.body.returnCode}`).expect(200);
    expect(JSON.stringify(mine.body)).not.toContain('12345678');
  });
});

describe('bad participation input: clear 4xx, nothing written', () => {
  let t: TestApp;
  let round: Awaited<ReturnType<typeof seedWorkspace>>['round'];
  const url = () => `/api/public/rounds/${round.slug}/submissions`;

  beforeAll(async () => {
    t = await createTestApp();
    ({ round } = await seedWorkspace(t));
  });
  afterAll(() => t.close());

  const cases: Array<[string, () => Record<string, unknown>, number, RegExp]> = [
    ['empty text', () => submissionBody({ text: '' }), 400, /text must be between 10 and 2000/],
    ['text of spaces only', () => submissionBody({ text: '            ' }), 400, /text must be between/],
    ['too-long text', () => submissionBody({ text: 'a'.repeat(2001) }), 400, /text must be between/],
    ['unknown group', () => submissionBody({ group: 'alien' }), 400, /group must be one of/],
    [
      'group not allowed in this round',
      () => submissionBody({ group: 'policy', ageBand: undefined }),
      400,
      /cannot take part/,
    ],
    ['unknown life domain', () => submissionBody({ lifeDomains: ['astrology'] }), 400, /unknown life domain/],
    ['no life domain', () => submissionBody({ lifeDomains: [] }), 400, /at least one life domain/],
    ['unknown wijk', () => submissionBody({ wijk: 'atlantis' }), 400, /unknown wijk/],
    ['unknown input line', () => submissionBody({ inputLine: 'spoor-9' }), 400, /unknown input line/],
    ['youth without age band', () => submissionBody({ ageBand: undefined }), 400, /ageBand is required/],
    ['parent with age band', () => submissionBody({ group: 'parent' }), 400, /only asked of youth/],
    ['extra fields', () => submissionBody({ isApproved: true }), 400, /isApproved should not exist/],
    ['no consent', () => submissionBody({ consent: false }), 400, /consent must be true/],
    [
      'honeypot filled',
      () => submissionBody({ website: 'http://spam.example' }),
      400,
      /website must be empty/,
    ],
    ['wrong type', () => submissionBody({ lifeDomains: 'health' }), 400, /lifeDomains/],
    [
      'missing idempotency key',
      () => submissionBody({ idempotencyKey: undefined }),
      400,
      /idempotencyKey must be a UUID/,
    ],
    [
      'forged return code',
      () => submissionBody({ returnCode: 'AAA-AAA-AAA-AAA-AAA-AAA' }),
      404,
      /do not know this return code/,
    ],
    [
      'malformed return code',
      () => submissionBody({ returnCode: '0000' }),
      404,
      /do not know this return code/,
    ],
  ];

  it.each(cases)('%s → %i', async (_name, body, status, message) => {
    const before = [await countRows(t, 'submission'), await countRows(t, 'participant')];
    const res = await t.agent().post(url()).send(body()).expect(status);
    expect(res.body.message).toMatch(message);
    expect([await countRows(t, 'submission'), await countRows(t, 'participant')]).toEqual(before);
  });

  it('unknown round → 404, nothing written', async () => {
    const before = await countRows(t, 'submission');
    const res = await t
      .agent()
      .post('/api/public/rounds/no-such-round/submissions')
      .send(submissionBody())
      .expect(404);
    expect(res.body.message).toMatch(/no round/i);
    expect(await countRows(t, 'submission')).toBe(before);
  });

  it('a return code from another round is refused', async () => {
    const other = await seedWorkspace(t);
    const first = await t
      .agent()
      .post(`/api/public/rounds/${other.round.slug}/submissions`)
      .send(submissionBody())
      .expect(201);
    await t
      .agent()
      .post(url())
      .send(submissionBody({ returnCode: first.body.returnCode }))
      .expect(404);
  });

  it('a forged return code on "my input" → 404', async () => {
    await t.agent().get('/api/public/my-input/AAA-AAA-AAA-AAA-AAA-AAA').expect(404);
    await t.agent().get('/api/public/my-input/<script>').expect(400);
  });

  it('reusing an idempotency key for another participant is refused', async () => {
    const key = randomUUID();
    const first = await t
      .agent()
      .post(url())
      .send(submissionBody({ idempotencyKey: key }))
      .expect(201);
    const second = await t.agent().post(url()).send(submissionBody()).expect(201);
    await t
      .agent()
      .post(url())
      .send(submissionBody({ idempotencyKey: key, returnCode: second.body.returnCode }))
      .expect(409);
    expect(first.body.returnCode).not.toBe(second.body.returnCode);
  });
});

describe('submit rate limit: per client, nothing stored when refused', () => {
  let t: TestApp;
  let round: Awaited<ReturnType<typeof seedWorkspace>>['round'];
  const url = () => `/api/public/rounds/${round.slug}/submissions`;

  beforeAll(async () => {
    // Requests come from loopback, a trusted proxy by default: X-Forwarded-For names the client.
    t = await createTestApp({ SUBMIT_LIMIT_PER_MINUTE: '3' });
    ({ round } = await seedWorkspace(t));
  });
  afterAll(() => t.close());

  it('refuses a client over the limit with 429 while other clients go on', async () => {
    const from = (ip: string) => t.agent().post(url()).set('X-Forwarded-For', ip).send(submissionBody());
    for (let i = 0; i < 3; i++) await from('10.1.2.3').expect(201);
    const before = await countRows(t, 'submission');
    const refused = await from('10.1.2.3').expect(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(await countRows(t, 'submission')).toBe(before);
    await from('10.9.8.7').expect(201);
  });
});
