// `npm run bench:submit [-- --returning SHARE]`: POST /api/public/rounds/demo/submissions under load
// (autocannon, 50 connections, 20 s, loopback only) against the built API on a fresh embedded PostgreSQL,
// crisis and PII screening included. With `--returning 0.5` half of the requests (once there are codes
// to use) are returning participants' submissions: they carry a return code that an earlier first
// submission of the same run got back, picked at random. Afterwards it checks that every acknowledged
// submission is stored exactly once, a returning one with the participant of its code, and prints
// submissions/s, p50 and p99 overall and per kind, plus the CPU time the API process and PostgreSQL
// spent per submission (from /proc): the machine is shared, so throughput alone is noisy.
import autocannon from 'autocannon';
import { randomInt, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { cpuMeter, loadNote, percentile, runBench } from './lib/bench.mjs';

const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const { values: args } = parseArgs({
  options: { returning: { type: 'string', default: process.env.BENCH_RETURNING ?? '0' } },
});
const RETURNING = Number(args.returning);
if (!(RETURNING >= 0 && RETURNING < 1)) {
  console.error('--returning takes the share of returning submissions, from 0 up to (not including) 1');
  process.exit(2);
}
// 1,000 submissions a second come from many participants, not one: the load arrives as CLIENTS
// different addresses through a trusted proxy on loopback (TRUST_PROXY=loopback, the default), so the
// rate limiter runs with its production limit and keys. Round robin keeps every client far below the
// limit (20 s at 2,000/s is 40 per client); one 429 would fail the run.
const CLIENTS = 1000;
const clientAddress = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

// A mix like real input: ordinary texts, personal data to redact, crisis signals to flag.
const TEXTS = [
  'Ik heb acht maanden op de wachtlijst gestaan voor de GGZ en in die tijd hoorde ik niemand.',
  'Elke keer een nieuwe hulpverlener, dan moet ik mijn hele verhaal weer opnieuw vertellen.',
  'Als ouder weet ik niet waar ik moet beginnen als mijn dochter niet meer naar school wil.',
  'Hoe kunnen we als buurtteam sneller samenwerken met school als een leerling thuiszit?',
  'Bel mij gerust op 06-12345678 als jullie meer willen weten over onze ervaring met het wijkteam.',
  'Mijn zoon Daan woont in de Kanaalstraat 12 en krijgt nog steeds geen passend onderwijs.',
  'Ik wil niet meer leven, niemand ziet hoe slecht het met me gaat thuis.',
  'Die toets was mijn dood haha, maar echt, er moet meer hulp komen bij stress op school.',
  'Sporten is te duur voor ons gezin, de jeugdfondsregeling is ingewikkeld om aan te vragen.',
  'Mail me op ouder.utrecht@example.org, ik wil graag meedenken over hulp rond scheidingen.',
];
const GROUPS = [
  { group: 'youth', ageBand: '12-15' },
  { group: 'youth', ageBand: '16-17' },
  { group: 'parent' },
  { group: 'professional', inputLine: 'spoor-1' },
];
const DOMAINS = ['health', 'school_work', 'home_family', 'finances'];

/** Return codes handed out so far in this run, with who got them and their first submission's id. */
const codes = [];
let n = 0;
let returningCredit = 0;

/** The next request: a first submission, or (in the configured share) one with a known return code. */
function nextSubmission() {
  n += 1;
  returningCredit += RETURNING;
  const returning = returningCredit >= 1 && codes.length > 0;
  const known = returning ? codes[randomInt(codes.length)] : null;
  if (returning) returningCredit -= 1;
  const who = known ? known.who : GROUPS[n % GROUPS.length];
  const payload = JSON.stringify({
    idempotencyKey: randomUUID(),
    ...(known ? { returnCode: known.code } : {}),
    ...who,
    kind: ['question', 'experience', 'idea'][n % 3],
    text: `${TEXTS[n % TEXTS.length]} (${n})`,
    lifeDomains: [DOMAINS[n % DOMAINS.length]],
    consent: true,
  });
  return { kind: known ? 'returning' : 'first', who, known, payload };
}

const kindStats = () => ({ ok: 0, other: 0, latencies: [], ids: [] });
const stats = { first: kindStats(), returning: kindStats() };
/** [returning submission id, first submission id of the code it used] */
const returningPairs = [];

async function query(url, sql, params) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows[0].n;
  } finally {
    await client.end();
  }
}

const countInDemo = (url, table) =>
  query(
    url,
    `SELECT count(*)::int AS n FROM ${table} t JOIN round r ON r.id = t.round_id WHERE r.slug = 'demo'`,
  );

/** How many of the acknowledged first submissions are stored (each exactly once). */
const storedFirst = (url, ids) =>
  query(url, 'SELECT count(*)::int AS n FROM submission WHERE id = ANY($1::uuid[])', [ids]);

/** How many acknowledged returning submissions are stored with the participant whose code they carried. */
const storedReturning = (url, pairs) =>
  query(
    url,
    `SELECT count(*)::int AS n FROM unnest($1::uuid[], $2::uuid[]) AS a(id, first_id)
       JOIN submission s ON s.id = a.id JOIN submission f ON f.id = a.first_id
      WHERE s.participant_id = f.participant_id`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );

