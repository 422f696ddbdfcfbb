/**
 * Landing a records file in a review, in one transaction: the file itself under records/ (a name already taken gets
 * a suffix; nothing is overwritten), its records, and the search it belongs to in the protocol (an existing search
 * gets the file added to its records; a new search is added), with the review's version moved on and the audit log
 * told. Imports, PubMed searches and citation searching all come through here.
 */
import type { BibRecord } from '@evidens/biblio';
import type { Database } from '@evidens/store';
import {
  audit,
  contentDigest,
  fromJson,
  insertRecords,
  notFound,
  now,
  ownIds,
  reviewIds,
  type Store,
  StoreError,
  toJson,
  withOwnId,
} from '@evidens/store';
import type { Transaction } from 'kysely';

/** A search as review.yaml lists it. */
export interface ProtocolSearch {
  id: string;
  source: string;
  kind: 'database' | 'register' | 'other';
  query?: string;
  date: string;
  hits: number;
  records: string[];
  notes?: string;
}

/** Where the records go: a search of the protocol by id, or a new one (its id made unique; hits = records read). */
export type SearchTarget =
  | { existing: string }
  | { create: Omit<ProtocolSearch, 'hits' | 'records'> & { hits?: number } }
  | { existingOrCreate: Omit<ProtocolSearch, 'hits' | 'records'> };

export interface RecordsFile {
  reviewId: string;
  actor: string;
  /** The file name as given (records/NAME). */
  name: string;
  content: Uint8Array | string;
  records: readonly BibRecord[];
  search: SearchTarget;
  onProgress?: (done: number) => void;
}

export interface LandedFile {
  /** The path the file was stored at. */
  file: string;
  searchId: string;
  added: number;
  /**
   * Records whose own id (a PMID, a RIS ID) a record of the review already had: kept under their place in the file
   * (`file#n`), for deduplication to compare with the other.
   */
  renamed: number;
}

/**
 * Stores the file, its records and its search in one transaction.
 *
 * @example
 * await landRecordsFile(store, { reviewId, actor: 'local', name: 'pubmed.nbib', content, records,
 *   search: { create: { id: 'pubmed', source: 'pubmed.nbib', kind: 'database', date: '2026-11-26' } } });
 * // { file: 'records/pubmed.nbib', searchId: 'pubmed', added: 5, renamed: 0 }
 */
export async function landRecordsFile(store: Store, input: RecordsFile): Promise<LandedFile> {
  return store.transaction(async (trx) => {
    const review = await reviewSearches(trx, input.reviewId);
    const { searches } = review;
    const file = await freePath(trx, input.reviewId, `records/${input.name}`);
    const search = placeSearch(searches, input.search, file, input.records.length);
    await trx
      .insertInto('review_files')
      .values({
        review_id: input.reviewId,
        path: file,
        digest: contentDigest(input.content),
        ...encoded(input.content),
      })
      .execute();
    const held = await trx.selectFrom('records').select('id').where('review_id', '=', input.reviewId).execute();
    const own = ownIds(input.records, file, input.name);
    const ids = reviewIds(own, file, new Set(held.map((r) => r.id)));
    const rows = input.records.map((record, position) => ({
      id: ids[position],
      searchId: search.id,
      file,
      position,
      record: withOwnId(record, own[position]),
    }));
    const { added } = await insertRecords(trx, input.reviewId, rows, input.onProgress);
    const counts = { added, renamed: ids.filter((id, k) => id !== own[k]).length };
    const entry = { reviewId: input.reviewId, actor: input.actor, entityId: input.reviewId };
    await audit(trx, { ...entry, action: 'import', entity: 'records', after: { file, search: search.id, ...counts } });
    await saveSearches(trx, review, searches, input.actor);
    return { file, searchId: search.id, ...counts };
  });
}

/** A review's protocol as stored, and its searches parsed from it for a change. */
export interface ReviewSearches {
  reviewId: string;
  /** The protocol's JSON as read, so that the searches before the change can be told to the audit log. */
  text: string;
  version: number;
  protocol: Record<string, unknown>;
  searches: ProtocolSearch[];
}

/** The review's protocol and searches; 404 for a review that is not there. */
export async function reviewSearches(trx: Transaction<Database>, reviewId: string): Promise<ReviewSearches> {
  const review = await trx
    .selectFrom('reviews')
    .select(['protocol', 'version'])
    .where('id', '=', reviewId)
    .executeTakeFirst();
  if (!review) throw notFound(`review ${reviewId}`);
  const protocol = fromJson<Record<string, unknown>>(review.protocol, 'the protocol');
  const searches = (Array.isArray(protocol.searches) ? protocol.searches : []) as ProtocolSearch[];
  return { reviewId, text: review.protocol, version: review.version, protocol, searches };
}

