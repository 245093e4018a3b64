// `npm run bench:submit`: POST /api/public/rounds/demo/submissions under load (autocannon, 50 connections,
// 20 s, loopback only) against the built API on a fresh embedded PostgreSQL, crisis and PII screening
// included. Afterwards it checks that the rows in the database equal the 2xx answers (nothing lost,
// nothing doubled) and prints submissions/s, p50 and p99, plus the CPU time the API process and
// PostgreSQL spent per submission (from /proc): the machine is shared, so throughput alone is noisy.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './lib/embedded-pg.mjs';
import { machineCpuMs, processCpu, processTreeCpu, treeCpuBetween } from './lib/proc-cpu.mjs';
import { API_MAIN, ROOT, build, databaseFor } from './lib/workspace.mjs';

const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
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

let n = 0;
function body() {
  n += 1;
  const who = GROUPS[n % GROUPS.length];
  return JSON.stringify({
    idempotencyKey: randomUUID(),
    ...who,
    kind: ['question', 'experience', 'idea'][n % 3],
    text: `${TEXTS[n % TEXTS.length]} (${n})`,
    lifeDomains: [DOMAINS[n % DOMAINS.length]],
    consent: true,
  });
}

/** How many of the acknowledged submission ids are really stored (each exactly once). */
async function countStored(url, ids) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const res = await client.query('SELECT count(*)::int AS n FROM submission WHERE id = ANY($1::uuid[])', [
    ids,
  ]);
  await client.end();
  return res.rows[0].n;
}

async function countSubmissions(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const res = await client.query(
    "SELECT count(*)::int AS n FROM submission s JOIN round r ON r.id = s.round_id WHERE r.slug = 'demo'",
  );
  await client.end();
  return res.rows[0].n;
}

build(['api']);
const dir = mkdtempSync(join(tmpdir(), 'inbreng-bench-'));
chmodSync(dir, 0o755);
const db = await databaseFor({ dir: join(dir, 'pg'), fresh: true });
const port = await freePort();
const api = spawn(
  process.execPath,
  [
    ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    API_MAIN,
    'serve',
  ],
  {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
    },
  },
);

let exitCode = 1;
try {
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not yet listening
    }
    if (Date.now() > deadline || api.exitCode !== null) throw new Error('API did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
  const before = await countSubmissions(db.url);
  const acknowledged = [];
  const postmaster = Number(readFileSync(join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const cpu0 = {
    api: processCpu(api.pid),
    pg: processTreeCpu(postmaster),
    bench: process.cpuUsage(),
    machine: machineCpuMs(),
  };
  console.log(
    `Benchmark: ${CONNECTIONS} connections, ${DURATION} s, POST /api/public/rounds/demo/submissions, ` +
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
        setupRequest: (req) => {
          const payload = body();
          return {
            ...req,
            headers: { ...req.headers, 'x-forwarded-for': clientAddress(n % CLIENTS) },
            body: payload,
          };
        },
        onResponse: (status, resBody) => {
          if (status === 201) acknowledged.push(JSON.parse(resBody).submission.id);
        },
      },
    ],
  });
  const cpu = {
    api: ((c) => ({
      ms: c.ms - cpu0.api.ms,
      userMs: c.userMs - cpu0.api.userMs,
      systemMs: c.systemMs - cpu0.api.systemMs,
    }))(processCpu(api.pid)),
    pg: treeCpuBetween(cpu0.pg, processTreeCpu(postmaster)),
    bench: ((u) => (u.user + u.system) / 1000)(process.cpuUsage(cpu0.bench)),
    machine: ((m) => ({ busy: m.busyMs - cpu0.machine.busyMs, total: m.totalMs - cpu0.machine.totalMs }))(
      machineCpuMs(),
    ),
  };
  const after = await countSubmissions(db.url);
  const ok = result['2xx'];
  const rows = after - before;
  const stored = await countStored(db.url, acknowledged);
  const unique = new Set(acknowledged).size;
  // autocannon stops counting at the deadline; requests still in flight then may be stored without
  // an answer being counted. Those are at most one per connection.
  const inFlight = rows - ok;
  const consistent = stored === ok && unique === ok && inFlight >= 0 && inFlight <= CONNECTIONS;
  const perSecond = ok / DURATION;
  const perRow = (ms) => (rows > 0 ? (ms / rows).toFixed(3) : '-');
  const others = Math.max(0, cpu.machine.busy - cpu.api.ms - cpu.pg - cpu.bench);
  console.log(`
  2xx answers:        ${ok}
  other answers:      ${result.non2xx} (errors ${result.errors}, timeouts ${result.timeouts})
  acknowledged ids:   ${stored} of ${ok} found in the database, ${unique} distinct
  rows written:       ${rows} (${inFlight} from requests still in flight at the deadline, max ${CONNECTIONS})
  consistency:        ${consistent ? 'ok: nothing acknowledged lost, nothing doubled' : 'FAILED'}
  submissions/s:      ${perSecond.toFixed(0)}
  latency p50:        ${result.latency.p50} ms
  latency p99:        ${result.latency.p99} ms
  CPU per submission: API ${perRow(cpu.api.ms)} ms (user ${perRow(cpu.api.userMs)}, kernel ${perRow(cpu.api.systemMs)}), PostgreSQL ${perRow(cpu.pg)} ms, load generator ${perRow(cpu.bench)} ms
  CPU during the run: API ${(cpu.api.ms / 1000).toFixed(1)} s, PostgreSQL ${(cpu.pg / 1000).toFixed(1)} s, load generator ${(cpu.bench / 1000).toFixed(1)} s, other processes ${(others / 1000).toFixed(1)} s of ${(cpu.machine.total / 1000).toFixed(1)} s available
  target:             >= 1000 submissions/s with p99 < 100 ms: ${perSecond >= 1000 && result.latency.p99 < 100 ? 'met' : 'NOT met'}${
    others > 0.1 * cpu.machine.total
      ? `\n  note:               other processes took ${((100 * others) / cpu.machine.total).toFixed(0)}% of the machine's CPU during the run: throughput and latency are not representative, and contention inflates CPU per submission too`
      : ''
  }
`);
  exitCode = consistent && result.non2xx === 0 && result.errors === 0 ? 0 : 1;
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  await db.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
