import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Runs pending migrations and returns the names of those it applied. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
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
    await ds.runMigrations({ transaction: 'each' });
    const sql = await ds.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    await ds.destroy();
  }
}
