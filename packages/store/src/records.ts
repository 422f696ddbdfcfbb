/**
 * A review's bibliographic records: imported in bulk (one transaction, multi-row inserts, idempotent), listed a page
 * at a time, and read one by one. A record is kept whole as JSON, with title, year, DOI and PMID beside it for search.
 */
import type { BibRecord } from '@evidens/biblio';
import { type Kysely, sql } from 'kysely';
import { audit } from './audit.js';
import { notFound, StoreError } from './errors.js';
import { now } from './ids.js';
import { fromJson, toJson } from './json.js';
import type { Store } from './open-store.js';
import type { StoredRecordId } from './record-ids.js';
import type { Database, RecordsTable } from './schema.js';

/** One record to import. */
export interface RecordInput {
  /** The id screening and studies use (PMID, RIS ID, JSONL id); unique within the review. */
  id: string;
  /** The search it came from (review.yaml searches[].id). */
  searchId?: string | null;
  /** The record file it was read from, relative to the folder. */
  file?: string | null;
  /** 0-based position in that file. */
  position: number;
  record: BibRecord;
}

/** A record as the store holds it. */
export interface StoredRecord {
  id: string;
  searchId: string | null;
  file: string | null;
  position: number;
  record: BibRecord;
}

export interface ImportRecordsOptions {
  /** Who imports: a user id, 'local' or 'system'; goes into the audit log. */
  actor: string;
  /** Told the number of records read so far, after each chunk written. */
  onProgress?: (done: number) => void;
}

/** What an import did: records added, and records skipped because the review already had their id. */
export interface ImportRecordsResult {
  added: number;
  skipped: number;
}

/**
 * Rows per insert statement. A record row has 11 columns, so 500 rows bind 5,500 parameters: well under SQLite's
 * 32,766 and PostgreSQL's 65,535. Measured with bench/store-import.ts, 250 to 500 rows were fastest on both; at
 * 1,000 and more, building and binding the one long statement costs more than the round trips it saves.
 */
const CHUNK_ROWS = 500;

/** The most rows {@link listRecords} gives at once. */
export const MAX_LIST_LIMIT = 1000;

/**
 * Imports records into a review in one transaction: all of them land or none does. A record whose id the review
 * already has is skipped, so running the same import again adds nothing and an interrupted import is resumed by
 * running it again. One audit entry records the counts.
 *
 * @example
 * await importRecords(store, reviewId, [{ id: '12345', file: 'records/pubmed.nbib', position: 0, record }], { actor: 'local' });
 * // { added: 1, skipped: 0 }; the same call again gives { added: 0, skipped: 1 }
 */
export async function importRecords(
  store: Store,
  reviewId: string,
  input: Iterable<RecordInput> | AsyncIterable<RecordInput>,
  options: ImportRecordsOptions,
): Promise<ImportRecordsResult> {
  return store.transaction(async (trx) => {
    const review = await trx.selectFrom('reviews').select('id').where('id', '=', reviewId).executeTakeFirst();
    if (!review) throw notFound(`review ${reviewId}`);
    const result = await insertRecords(trx, reviewId, input, options.onProgress);
    await audit(trx, {
      reviewId,
      actor: options.actor,
      action: 'import',
      entity: 'records',
      entityId: reviewId,
      after: result,
    });
    return result;
  });
}

/**
 * The inserts of {@link importRecords}, on a connection or transaction the caller holds (a folder import writes its
 * records in its own transaction). Throws StoreError 'invalid' at the first malformed input, naming it.
 */
export async function insertRecords(
  db: Kysely<Database>,
  reviewId: string,
  input: Iterable<RecordInput> | AsyncIterable<RecordInput>,
  onProgress?: (done: number) => void,
): Promise<ImportRecordsResult> {
  const at = now();
  let chunk: RecordsTable[] = [];
  let done = 0;
  let added = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const result = await db
      .insertInto('records')
      .values(chunk)
      .onConflict((oc) => oc.columns(['review_id', 'id']).doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0n);
    done += chunk.length;
    chunk = [];
    onProgress?.(done);
  };
  for await (const item of input) {
    chunk.push(rowOf(reviewId, item, done + chunk.length, at));
    if (chunk.length === CHUNK_ROWS) await flush();
  }
  await flush();
  return { added, skipped: done - added };
}

function rowOf(reviewId: string, item: RecordInput, n: number, at: string): RecordsTable {
  const where = `record ${n + 1}`;
  if (typeof item?.id !== 'string' || item.id === '') throw invalid(`${where}: id must be a non-empty text`);
  if (!Number.isInteger(item.position) || item.position < 0)
    throw invalid(`${where} (${item.id}): position must be a whole number ≥ 0 (got ${item.position})`);
  if (typeof item.record !== 'object' || item.record === null) throw invalid(`${where} (${item.id}): record missing`);
  const { title, year, doi, pmid } = item.record;
  return {
    review_id: reviewId,
    id: item.id,
    search_id: item.searchId ?? null,
    file: item.file ?? null,
    position: item.position,
    title: title ?? null,
    year: Number.isInteger(year) ? (year as number) : null,
    doi: doi ?? null,
    pmid: pmid ?? null,
    data: toJson(item.record),
    created_at: at,
  };
}

