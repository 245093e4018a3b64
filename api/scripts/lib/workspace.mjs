// Shared helpers for the repository's own scripts (start, migrate, schema check, tests).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const API_MAIN = join(ROOT, 'dist/api/main.js');
export const WEB_ROOT = join(ROOT, 'dist/web/browser');

// Settings from a local .env file (see .env.example); real environment variables win.
const envFile = join(ROOT, '.env');
if (existsSync(envFile)) {
  const before = { ...process.env };
  process.loadEnvFile(envFile);
  Object.assign(process.env, before);
}

export const NX_ENV = {
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NX_SKIP_NX_CACHE: process.env.NX_SKIP_NX_CACHE ?? '',
};

/** Builds the given Nx projects (cached by Nx, so a second start is quick). Throws on failure. */
export function build(projects) {
  const nx = join(ROOT, 'node_modules/.bin/nx');
  if (!existsSync(nx)) throw new Error('Dependencies are missing: run `npm install` first.');
  const res = spawnSync(nx, ['run-many', '-t', 'build', '-p', ...projects, '--output-style=static'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...NX_ENV },
  });
  if (res.status !== 0) throw new Error(`Building ${projects.join(', ')} failed.`);
}

/** Runs `node dist/api/main.js <command>` to completion. */
export function runApiCommand(command, env) {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--enable-source-maps', API_MAIN, command], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`api ${command} exited with ${code}`))));
  });
}

/** Starts the embedded database unless DATABASE_URL points elsewhere. */
export async function databaseFor({ dir, port, fresh = false, quiet = true }) {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const { startEmbeddedPostgres } = await import('./embedded-pg.mjs');
  const db = await startEmbeddedPostgres({ dir, port, fresh, quiet });
  return { url: db.url, embedded: true, port: db.port, stop: db.stop };
}

/** Resolves once `url` answers 200; throws when `child` (the API process) exits first or after `ms`. */
export async function waitForHealth(url, child, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('The API stopped during start-up (see the messages above).');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The API did not become healthy within ${ms / 1000} s.`);
}
