/**
 * A stored review back out as a review folder. Each review file whose part is unchanged since the import is written
 * as its original text (comments, quoting and layout included); a changed one is written from the parts. Records
 * files and any other file come back as they were stored.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { folderInMemory, type LoadOptions, type LoadResult, loadReviewFrom, writeReviewFiles } from '@evidens/review';
import type { Store } from '../open-store.js';
import { fileData } from './folder-files.js';
import { digestOf, isReviewFile, partsFromStore } from './store-parts.js';

/**
 * The files of the review's folder, by path ('/'-separated), sorted: text, or bytes for a binary file.
 *
 * @example
 * const files = await exportFiles(store, reviewId);
 * [...files.keys()]; // ['README.md', 'data.yaml', 'grade.yaml', 'records/pubmed.jsonl', 'review.yaml', …]
 */
export async function exportFiles(store: Store, reviewId: string): Promise<Map<string, string | Uint8Array>> {
  const { parts, files } = await store.transaction((trx) => partsFromStore(trx, reviewId));
  const written = writeReviewFiles(parts);
  const out = new Map<string, string | Uint8Array>();
  for (const file of files) {
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
  const files = await exportFiles(store, reviewId);
  // The loader lists record files but does not read them, so a binary one is there as a name with no text.
  const texts = new Map([...files].map(([path, data]) => [path, typeof data === 'string' ? data : '']));
  return loadReviewFrom(folderInMemory(`review ${reviewId}`, texts), options);
}