const invalid = (message: string) => new StoreError('invalid', message);

/** Which records to list: a page, optionally only those matching a text or from one search. */
export interface ListRecordsOptions {
  offset: number;
  /** 1 to {@link MAX_LIST_LIMIT}. */
  limit: number;
  /** Case-insensitive text that the title, DOI or PMID contains. */
  query?: string;
  searchId?: string;
}

/**
 * A page of a review's records in file order (file, then position in it), and how many match in all.
 *
 * @example
 * await listRecords(store.db, reviewId, { offset: 0, limit: 2, query: 'magnesium' });
 * // { total: 14, items: [{ id: '16819781', searchId: 'pubmed', file: 'records/pubmed.jsonl', position: 0, record }, …] }
 */
export async function listRecords(
  db: Kysely<Database>,
  reviewId: string,
  options: ListRecordsOptions,
): Promise<{ total: number; items: StoredRecord[] }> {
  const { offset, limit, query, searchId } = options;
  if (!Number.isInteger(offset) || offset < 0) throw invalid(`offset must be a whole number ≥ 0 (got ${offset})`);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST_LIMIT)
    throw invalid(`limit must be a whole number from 1 to ${MAX_LIST_LIMIT} (got ${limit})`);
  let base = db.selectFrom('records').where('review_id', '=', reviewId);
  if (searchId !== undefined) base = base.where('search_id', '=', searchId);
  if (query !== undefined && query.trim() !== '') {
    // LIKE's wildcards in the text are matched as themselves.
    const pattern = `%${query
      .trim()
      .toLowerCase()
      .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const like = (column: 'title' | 'doi' | 'pmid') =>
      sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
    base = base.where((eb) => eb.or([like('title'), like('doi'), like('pmid')]));
  }
  const { count } = await base.select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
  // The page is chosen on the small columns alone, then only its records' data are read: sorting every record with
  // its data made a page near the end of 50,000 records take a second.
  const page = await base
    .select(['id'])
    // SQLite sorts nulls first and PostgreSQL last: records without a file go first on both.
    .orderBy(sql`coalesce(file, '')`)
    .orderBy('position')
    .orderBy('id')
    .offset(offset)
    .limit(limit)
    .execute();
  if (page.length === 0) return { total: Number(count), items: [] };
  const ids = page.map((r) => r.id);
  const rows = await db
    .selectFrom('records')
    .select(['id', 'search_id', 'file', 'position', 'data'])
    .where('review_id', '=', reviewId)
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { total: Number(count), items: ids.map((id) => storedOf(byId.get(id) as (typeof rows)[number])) };
}

/**
 * One record of a review by its id, or undefined when the review has none with that id.
 *
 * @example
 * (await getRecord(store.db, reviewId, '16819781'))?.record.title; // 'Magnesium sulfate for …'
 */
export async function getRecord(db: Kysely<Database>, reviewId: string, id: string): Promise<StoredRecord | undefined> {
  const row = await db
    .selectFrom('records')
    .select(['id', 'search_id', 'file', 'position', 'data'])
    .where('review_id', '=', reviewId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && storedOf(row);
}

function storedOf(row: Pick<RecordsTable, 'id' | 'search_id' | 'file' | 'position' | 'data'>): StoredRecord {
  return {
    id: row.id,
    searchId: row.search_id,
    file: row.file,
    position: Number(row.position),
    record: fromJson<BibRecord>(row.data, `record ${row.id}`),
  };
}

/** How much of a record's JSON is read for its own id: records are stored with it first (withOwnId). */
const HEAD = 400;
const LEADING_ID = /^\{"id":("(?:[^"\\]|\\.)*")/;

/**
 * Each record of the review read from a file, with its review id and its own id (the id in its data: what its file
 * gives it; see record-ids.ts), for record-ids.csv.
 */
export async function storedRecordIds(db: Kysely<Database>, reviewId: string): Promise<StoredRecordId[]> {
  const rows = await db
    .selectFrom('records')
    .select(['id', 'file', 'position', sql<string>`substr(data, 1, ${sql.lit(HEAD)})`.as('head')])
    .where('review_id', '=', reviewId)
    .where('file', 'is not', null)
    .execute();
  const owns = new Map<string, unknown>();
  const unread: string[] = [];
  for (const row of rows) {
    const m = LEADING_ID.exec(row.head);
    if (m) owns.set(row.id, JSON.parse(m[1]));
    else unread.push(row.id);
  }
  // Records stored with their id further in (by an older version, or a JSONL file's own key order): read whole.
  for (let i = 0; i < unread.length; i += 500) {
    const full = await db
      .selectFrom('records')
      .select(['id', 'data'])
      .where('review_id', '=', reviewId)
      .where('id', 'in', unread.slice(i, i + 500))
      .execute();
    for (const r of full) owns.set(r.id, fromJson<{ id?: unknown }>(r.data, `record ${r.id}`).id);
  }
  return rows.map((row) => {
    const own = owns.get(row.id);
    return {
      file: row.file as string,
      position: Number(row.position),
      id: row.id,
      own: typeof own === 'string' && own !== '' ? own : row.id,
    };
  });
}
