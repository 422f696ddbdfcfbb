/**
 * Taking a records file back out of a review, for an import made by mistake (the wrong export, a file attached to the
 * wrong search): the file, its records and their place in the protocol's searches go, in one transaction with the
 * review's version moved on and the audit log told (the file's bytes and its records' ids are kept there).
 *
 * Only while nothing rests on its records: no screening decision, no confirmed duplicate group, no study's
 * reference names one; otherwise the answer lists what does, and nothing changes. A proposed or rejected duplicate
 * group with one of the records goes with them (deduplication proposes afresh from what is left). The search goes too
 * when the file was its only one; when it keeps other files, its hits are lowered by the file's records if they were
 * counted from the records stored (hits equal to records stored), and left as given otherwise (a database's count).
 */
import type { Database, Store } from '@evidens/store';
import { audit, fromJson, notFound } from '@evidens/store';
import type { SelectQueryBuilder, Transaction } from 'kysely';
import { ApiError } from '../errors.js';
import { reviewSearches, saveSearches } from './record-files.js';

export interface RemovedFile {
  file: string;
  /** Records taken out. */
  records: number;
  /** The search the file belonged to, and whether it went too (it had no other file). */
  searchId: string | null;
  searchRemoved: boolean;
  /** Proposed or rejected duplicate groups that went with the records. */
  groups: number;
}

/** What keeps a file in the review: counts of what rests on its records. */
interface InUse {
  decisions: number;
  confirmedGroups: number;
  studies: string[];
}

/**
 * Removes the records file `path` (records/NAME) from the review, or refuses (409 in_use) naming what rests on it.
 *
 * @example
 * await removeRecordsFile(store, { reviewId, actor: 'local', path: 'records/embase.ris' });
 * // { file: 'records/embase.ris', records: 412, searchId: 'embase', searchRemoved: true, groups: 3 }
 */
export async function removeRecordsFile(
  store: Store,
  input: { reviewId: string; actor: string; path: string },
): Promise<RemovedFile> {
  const { reviewId, path } = input;
  return store.transaction(async (trx) => {
    const review = await reviewSearches(trx, reviewId);
    const file = await trx
      .selectFrom('review_files')
      .select(['content', 'encoding'])
      .where('review_id', '=', reviewId)
      .where('path', '=', path)
      .executeTakeFirst();
    if (!file || !path.startsWith('records/')) throw notFound(`records file ${path} in this review`);
    // The file's records, as a subquery wherever they are looked for.
    const ofFile = trx.selectFrom('records').select('id').where('review_id', '=', reviewId).where('file', '=', path);
    const ids = (await ofFile.execute()).map((r) => r.id);
    const used = await inUse(trx, reviewId, ofFile, ids);
    if (used.decisions > 0 || used.confirmedGroups > 0 || used.studies.length > 0)
      throw new ApiError(409, 'in_use', inUseMessage(path, used), used);

    const groups = trx
      .selectFrom('dedup_members')
      .select('group_id')
      .where('review_id', '=', reviewId)
      .where('record_id', 'in', ofFile);
    const groupCount = (await groups.distinct().execute()).length;
    // The groups first, then the members left without a group: no list of ids, however many records the file has.
    await trx.deleteFrom('dedup_groups').where('review_id', '=', reviewId).where('id', 'in', groups).execute();
    await trx
      .deleteFrom('dedup_members')
      .where('review_id', '=', reviewId)
      .where('group_id', 'not in', trx.selectFrom('dedup_groups').select('id').where('review_id', '=', reviewId))
      .execute();
    await trx.deleteFrom('records').where('review_id', '=', reviewId).where('file', '=', path).execute();
    await trx.deleteFrom('review_files').where('review_id', '=', reviewId).where('path', '=', path).execute();

    const before = review.searches;
    const search = before.find((s) => Array.isArray(s.records) && s.records.includes(path));
    let searches = before;
    if (search) {
      const rest = search.records.filter((r) => r !== path);
      if (rest.length === 0) searches = before.filter((s) => s !== search);
      else {
        const stored = await trx
          .selectFrom('records')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('review_id', '=', reviewId)
          .where('search_id', '=', search.id)
          .executeTakeFirstOrThrow();
        // Hits that were the records stored (citation searching counts what it adds) follow them down.
        const countedFromRecords = Number(search.hits) === Number(stored.n) + ids.length;
        const hits = countedFromRecords ? Number(stored.n) : search.hits;
        searches = before.map((s) => (s === search ? { ...s, records: rest, hits } : s));
      }
    }
    await audit(trx, {
      reviewId,
      actor: input.actor,
      entityId: reviewId,
      action: 'delete',
      entity: 'records',
      before: { file: path, encoding: file.encoding, content: file.content, records: ids },
      after: { file: path, records: 0, groups: groupCount },
    });
    await saveSearches(trx, review, searches, input.actor);
    const searchRemoved = search !== undefined && !searches.some((s) => s.id === search.id);
    return { file: path, records: ids.length, searchId: search?.id ?? null, searchRemoved, groups: groupCount };
  });
}

/** What rests on the file's records (`ofFile`, their ids `ids`). */
async function inUse(
  trx: Transaction<Database>,
  reviewId: string,
  ofFile: SelectQueryBuilder<Database, 'records', { id: string }>,
  ids: readonly string[],
): Promise<InUse> {
  const decisions = await trx
    .selectFrom('screening_decisions')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('review_id', '=', reviewId)
    .where('record_id', 'in', ofFile)
    .executeTakeFirstOrThrow();
  const confirmed = await trx
    .selectFrom('dedup_members')
    .innerJoin('dedup_groups', 'dedup_groups.id', 'dedup_members.group_id')
    .select('dedup_groups.id')
    .distinct()
    .where('dedup_members.review_id', '=', reviewId)
    .where('dedup_groups.status', '=', 'confirmed')
    .where('dedup_members.record_id', 'in', ofFile)
    .execute();
  const wanted = new Set(ids);
  const studies = (
    await trx.selectFrom('studies').select(['id', 'doc']).where('review_id', '=', reviewId).orderBy('id').execute()
  )
    .filter((row) => {
      const doc = fromJson<{ references?: { records?: unknown }[] }>(row.doc, `study ${row.id}`);
      return (Array.isArray(doc.references) ? doc.references : []).some(
        (ref) => Array.isArray(ref?.records) && ref.records.some((r) => typeof r === 'string' && wanted.has(r)),
      );
    })
    .map((row) => row.id);
  return { decisions: Number(decisions.n), confirmedGroups: confirmed.length, studies };
}

/** "records/x.ris cannot be removed while the review has 3 screening decisions on its records, study s1 referring to them". */
function inUseMessage(path: string, used: InUse): string {
  const parts: string[] = [];
  if (used.decisions > 0)
    parts.push(`${used.decisions} screening decision${used.decisions === 1 ? '' : 's'} on its records`);
  if (used.confirmedGroups > 0)
    parts.push(`${used.confirmedGroups} confirmed duplicate group${used.confirmedGroups === 1 ? '' : 's'} with them`);
  if (used.studies.length > 0)
    parts.push(`${used.studies.length === 1 ? 'study' : 'studies'} ${used.studies.join(', ')} referring to them`);
  return `${path} cannot be removed while the review has ${parts.join(', ')}`;
}
