import type { Migration } from 'typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Any number for pg_advisory_lock; the demo seed uses 738201. */
const MIGRATION_LOCK = 738200;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so replicas starting together on an
 * empty database migrate one after the other instead of racing (and crashing on duplicate types).
 */
export async function migrateLocked(ds: DataSource): Promise<Migration[]> {
  const lock = ds.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await ds.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}

/** Runs pending migrations and returns the names of those it applied. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    const applied = await migrateLocked(ds);
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

/**
 * Returns the SQL TypeORM would run to make the database match the entities.
 * Empty after migrations means entities and migrations agree.
 */
export async function pendingSchemaChanges(url: string): Promise<string[]> {
  const ds = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    await migrateLocked(ds);
    const sql = await ds.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    await ds.destroy();
  }
}
