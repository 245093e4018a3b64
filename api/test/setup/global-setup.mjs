// Starts one embedded PostgreSQL for the integration run; each test file creates its own database in it.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-pg.mjs';

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_ADMIN_URL) return; // an external server was given
  const dir = mkdtempSync(join(tmpdir(), 'inbreng-int-'));
  chmodSync(dir, 0o755); // the postgres user must reach it when we run as root
  const db = await startEmbeddedPostgres({ dir: join(dir, 'pg'), fresh: true });
  process.env.TEST_DATABASE_ADMIN_URL = db.adminUrl;
  globalThis.__INBRENG_PG__ = { stop: db.stop, dir };
}
