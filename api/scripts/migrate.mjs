// `npm run db:migrate`: applies pending migrations to the embedded database (or DATABASE_URL).
import { join } from 'node:path';
import { ROOT, build, databaseFor, runApiCommand } from './lib/workspace.mjs';

build(['api']);
const db = await databaseFor({ dir: process.env.INBRENG_DATA_DIR ?? join(ROOT, '.data/pg') });
try {
  await runApiCommand('migrate', { DATABASE_URL: db.url });
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await db.stop();
}
