/** @evidens/store: reviews in SQLite or PostgreSQL, one schema, migrations, and lossless folder import and export. */

export * from './accounts.js';
export { type AuditEntry, audit } from './audit.js';
export * from './dedup.js';
export {
  isStoreError,
  notFound,
  STORE_ERROR_CODES,
  StoreError,
  type StoreErrorCode,
  versionConflict,
} from './errors.js';
export * from './folder/index.js';
export { newId, now } from './ids.js';
export * from './items.js';
export * from './jobs.js';
export { canonicalJson, fromJson, toJson } from './json.js';
export { MIGRATION_NAME, migrate } from './migrate.js';
export { MIGRATIONS } from './migrations/index.js';
export { dropSchema, type OpenOptions, openStore, type Store, type StoreKind, safeUrl } from './open-store.js';
export { folderIds, ownIds, RECORD_IDS_FILE, recordIdsCsv, reviewIds, withOwnId } from './record-ids.js';
export * from './records.js';
export * from './reviews.js';
export * from './schema.js';
export * from './screening.js';
