// `npm start`: build what is needed, start the embedded PostgreSQL (unless DATABASE_URL is set),
// run the API (which migrates and seeds the demo workspace) and serve the web app on one port.
// Ctrl-C (SIGINT) or SIGTERM stops everything this script started, the database included.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { API_MAIN, ROOT, WEB_ROOT, build, databaseFor, waitForHealth } from './lib/workspace.mjs';

const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.INBRENG_DATA_DIR ?? join(ROOT, '.data/pg');
// Locally, the optional e-mail with a return code is written as .eml files next to the database files
// (.data/mail) instead of being sent. In production e-mail stays off unless MAIL_URL is set; MAIL_URL= switches it off.
const mailUrl =
  process.env.MAIL_URL ??
  (process.env.NODE_ENV === 'production' ? '' : `file:${join(dirname(dataDir), 'mail')}`);
const started = Date.now();
let api;
let db;
let stopping = false;

async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (api && api.exitCode === null) {
    const exited = new Promise((ok) => api.once('exit', ok));
    api.kill('SIGTERM');
    const timer = setTimeout(() => api.kill('SIGKILL'), 8000);
    await exited;
    clearTimeout(timer);
  }
  if (db) await db.stop().catch(() => undefined);
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

/** Where return-code e-mails go, without the SMTP password. */
function describeMail(url) {
  if (!url) return 'off (MAIL_URL is empty)';
  if (url.startsWith('file:')) return `written as .eml files to ${url.slice('file:'.length)}`;
  try {
    const u = new URL(url);
    return `sent through ${u.protocol}//${u.host}`;
  } catch {
    return 'MAIL_URL is not valid (see the message above)';
  }
}

try {
  if (process.env.INBRENG_SKIP_BUILD !== '1') {
    console.log('Building API and web app (cached after the first time)…');
    build(['api', 'web']);
  }
  const pgPort = process.env.PG_PORT ? Number(process.env.PG_PORT) : undefined;
  db = await databaseFor({ dir: dataDir, port: pgPort });
  console.log(
    db.embedded
      ? `Embedded PostgreSQL running (data in ${dataDir}).`
      : 'Using the PostgreSQL server in DATABASE_URL.',
  );

  api = spawn(process.execPath, ['--enable-source-maps', API_MAIN, 'serve'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      LOG_LEVEL: 'warn',
      ...process.env,
      DATABASE_URL: db.url,
      MAIL_URL: mailUrl,
      PORT: String(port),
      WEB_DIST_PATH: WEB_ROOT,
    },
  });
  api.on('exit', (code) => {
    if (!stopping) {
      console.error(`The API exited (code ${code}).`);
      void stop(code || 1);
    }
  });
  await waitForHealth(`http://127.0.0.1:${port}/api/health`, api, 60_000);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
  Inbreng is running at http://localhost:${port}  (ready in ${seconds} s)
    API docs:   http://localhost:${port}/api/docs
    E-mail:     ${describeMail(mailUrl)}
    Demo round: http://localhost:${port}/r/demo
    Staff logins (password "inbreng-demo"):
      admin@inbreng.local       (beheerder / admin)
      moderator@inbreng.local   (moderator)
  Press Ctrl-C to stop.
`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  await stop(1);
}
