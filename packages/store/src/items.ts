/**
 * The list items of studies.yaml, data.yaml, rob.yaml and grade.yaml, one row each, kept raw (as the folder has them)
 * and checked with the review package's own validation before they are written. A study is keyed by its id, a GRADE
 * entry by the analysis it grades, an outcome-data entry and a RoB assessment by a generated id. Each write names the
 * version it read, and lands in one transaction with its audit entry.
 */
import { type ItemKind, validateItem } from '@evidens/review';
import type { Kysely } from 'kysely';
import { audit } from './audit.js';
import { notFound, StoreError, versionConflict } from './errors.js';
import { newId, now } from './ids.js';
import { fromJson, toJson } from './json.js';
import type { Store } from './open-store.js';
import { invalid, touchReview, type WriteOptions } from './reviews.js';
import type { Database, ItemTable } from './schema.js';

/** The item collections, by their name in the API. */
export const ITEM_COLLECTIONS = ['studies', 'data', 'rob', 'grade'] as const;
export type ItemCollection = (typeof ITEM_COLLECTIONS)[number];

const COLLECTION: Record<ItemCollection, { table: ItemTable; kind: Exclude<ItemKind, 'protocol' | 'screening'> }> = {
  studies: { table: 'studies', kind: 'study' },
  data: { table: 'outcome_data', kind: 'data' },
  rob: { table: 'rob_assessments', kind: 'rob' },
  grade: { table: 'grade_entries', kind: 'grade' },
};

/** An item as the store holds it. */
export interface StoredItem {
  id: string;
  version: number;
  /** 0-based order in its file. */
  position: number;
  /** The raw item. */
  doc: unknown;
}

/** The id an item is kept under: the study's id, the graded analysis, or a new id. */
function idOf(collection: ItemCollection, value: unknown): string {
  if (collection === 'studies') return (value as { id: string }).id;
  if (collection === 'grade') return (value as { analysis: string }).analysis;
  return newId();
}

/** Validates a raw item; throws StoreError 'invalid' naming the first problem's field. */
function check(collection: ItemCollection, doc: unknown): unknown {
  const result = validateItem(COLLECTION[collection].kind, doc);
  if (!result.ok) throw invalid(result.issues);
  return result.value;
}

const what = (collection: ItemCollection, id: string) => `${COLLECTION[collection].kind} ${id}`;

async function find(
  db: Kysely<Database>,
  reviewId: string,
  collection: ItemCollection,
  id: string,
): Promise<StoredItem | undefined> {
  const row = await db
    .selectFrom(COLLECTION[collection].table)
    .select(['id', 'version', 'position', 'doc'])
    .where('review_id', '=', reviewId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { ...row, doc: fromJson(row.doc, `${what(collection, id)}`) };
}

/** Every item of a collection, in file order. */
export async function listItems(store: Store, reviewId: string, collection: ItemCollection): Promise<StoredItem[]> {
  const rows = await store.db
    .selectFrom(COLLECTION[collection].table)
    .select(['id', 'version', 'position', 'doc'])
    .where('review_id', '=', reviewId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, doc: fromJson(row.doc, what(collection, row.id)) }));
}

/** One item; StoreError 'not_found' when the review has none with that id. */
export async function getItem(
  store: Store,
  reviewId: string,
  collection: ItemCollection,
  id: string,
): Promise<StoredItem> {
  const item = await find(store.db, reviewId, collection, id);
  if (!item) throw notFound(what(collection, id));
  return item;
}

/**
 * Adds an item at the end of its file. A second study with the same id, or a second GRADE entry for the same
 * analysis, is StoreError 'exists'.
 * @example
 * const item = await createItem(store, reviewId, 'grade', { analysis: 'cramps-md' }, { actor: 'local' });
 * item; // { id: 'cramps-md', version: 1, position: 0, doc: { analysis: 'cramps-md' } }
 */
