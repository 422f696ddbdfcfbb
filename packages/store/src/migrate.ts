/** Runs the migrations in order with Kysely's migrator, which refuses to run one older than the last applied. */
import { type Kysely, sql } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import { StoreError } from './errors.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Database } from './schema.js';

/** Migration names: a time, then what it does. */
export const MIGRATION_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-[a-z0-9-]+$/;

const provider: MigrationProvider = {
  getMigrations: async (): Promise<Record<string, Migration>> => MIGRATIONS,
};

/** Brings the database to the latest schema; returns the names of the migrations it ran. */
export async function migrate(db: Kysely<Database>): Promise<string[]> {
  const names = Object.keys(MIGRATIONS);
  const bad = names.find((name) => !MIGRATION_NAME.test(name));
  if (bad) throw new StoreError('invalid', `migration ${bad} is not named YYYY-MM-DDTHH-MM-what`);
  const sorted = [...names].sort();
  if (sorted.some((name, i) => name !== names[i])) throw new StoreError('invalid', 'migrations are not in time order');
  // Kysely looks for its own tables in any schema when none is named; on PostgreSQL, where tests and benchmarks keep
  // a schema each in one database, that finds another schema's tables, so the current schema is named.
  const migrationTableSchema = await currentSchema(db);
  const { error, results } = await new Migrator({
    db,
    provider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new StoreError('unavailable', `migration ${failed ?? ''} failed: ${(error as Error).message ?? error}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** PostgreSQL's current schema (the first of the search path that exists); undefined for SQLite. */
async function currentSchema(db: Kysely<Database>): Promise<string | undefined> {
  try {
    const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
    return rows[0]?.schema ?? undefined;
  } catch {
    return undefined;
  }
}
