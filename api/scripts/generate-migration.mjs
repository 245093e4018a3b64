// `npm run db:generate -- <Name> [timestamp]`: migrates a throw-away embedded database to the current
// migrations, then lets TypeORM write a migration for whatever the entities add. Development only.
import { execSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './lib/embedded-pg.mjs';

const [name, timestamp = String(Date.now())] = process.argv.slice(2);
if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
  console.error('usage: npm run db:generate -- <MigrationName> [timestamp]');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'inbreng-generate-'));
chmodSync(dir, 0o755); // the postgres user must reach it when we run as root
const db = await startEmbeddedPostgres({ dir: join(dir, 'pg'), fresh: true });
const env = { ...process.env, DATABASE_URL: db.url, TS_NODE_PROJECT: 'api/tsconfig.json' };
const cli = 'node -r ts-node/register/transpile-only -r tsconfig-paths/register node_modules/typeorm/cli.js';
const source = '-d api/src/database/cli-data-source.ts';
try {
  execSync(`${cli} migration:run ${source}`, { env, stdio: 'ignore' });
  execSync(`${cli} migration:generate ${source} api/src/migrations/${name} -t ${timestamp}`, {
    env,
    stdio: 'inherit',
  });
  console.log(`Now add ${name}${timestamp} to api/src/migrations/index.ts.`);
} catch {
  process.exitCode = 1;
} finally {
  await db.stop();
  rmSync(dir, { recursive: true, force: true });
}
