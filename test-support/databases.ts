/**
 * The databases a store test runs against: a SQLite file in a temporary folder, and PostgreSQL at DATABASE_URL
 * (default postgres://postgres@127.0.0.1:5432/test) in a schema of its own that is dropped afterwards. Without a reachable
 * PostgreSQL its tests are skipped with the reason, except under CI, where that is a failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropSchema, openStore, type Store } from '@evidens/store';
import pg from 'pg';

export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  /** A reason to skip, when the database is not there. */
  skip?: string;
  /** The location openStore takes, for a child process (crash tests). */
  location(): { url: string; schema?: string };
  /** A new, empty, migrated store. */
  open(): Promise<Store>;
  /** Closes the store and removes its data. */
  close(store: Store): Promise<void>;
}

async function postgresReachable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return undefined;
  } catch (error) {
    const reason = `PostgreSQL is not reachable at ${DATABASE_URL} (${(error as Error).message})`;
    if (process.env.CI) throw new Error(reason);
    return reason;
  }
}

let counter = 0;
const unique = () => `${process.pid}_${Date.now().toString(36)}_${counter++}`;

/** SQLite and PostgreSQL, ready for `for (const database of await testDatabases()) describe(...)`. */
export async function testDatabases(): Promise<TestDatabase[]> {
  const pgSkip = await postgresReachable();
  const sqliteDirs = new Map<Store, string>();
  const schemas = new Map<Store, string>();
  let sqliteLocation: { url: string } | undefined;
  let pgLocation: { url: string; schema: string } | undefined;
  return [
    {
      name: 'sqlite',
      location: () => {
        sqliteLocation ??= { url: join(mkdtempSync(join(tmpdir(), 'evidens-store-')), 'test.db') };
        return sqliteLocation;
      },
      open: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'evidens-store-'));
        const store = await openStore(join(dir, 'test.db'));
        sqliteDirs.set(store, dir);
        return store;
      },
      close: async (store) => {
        await store.close();
        const dir = sqliteDirs.get(store);
        if (dir) rmSync(dir, { recursive: true, force: true });
      },
    },
    {
      name: 'postgres',
      skip: pgSkip,
      location: () => {
        pgLocation ??= { url: DATABASE_URL, schema: `evidens_test_${unique()}` };
        return pgLocation;
      },
      open: async () => {
        const schema = `evidens_test_${unique()}`;
        const store = await openStore(DATABASE_URL, { schema });
        schemas.set(store, schema);
        return store;
      },
      close: async (store) => {
        await store.close();
        const schema = schemas.get(store);
        if (schema) await dropSchema(DATABASE_URL, schema);
      },
    },
  ];
}
