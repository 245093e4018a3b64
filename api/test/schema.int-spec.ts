import { pendingSchemaChanges } from '../src/database/schema-tools';
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
});