/** Stores `searches` as the review's, moves its version on, and tells the audit log the searches before and after. */
export async function saveSearches(
  trx: Transaction<Database>,
  review: ReviewSearches,
  searches: ProtocolSearch[],
  actor: string,
): Promise<void> {
  await trx
    .updateTable('reviews')
    .set({ protocol: toJson({ ...review.protocol, searches }), version: review.version + 1, updated_at: now() })
    .where('id', '=', review.reviewId)
    .execute();
  await audit(trx, {
    reviewId: review.reviewId,
    actor,
    entityId: review.reviewId,
    action: 'update',
    entity: 'protocol',
    before: { searches: fromJson<Record<string, unknown>>(review.text, 'the protocol').searches ?? [] },
    after: { searches },
  });
}

/** Finds or adds the search in `searches` (changed in place) and adds the file to it. */
function placeSearch(searches: ProtocolSearch[], target: SearchTarget, file: string, hits: number): ProtocolSearch {
  const wanted =
    'existing' in target ? target.existing : 'existingOrCreate' in target ? target.existingOrCreate.id : null;
  let search = wanted === null ? undefined : searches.find((s) => s.id === wanted);
  if ('existing' in target && !search)
    throw new StoreError('invalid', `there is no search ${target.existing} in the protocol`);
  if (search) {
    search.records = [...(Array.isArray(search.records) ? search.records : []), file];
    if ('existingOrCreate' in target) search.hits = (Number(search.hits) || 0) + hits;
    return search;
  }
  const spec = 'create' in target ? target.create : (target as { existingOrCreate: ProtocolSearch }).existingOrCreate;
  const taken = new Set(searches.map((s) => s.id));
  let id = spec.id;
  for (let n = 2; taken.has(id); n++) id = `${spec.id}-${n}`;
  search = { ...spec, id, hits: spec.hits ?? hits, records: [file] };
  searches.push(search);
  return search;
}

/** `path`, or `path` with -2, -3 … before its extension, whichever the review does not have yet. */
async function freePath(trx: Transaction<Database>, reviewId: string, path: string): Promise<string> {
  const rows = await trx.selectFrom('review_files').select('path').where('review_id', '=', reviewId).execute();
  const taken = new Set(rows.map((r) => r.path));
  const dot = path.lastIndexOf('.');
  const [stem, ext] = dot > path.lastIndexOf('/') + 1 ? [path.slice(0, dot), path.slice(dot)] : [path, ''];
  let candidate = path;
  for (let n = 2; taken.has(candidate); n++) candidate = `${stem}-${n}${ext}`;
  return candidate;
}

/**
 * The records file of the review that holds exactly `bytes`, if there is one: the same export uploaded twice. Files
 * are compared by the digest stored with them; one stored without (by an older version) is hashed here.
 *
 * @example
 * await storedCopy(store, reviewId, bytes); // 'records/pubmed.nbib', or undefined
 */
export async function storedCopy(store: Store, reviewId: string, bytes: Uint8Array): Promise<string | undefined> {
  const wanted = contentDigest(bytes);
  const rows = await store.db
    .selectFrom('review_files')
    .select(['path', 'digest'])
    .where('review_id', '=', reviewId)
    .where('path', 'like', 'records/%')
    .orderBy('path')
    .execute();
  for (const row of rows) {
    let digest = row.digest;
    if (digest === null) {
      const file = await store.db
        .selectFrom('review_files')
        .select(['content', 'encoding'])
        .where('review_id', '=', reviewId)
        .where('path', '=', row.path)
        .executeTakeFirstOrThrow();
      digest = contentDigest(file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content);
    }
    if (digest === wanted) return row.path;
  }
  return undefined;
}

/** Text as UTF-8 when it is valid UTF-8 (not gzip), else base64, so that the bytes come back unchanged. */
function encoded(content: Uint8Array | string): { content: string; encoding: 'utf8' | 'base64' } {
  if (typeof content === 'string') return { content, encoding: 'utf8' };
  const gzip = content[0] === 0x1f && content[1] === 0x8b;
  if (!gzip) {
    try {
      return { content: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content), encoding: 'utf8' };
    } catch {
      // not UTF-8: kept as bytes below
    }
  }
  return { content: Buffer.from(content).toString('base64'), encoding: 'base64' };
}

/** Today as YYYY-MM-DD, in UTC, by the app's clock. */
export const today = (clock: () => Date): string => clock().toISOString().slice(0, 10);