export async function createItem(
  store: Store,
  reviewId: string,
  collection: ItemCollection,
  doc: unknown,
  options: WriteOptions,
): Promise<StoredItem> {
  const id = idOf(collection, check(collection, doc));
  const { table } = COLLECTION[collection];
  return store.transaction(async (trx) => {
    const review = await trx.selectFrom('reviews').select('id').where('id', '=', reviewId).executeTakeFirst();
    if (!review) throw notFound(`review ${reviewId}`);
    if (await find(trx, reviewId, collection, id))
      throw new StoreError('exists', `there is already a ${what(collection, id)} in this review`);
    const last = await trx
      .selectFrom(table)
      .select((eb) => eb.fn.max('position').as('max'))
      .where('review_id', '=', reviewId)
      .executeTakeFirst();
    const position = last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1;
    await trx
      .insertInto(table)
      .values({ review_id: reviewId, id, position, doc: toJson(doc), version: 1, updated_at: now() })
      .execute();
    await audit(trx, {
      reviewId,
      actor: options.actor,
      action: 'create',
      entity: COLLECTION[collection].kind,
      entityId: id,
      after: doc,
    });
    await touchReview(trx, reviewId);
    return { id, version: 1, position, doc };
  });
}

/** Loads the item to change and checks the version the writer read; a stale one gives the current item. */
async function current(
  db: Kysely<Database>,
  reviewId: string,
  collection: ItemCollection,
  id: string,
  expectedVersion: number,
): Promise<StoredItem> {
  const item = await find(db, reviewId, collection, id);
  if (!item) throw notFound(what(collection, id));
  if (item.version !== expectedVersion) throw versionConflict(what(collection, id), item);
  return item;
}

/** A study keeps its id and a GRADE entry its analysis: other files refer to them. */
function keepsId(collection: ItemCollection, id: string, value: unknown): void {
  if (collection !== 'studies' && collection !== 'grade') return;
  const field = collection === 'studies' ? 'id' : 'analysis';
  const given = idOf(collection, value);
  if (given !== id)
    throw invalid([{ code: 'invalid_value', path: field, message: `${field} must stay ${id} (got ${given})` }]);
}

/**
 * Replaces an item's doc, if it is still at `expectedVersion`. The doc must keep the item's id (a study's id, a
 * GRADE entry's analysis): other files refer to it.
 */
export async function updateItem(
  store: Store,
  reviewId: string,
  collection: ItemCollection,
  id: string,
  expectedVersion: number,
  doc: unknown,
  options: WriteOptions,
): Promise<StoredItem> {
  const value = check(collection, doc);
  return store.transaction(async (trx) => {
    const before = await current(trx, reviewId, collection, id, expectedVersion);
    keepsId(collection, id, value);
    const result = await trx
      .updateTable(COLLECTION[collection].table)
      .set({ doc: toJson(doc), version: before.version + 1, updated_at: now() })
      .where('review_id', '=', reviewId)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) await current(trx, reviewId, collection, id, expectedVersion);
    await audit(trx, {
      reviewId,
      actor: options.actor,
      action: 'update',
      entity: COLLECTION[collection].kind,
      entityId: id,
      before: before.doc,
      after: doc,
    });
    await touchReview(trx, reviewId);
    return { ...before, version: before.version + 1, doc };
  });
}

/** Deletes an item, if it is still at `expectedVersion`. */
export async function deleteItem(
  store: Store,
  reviewId: string,
  collection: ItemCollection,
  id: string,
  expectedVersion: number,
  options: WriteOptions,
): Promise<void> {
  await store.transaction(async (trx) => {
    const before = await current(trx, reviewId, collection, id, expectedVersion);
    const result = await trx
      .deleteFrom(COLLECTION[collection].table)
      .where('review_id', '=', reviewId)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) !== 1) await current(trx, reviewId, collection, id, expectedVersion);
    await audit(trx, {
      reviewId,
      actor: options.actor,
      action: 'delete',
      entity: COLLECTION[collection].kind,
      entityId: id,
      before: before.doc,
    });
    await touchReview(trx, reviewId);
  });
}
