/**
 * A review folder into the store, in one transaction: the review, the files as they were (so an unchanged part
 * exports byte for byte), the items of the YAML lists, the screening decisions and the records.
 */
import { type FolderSource, loadReviewFrom, type ReviewIssue, readRawParts } from '@evidens/review';
import type { Kysely } from 'kysely';
import { audit } from '../audit.js';
import { StoreError } from '../errors.js';
import { newId, now } from '../ids.js';
import { toJson } from '../json.js';
import { insertMember } from '../memberships.js';
import type { Store } from '../open-store.js';
import { insertRecords } from '../records.js';
import { titleOf } from '../reviews.js';
import { type Database, DEFAULT_SETTINGS, type ReviewSettings } from '../schema.js';
import { contentDigest, readFolderFiles } from './folder-files.js';
import { folderRecords } from './folder-records.js';
import { decisionRows } from './screening-rows.js';
import { digestOf, isReviewFile, LIST_TABLES, partsFromStore } from './store-parts.js';

export interface ImportFolderOptions {
  /** Who imports; goes into the audit log. */
  actor: string;
  /** The new review's id (default: a new one). A review with this id already there is an 'exists' error. */
  id?: string;
  /** Team mode: the user who becomes the review's owner, in the same transaction. */
  owner?: string;
  /** The review's settings (default: DEFAULT_SETTINGS). */
  settings?: ReviewSettings;
}

/** The review made, and the warnings found reading the folder (errors refuse the import). */
export interface ImportFolderResult {
  reviewId: string;
  issues: ReviewIssue[];
}

/**
 * Imports a review folder (a directory, or a source in memory) as a new review. The folder is validated as
 * `loadReviewFrom` does; with any error nothing is stored and StoreError 'invalid' carries the issues. Otherwise
 * everything lands in one transaction with one audit entry.
 *
 * @example
 * const { reviewId, issues } = await importFolder(store, 'examples/magnesium-leg-cramps', { actor: 'local' });
 * issues; // [] (warnings, if any)
 */
export async function importFolder(
  store: Store,
  source: FolderSource | string,
  options: ImportFolderOptions,
): Promise<ImportFolderResult> {
  const { source: folder, files } = await readFolderFiles(source);
  const raw = await readRawParts(folder);
  const loaded = await loadReviewFrom(folder);
  const issues = [...loaded.issues];
  for (const issue of raw.issues) if (!issues.some((i) => i.message === issue.message)) issues.push(issue);
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0 || raw.parts.protocol === undefined) {
    throw new StoreError(
      'invalid',
      `the folder ${folder.name} has ${errors.length} error${errors.length === 1 ? '' : 's'}; the first: ${errors[0]?.message ?? 'no review.yaml'}`,
      errors,
    );
  }
  const { parts } = raw;
  const protocol = parts.protocol as Record<string, unknown>;
  const records = await folderRecords(files, protocol, issues);
  const reviewId = options.id ?? newId();
  const at = now();

  await store.transaction(async (trx) => {
    const existing = await trx.selectFrom('reviews').select('id').where('id', '=', reviewId).executeTakeFirst();
    if (existing) throw new StoreError('exists', `there is already a review ${reviewId}`);
    await trx
      .insertInto('reviews')
      .values({
        id: reviewId,
        title: titleOf(protocol),
        protocol: toJson(protocol),
        settings: toJson(options.settings ?? DEFAULT_SETTINGS),
        extras: toJson(parts.extra),
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    if (options.owner)
      await insertMember(trx, { reviewId, userId: options.owner, role: 'owner' }, options.actor, new Date());
    for (const file of Object.keys(LIST_TABLES) as (keyof typeof LIST_TABLES)[]) {
      const { table, part } = LIST_TABLES[file];
      await insertItems(trx, table, reviewId, parts[part], at, part);
    }
    const decisions = decisionRows(reviewId, parts.screening, at, issues);
    // 13 columns a row: 1,000 rows stay well under either database's limit on bound parameters.
    for (let i = 0; i < decisions.length; i += 1000) {
      await trx
        .insertInto('screening_decisions')
        .values(decisions.slice(i, i + 1000))
        .execute();
    }
    const counts = await insertRecords(trx, reviewId, records);
    if (counts.skipped > 0) {
      issues.push({
        code: 'duplicate_id',
        severity: 'warning',
        file: 'records',
        path: '',
        message: `records: ${counts.skipped} record${counts.skipped === 1 ? ' has' : 's have'} the id of an earlier record; the earlier is kept`,
      });
    }
    // The digests come from the parts as stored, so that an export of the unchanged review finds them equal.
    const stored = (await partsFromStore(trx, reviewId)).parts;
    for (const file of files) {
      await trx
        .insertInto('review_files')
        .values({
          review_id: reviewId,
          path: file.path,
          content: file.content,
          encoding: file.encoding,
          digest: isReviewFile(file.path)
            ? digestOf(file.path, stored)
            : file.path.startsWith('records/')
              ? contentDigest(file.data)
              : null,
        })
        .execute();
    }
    await audit(trx, {
      reviewId,
      actor: options.actor,
      action: 'import',
      entity: 'review',
      entityId: reviewId,
      after: {
        folder: folder.name,
        files: files.length,
        studies: parts.studies.length,
        data: parts.data.length,
        rob: parts.rob.length,
        grade: parts.grade.length,
        screening: decisions.length,
        records: counts,
      },
    });
  });
  return { reviewId, issues };
}

/**
 * The items of one list, position = list order. Studies keep their study id and grade entries their analysis id;
 * data and RoB items (and any item whose id is missing or taken) get a generated one.
 */
async function insertItems(
  db: Kysely<Database>,
  table: (typeof LIST_TABLES)[keyof typeof LIST_TABLES]['table'],
  reviewId: string,
  items: readonly unknown[],
  at: string,
  part: string,
): Promise<void> {
  const key = part === 'studies' ? 'id' : part === 'grade' ? 'analysis' : undefined;
  const used = new Set<string>();
  const rows = items.map((item, position) => {
    const own = key && item && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
    const id = typeof own === 'string' && own !== '' && !used.has(own) ? own : newId();
    used.add(id);
    return { review_id: reviewId, id, position, doc: toJson(item), version: 1, updated_at: at };
  });
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + 1000))
      .execute();
}
