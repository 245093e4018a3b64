// What the benchmarks share: the built API on a fresh embedded PostgreSQL with the demo seed, a staff
// login, timing repeated requests, and how busy the rest of the machine was meanwhile.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './embedded-pg.mjs';
import { machineCpuMs, processCpu, processTreeCpu, treeCpuBetween } from './proc-cpu.mjs';
import { API_MAIN, ROOT, build, databaseFor, waitForHealth } from './workspace.mjs';

/**
 * Builds the API, starts it on a fresh database in a temporary folder and waits until it is healthy.
 * Returns { base, dbUrl, api, postmasterPid(), stop() }; stop() shuts both down and removes the folder.
 */
export async function startBenchApi(name, { nodeArgs = [] } = {}) {
  build(['api']);
  const dir = mkdtempSync(join(tmpdir(), `inbreng-${name}-`));
  chmodSync(dir, 0o755);
  const db = await databaseFor({ dir: join(dir, 'pg'), fresh: true });
  const port = await freePort();
  const api = spawn(process.execPath, [...nodeArgs, API_MAIN, 'serve'], {
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
  });
  const stop = async () => {
    if (api.exitCode === null && api.signalCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
    }
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(`${base}/api/health`, api, 90_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    base,
    dbUrl: db.url,
    api,
    /** PostgreSQL's main process (its backends are its children); null when DATABASE_URL was set. */
    postmasterPid: () =>
      db.embedded ? Number(readFileSync(join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]) : null,
    stop,
  };
}

/**
 * Runs `body(bench)` against a started API, always stops it, and exits with the code body returns
 * (1 when it throws).
 */
export async function runBench(name, options, body) {
  const bench = await startBenchApi(name, options);
  let exitCode = 1;
  try {
    exitCode = await body(bench);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
  } finally {
    await bench.stop();
  }
  process.exit(exitCode);
}

/** Logs in as a demo staff member: the session cookie, the CSRF token to echo, and the user. */
export async function login(base, email = 'moderator@inbreng.local', password = 'inbreng-demo') {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  const xsrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '';
  const user = (await res.json()).user;
  return { cookie: cookies.join('; '), xsrf, user };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(xs, p) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/**
 * GETs `url` `runs` times after two warm-up calls (caches, JIT) and returns the median and max in ms
 * and the last answer's body. Throws on an answer other than 200.
 */
export async function timeGet(url, headers, runs) {
  const times = [];
  let body;
  for (let i = 0; i < runs + 2; i += 1) {
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    body = await res.json();
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${JSON.stringify(body)}`);
    if (i >= 2) times.push(ms);
  }
  return { median: median(times), max: Math.max(...times), body };
}

/**
 * Starts counting CPU time of the API process, PostgreSQL, this process and the whole machine;
 * `read()` gives the milliseconds each used since then, and `others` for everything else on the
 * machine (other people's builds): the machine is shared, so timings alone can mislead.
 */
export function cpuMeter(apiPid, postmasterPid) {
  const pgTree = () => (postmasterPid ? processTreeCpu(postmasterPid) : { perPid: new Map(), reapedMs: 0 });
  const start = { api: processCpu(apiPid), pg: pgTree(), self: process.cpuUsage(), machine: machineCpuMs() };
  return {
    read() {
      const apiNow = processCpu(apiPid);
      const machineNow = machineCpuMs();
      const api = {
        ms: apiNow.ms - start.api.ms,
        userMs: apiNow.userMs - start.api.userMs,
        systemMs: apiNow.systemMs - start.api.systemMs,
      };
      const pg = treeCpuBetween(start.pg, pgTree());
      const self = ((u) => (u.user + u.system) / 1000)(process.cpuUsage(start.self));
      const machine = {
        busy: machineNow.busyMs - start.machine.busyMs,
        total: machineNow.totalMs - start.machine.totalMs,
      };
      const others = Math.max(0, machine.busy - api.ms - pg - self);
      return { api, pg, self, machine, others, othersShare: machine.total > 0 ? others / machine.total : 0 };
    },
  };
}

/** A warning line when others took more than a tenth of the machine, else ''. */
export function loadNote(cpu, indent = '  ') {
  if (cpu.othersShare <= 0.1) {
    return `${indent}machine:            other processes took ${(100 * cpu.othersShare).toFixed(0)}% of the CPU during the run`;
  }
  return `${indent}note:               other processes took ${(100 * cpu.othersShare).toFixed(0)}% of the machine's CPU during the run: timings are not representative, and contention inflates CPU per request too`;
}
