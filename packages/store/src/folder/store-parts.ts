/**
 * A stored review as the raw parts of a review folder, and the digest that tells whether a file's part is still what
 * was imported. Import and export both go through here, so the digest an import stores is the one an unchanged
 * review gives on export.
 */
import { type ListFile, type RawReviewParts, REVIEW_FILES, type ReviewFile } from '@evidens/review';
import type { Kysely } from 'kysely';
import { notFound } from '../errors.js';
import { canonicalJson, fromJson } from '../json.js';
import type { Database, ItemTable, ReviewFilesTable } from '../schema.js';
import { csvRow, SCREENING_COLUMNS } from './screening-rows.js';

/** The item table of each list file, and the field of the raw parts that holds its items. */
export const LIST_TABLES: Record<ListFile, { table: ItemTable; part: 'studies' | 'data' | 'rob' | 'grade' }> = {
  'studies.yaml': { table: 'studies', part: 'studies' },
  'data.yaml': { table: 'outcome_data', part: 'data' },
  'rob.yaml': { table: 'rob_assessments', part: 'rob' },
  'grade.yaml': { table: 'grade_entries', part: 'grade' },
};

/** Whether a path is one of the review files, whose text is rebuilt from the parts when they change. */
export const isReviewFile = (path: string): path is ReviewFile => (REVIEW_FILES as readonly string[]).includes(path);

/**
 * The content of a review file's part as canonical JSON: the protocol for review.yaml, the header and rows for
 * screening.csv, the items and other top-level fields for a list file.
 */
export function digestOf(file: ReviewFile, parts: RawReviewParts): string {
  if (file === 'review.yaml') return canonicalJson(parts.protocol ?? null);
  if (file === 'screening.csv') return canonicalJson({ columns: parts.screeningColumns, rows: parts.screening });
  return canonicalJson({ items: parts[LIST_TABLES[file].part], extra: parts.extra[file] ?? null });
}

/** The stored review as raw parts (items and decisions by position), and the files it was imported from. */
export async function partsFromStore(
  db: Kysely<Database>,
  reviewId: string,
): Promise<{ parts: RawReviewParts; files: ReviewFilesTable[] }> {
  const review = await db
    .selectFrom('reviews')
    .select(['protocol', 'extras'])
    .where('id', '=', reviewId)
    .executeTakeFirst();
  if (!review) throw notFound(`review ${reviewId}`);
  const files = await db
    .selectFrom('review_files')
    .selectAll()
    .where('review_id', '=', reviewId)
    .orderBy('path')
    .execute();
  const items = async (table: ItemTable) =>
    (
      await db
        .selectFrom(table)
        .select(['id', 'doc'])
        .where('review_id', '=', reviewId)
        .orderBy('position')
        .orderBy('id')
        .execute()
    ).map((row) => fromJson<unknown>(row.doc, `${table} ${row.id}`));
  const decisions = await db
    .selectFrom('screening_decisions')
    .select(['id', 'record_id', 'reviewer', 'stage', 'decision', 'reason', 'time', 'source', 'raw'])
    .where('review_id', '=', reviewId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const screening = decisions.map(csvRow);
  const csvFile = files.find((file) => file.path === 'screening.csv');
  const parts: RawReviewParts = {
    protocol: fromJson<Record<string, unknown>>(review.protocol, `review ${reviewId} protocol`),
    studies: await items('studies'),
    data: await items('outcome_data'),
    rob: await items('rob_assessments'),
    grade: await items('grade_entries'),
    screening,
    screeningColumns: csvFile ? storedColumns(csvFile) : screening.length > 0 ? [...SCREENING_COLUMNS] : [],
    extra: fromJson<RawReviewParts['extra']>(review.extras, `review ${reviewId} extras`),
    present: REVIEW_FILES.filter((file) => files.some((f) => f.path === file)),
  };
  return { parts, files };
}

/** The header screening.csv had, from its digest; a file stored without one has the format's columns. */
function storedColumns(file: ReviewFilesTable): string[] {
  const columns = file.digest === null ? undefined : fromJson<{ columns?: unknown }>(file.digest, 'a digest').columns;
  return Array.isArray(columns) ? columns : [...SCREENING_COLUMNS];
}
