import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { MIGRATION_NAME, MIGRATIONS, migrate, type Store } from '@evidens/store';
import { sql } from 'kysely';
import { testDatabases } from '../../../test-support/databases.js';

const folder = join(import.meta.dirname, '..', 'src', 'migrations');

test('every migration file is listed, in time order, with a timestamped name', () => {
  const files = readdirSync(folder)
    .filter((f) => f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  assert.deepEqual(Object.keys(MIGRATIONS), files);
  for (const name of files) assert.match(name, MIGRATION_NAME);
});

for (const database of await testDatabases()) {
  describe(`migrations on ${database.name}`, { skip: database.skip }, () => {
    let store: Store;
    before(async () => {
      store = await database.open();
    });
    after(async () => {
      if (store) await database.close(store);
    });

    test('a new database gets every table, and migrating again runs nothing', async () => {
      const tables = (await store.db.introspection.getTables()).map((t) => t.name).sort();
      for (const name of ['reviews', 'records', 'screening_decisions', 'studies', 'audit_log', 'users', 'sessions'])
        assert.ok(tables.includes(name), `${name} missing from ${tables.join(', ')}`);
      assert.deepEqual(await migrate(store.db), []);
    });

    test('a transaction that fails leaves nothing behind', async () => {
      const at = new Date().toISOString();
      const row = {
        title: 'T',
        protocol: '{}',
        settings: '{}',
        extras: '{}',
        version: 1,
        created_at: at,
        updated_at: at,
      };
      await assert.rejects(
        store.transaction(async (trx) => {
          await trx
            .insertInto('reviews')
            .values({ id: 'r1', ...row })
            .execute();
          await trx
            .insertInto('reviews')
            .values({ id: 'r1', ...row })
            .execute();
        }),
      );
      const { count } = await store.db
        .selectFrom('reviews')
        .select(sql<number>`count(*)`.as('count'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(count), 0);
    });
  });
}
