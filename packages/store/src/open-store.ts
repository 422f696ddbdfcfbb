/**
 * Opening a store: SQLite through better-sqlite3 (a file, WAL, synchronous commits so an acknowledged write survives
 * a crash of the process) or PostgreSQL through pg, both behind one Kysely query builder. The schema is brought up to
 * date on opening.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { StoreError } from './errors.js';
import { migrate } from './migrate.js';
import type { Database } from './schema.js';

export type StoreKind = 'sqlite' | 'postgres';

/** An open store. */
export interface Store {
  kind: StoreKind;
  db: Kysely<Database>;
  /** Runs `fn` in one transaction: every write in it lands, or none does. */
  transaction<T>(fn: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL: the schema to use (created if missing); tests give each run its own. */
  schema?: string;
  /** PostgreSQL: connections in the pool (default 20: enough for a team screening at once; see BENCHMARKS.md). */
  poolSize?: number;
  /** Run migrations on opening (default true). */
  migrate?: boolean;
}

/**
 * Opens the store at `location`: `postgres://…` (or `postgresql://…`) for PostgreSQL, otherwise a SQLite file path
 * (`sqlite:` prefix allowed; `:memory:` for a throwaway database).
 *
 * @example
 * const store = await openStore('.evidens/evidens.db');
 * const reviews = await store.db.selectFrom('reviews').select(['id', 'title']).execute();
 * await store.close();
 */
export async function openStore(location: string, options: OpenOptions = {}): Promise<Store> {
  const store = /^postgres(ql)?:\/\//.test(location)
    ? await openPostgres(location, options)
    : openSqlite(location.replace(/^sqlite:/, ''));
  if (options.migrate !== false) {
    try {
      await migrate(store.db);
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}

function openSqlite(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let database: SQLite.Database;
  try {
    database = new SQLite(path);
  } catch (error) {
    throw new StoreError('unavailable', `cannot open the SQLite database ${path}: ${(error as Error).message}`);
  }
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return {
    kind: 'sqlite',
    db,
    transaction: (fn) => db.transaction().execute(fn),
    close: () => db.destroy(),
  };
}

async function openPostgres(url: string, options: OpenOptions): Promise<Store> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new StoreError('invalid', `schema must be lower-case letters, digits and _ (got ${schema})`);
  if (schema) await createSchema(url, schema);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 20,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection that the server drops must not take the process down.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw new StoreError('unavailable', `cannot connect to PostgreSQL at ${safeUrl(url)}: ${(error as Error).message}`);
  }
  return {
    kind: 'postgres',
    db,
    transaction: (fn) => db.transaction().execute(fn),
    close: () => db.destroy(),
  };
}

async function createSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query(`create schema if not exists ${schema}`);
  } catch (error) {
    throw new StoreError('unavailable', `cannot connect to PostgreSQL at ${safeUrl(url)}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The URL without its password, for messages. */
export function safeUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/** Drops a PostgreSQL schema and everything in it (tests clean up with this). */
export async function dropSchema(url: string, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new StoreError('invalid', `bad schema name ${schema}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}
