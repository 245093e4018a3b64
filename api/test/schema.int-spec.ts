import { pendingSchemaChanges, runMigrations } from '../src/database/schema-tools';
import { MIGRATIONS } from '../src/migrations';
import { createTestDatabase } from './helpers/test-db';

describe('entities and migrations', () => {
  it('agree: migrating an empty database leaves nothing for TypeORM to change', async () => {
    const db = await createTestDatabase();
    try {
      expect(await pendingSchemaChanges(db.url)).toEqual([]);
    } finally {
      await db.drop();
    }
  });

  it('lets replicas start together: concurrent migrations of an empty database run once, without errors', async () => {
    const db = await createTestDatabase();
    try {
      const results = await Promise.all([
        runMigrations(db.url),
        runMigrations(db.url),
        runMigrations(db.url),
      ]);
      // exactly one of them applied everything; the others found nothing left to do
      expect(results.map((r) => r.length).sort((a, b) => a - b)).toEqual([0, 0, MIGRATIONS.length]);
    } finally {
      await db.drop();
    }
  });
});
