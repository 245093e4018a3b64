// `npm run db:check`: migrates an empty database and fails when the entities need more changes,
// i.e. when someone changed an entity without writing the migration.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, databaseFor, runApiCommand } from './lib/workspace.mjs';

build(['api']);
const dir = mkdtempSync(join(tmpdir(), 'inbreng-schema-'));
chmodSync(dir, 0o755); // the postgres user must reach it when we run as root
const db = await databaseFor({ dir: join(dir, 'pg'), fresh: true });
try {
  await runApiCommand('schema-check', { DATABASE_URL: db.url });
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await db.stop();
  rmSync(dir, { recursive: true, force: true });
}
