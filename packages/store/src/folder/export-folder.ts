/**
 * A stored review back out as a review folder. Each review file whose part is unchanged since the import is written
 * as its original text (comments, quoting and layout included); a changed one is written from the parts. Records
 * files and any other file come back as they were stored; record-ids.csv lists the records whose ids the folder's
 * files alone would not give (see record-ids.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { folderInMemory, type LoadOptions, type LoadResult, loadReviewFrom, writeReviewFiles } from '@evidens/review';
import type { Store } from '../open-store.js';
import { RECORD_IDS_FILE, recordIdsCsv } from '../record-ids.js';
import { storedRecordIds } from '../records.js';
import { fileData } from './folder-files.js';
import { digestOf, isReviewFile, partsFromStore } from './store-parts.js';

/**
 * The files of the review's folder, by path ('/'-separated), sorted: text, or bytes for a binary file.
 *
 * @example
 * const files = await exportFiles(store, reviewId);
 * [...files.keys()]; // ['README.md', 'data.yaml', 'grade.yaml', 'records/pubmed.jsonl', 'review.yaml', …]
 */
export function exportFiles(store: Store, reviewId: string): Promise<Map<string, string | Uint8Array>> {
  return folderFiles(store, reviewId, true);
}

/** The folder's files; record-ids.csv only `withRecordIds` (it reads every record's id). */
async function folderFiles(
  store: Store,
  reviewId: string,
  withRecordIds: boolean,
): Promise<Map<string, string | Uint8Array>> {
  const { parts, files, ids } = await store.transaction(async (trx) => ({
    ...(await partsFromStore(trx, reviewId)),
    ids: withRecordIds ? recordIdsCsv(await storedRecordIds(trx, reviewId)) : undefined,
  }));
  const written = writeReviewFiles(parts);
  const out = new Map<string, string | Uint8Array>();
  // The listing of record ids is the store's, made afresh: the records decide it, not a copy imported earlier.
  if (ids !== undefined) out.set(RECORD_IDS_FILE, ids);
  for (const file of files) {
    if (file.path === RECORD_IDS_FILE) continue;
    if (!isReviewFile(file.path)) out.set(file.path, fileData(file));
    else if (file.digest === digestOf(file.path, parts)) out.set(file.path, fileData(file));
    else {
      const text = written.get(file.path);
      if (text !== undefined) out.set(file.path, text);
    }
  }
  // Files the review has now but did not have when imported (a first RoB assessment made in the workbench).
  for (const [path, text] of written) if (!out.has(path)) out.set(path, text);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Writes the review's folder into `dir` (made if missing). Files already in `dir` that the review does not have are
 * left alone.
 *
 * @example
 * await exportFolder(store, reviewId, 'out/magnesium'); // ['README.md', 'data.yaml', …]
 */
export async function exportFolder(store: Store, reviewId: string, dir: string): Promise<string[]> {
  const files = await exportFiles(store, reviewId);
  for (const [path, data] of files) {
    const target = join(dir, ...path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, data);
  }
  return [...files.keys()];
}

/**
 * The stored review as the review model, loaded and validated from its exported files as a folder would be.
 *
 * @example
 * const { review, issues } = await loadReviewFromStore(store, reviewId);
 * review.studies.length; // 6
 */
export async function loadReviewFromStore(
  store: Store,
  reviewId: string,
  options: LoadOptions = {},
): Promise<LoadResult> {
  // The loader reads neither records files nor record-ids.csv; it lists records files, so a binary one is there as
  // a name with no text.
  const files = await folderFiles(store, reviewId, false);
  const texts = new Map([...files].map(([path, data]) => [path, typeof data === 'string' ? data : '']));
  return loadReviewFrom(folderInMemory(`review ${reviewId}`, texts), options);
}
