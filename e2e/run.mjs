// `npm run test:e2e`: builds the app, serves it on a free port with a fresh embedded database and the
// demo seed, runs Playwright against it in Debian's Chromium, and stops everything it started.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../api/scripts/lib/embedded-pg.mjs';
import { ROOT, build } from '../api/scripts/lib/workspace.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

const chromium = ensureChromium();
build(['api', 'web']);

const dataDir = mkdtempSync(join(tmpdir(), 'inbreng-e2e-'));
chmodSync(dataDir, 0o755);
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
// Return-code e-mails become .eml files here; the e-mail spec reads them.
const mailDir = join(dataDir, 'mail');

const server = spawn(process.execPath, [join(ROOT, 'api/scripts/start.mjs')], {
  cwd: ROOT,
  detached: true, // own process group, so everything it started can be stopped together
  stdio: ['ignore', 'pipe', 'pipe'],
  env: {
    ...process.env,
    PORT: String(port),
    INBRENG_SKIP_BUILD: '1',
    INBRENG_DATA_DIR: join(dataDir, 'pg'),
    LOG_LEVEL: 'warn',
    LOGIN_LIMIT_PER_ACCOUNT: '1000',
    LOGIN_LIMIT_PER_IP: '1000',
    DATABASE_URL: '',
    MAIL_URL: `file:${mailDir}`,
  },
});
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));

async function stopServer() {
  if (server.exitCode !== null) return;
  const exited = new Promise((ok) => server.once('exit', ok));
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 15_000);
  await exited;
  clearTimeout(timer);
}

async function waitForHealth() {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server stopped during start-up:\n${serverLog}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The server did not become healthy:\n${serverLog}`);
}

let code = 1;
try {
  await waitForHealth();
  code = await new Promise((ok) => {
    const pw = spawn(
      join(ROOT, 'node_modules/.bin/playwright'),
      ['test', '-c', 'e2e/playwright.config.ts', ...process.argv.slice(2)],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: {
          ...process.env,
          E2E_BASE_URL: baseUrl,
          E2E_MAIL_DIR: mailDir,
          CHROMIUM_PATH: chromium,
          PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
        },
      },
    );
    pw.on('exit', (c) => ok(c ?? 1));
  });
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
} finally {
  await stopServer();
  rmSync(dataDir, { recursive: true, force: true });
}
if (code !== 0 && serverLog.trim()) console.error(`--- server output ---\n${serverLog.slice(-4000)}`);
process.exit(code);