const nodeArgs = process.env.BENCH_CPU_PROF
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
  : [];

await runBench('bench', { nodeArgs }, async ({ base, dbUrl, api, postmasterPid }) => {
  const before = {
    rows: await countInDemo(dbUrl, 'submission'),
    people: await countInDemo(dbUrl, 'participant'),
  };
  const cpu = cpuMeter(api.pid, postmasterPid());
  console.log(
    `Benchmark: ${CONNECTIONS} connections, ${DURATION} s, POST /api/public/rounds/demo/submissions, ` +
      `${RETURNING > 0 ? `${(RETURNING * 100).toFixed(0)}% returning participants (with a return code from this run), ` : ''}` +
      `${CLIENTS} client addresses, rate limit ${process.env.SUBMIT_LIMIT_PER_MINUTE ?? '120 (default)'} per client per minute`,
  );
  const result = await autocannon({
    url: `${base}/api/public/rounds/demo/submissions`,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        // One request per connection at a time, so the context carries this request to its answer.
        setupRequest: (req, context) => {
          const next = nextSubmission();
          Object.assign(context, { next, started: performance.now() });
          return {
            ...req,
            headers: { ...req.headers, 'x-forwarded-for': clientAddress(n % CLIENTS) },
            body: next.payload,
          };
        },
        onResponse: (status, resBody, context) => {
          const { next, started } = context;
          const s = stats[next.kind];
          s.latencies.push(performance.now() - started);
          if (status !== 201) {
            s.other += 1;
            return;
          }
          const answer = JSON.parse(resBody);
          s.ok += 1;
          s.ids.push(answer.submission.id);
          if (next.known) returningPairs.push([answer.submission.id, next.known.firstId]);
          else codes.push({ code: answer.returnCode, who: next.who, firstId: answer.submission.id });
        },
      },
    ],
  });
  const used = cpu.read();
  const rows = (await countInDemo(dbUrl, 'submission')) - before.rows;
  const people = (await countInDemo(dbUrl, 'participant')) - before.people;
  const ok = result['2xx'];
  const { first, returning } = stats;
  const stored = {
    first: await storedFirst(dbUrl, first.ids),
    returning: await storedReturning(dbUrl, returningPairs),
  };
  const distinct = new Set([...first.ids, ...returning.ids]).size;
  // autocannon stops counting at the deadline; requests still in flight then may be stored without
  // an answer being counted. Those are at most one per connection.
  const inFlight = rows - ok;
  const newPeopleOk = people >= first.ok && people <= first.ok + CONNECTIONS;
  const consistent =
    first.ok + returning.ok === ok &&
    stored.first === first.ok &&
    stored.returning === returning.ok &&
    distinct === ok &&
    inFlight >= 0 &&
    inFlight <= CONNECTIONS &&
    newPeopleOk;
  const perSecond = ok / DURATION;
  const perRow = (ms) => (rows > 0 ? (ms / rows).toFixed(3) : '-');
  const kindLine = (s) =>
    `${s.ok} answered 201 (${(s.ok / DURATION).toFixed(0)}/s), ${s.other} other; latency p50 ${percentile(s.latencies, 50).toFixed(0)} ms, p99 ${percentile(s.latencies, 99).toFixed(0)} ms`;
  console.log(`
  2xx answers:        ${ok}
  other answers:      ${result.non2xx} (errors ${result.errors}, timeouts ${result.timeouts})
  first submissions:  ${kindLine(first)}
  returning:          ${RETURNING > 0 ? kindLine(returning) : 'none (--returning 0)'}
  acknowledged ids:   ${stored.first} of ${first.ok} first submissions found in the database, ${stored.returning} of ${returning.ok} returning ones stored with the participant of their code; ${distinct} distinct ids
  rows written:       ${rows} (${inFlight} from requests still in flight at the deadline, max ${CONNECTIONS}); ${people} new participants for ${first.ok} acknowledged first submissions
  consistency:        ${consistent ? 'ok: nothing acknowledged lost, nothing doubled, no participant made by a returning submission' : 'FAILED'}
  submissions/s:      ${perSecond.toFixed(0)}
  latency p50:        ${result.latency.p50} ms
  latency p99:        ${result.latency.p99} ms
  CPU per submission: API ${perRow(used.api.ms)} ms (user ${perRow(used.api.userMs)}, kernel ${perRow(used.api.systemMs)}), PostgreSQL ${perRow(used.pg)} ms, load generator ${perRow(used.self)} ms
  CPU during the run: API ${(used.api.ms / 1000).toFixed(1)} s, PostgreSQL ${(used.pg / 1000).toFixed(1)} s, load generator ${(used.self / 1000).toFixed(1)} s, other processes ${(used.others / 1000).toFixed(1)} s of ${(used.machine.total / 1000).toFixed(1)} s available
  target:             >= 1000 submissions/s with p99 < 100 ms: ${perSecond >= 1000 && result.latency.p99 < 100 ? 'met' : 'NOT met'}
${loadNote(used)}
`);
  return consistent && result.non2xx === 0 && result.errors === 0 ? 0 : 1;
});
