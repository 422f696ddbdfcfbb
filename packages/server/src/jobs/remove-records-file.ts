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
import { audit, fromJson, notFound, now, toJson } from '@evidens/store';
import type { Transaction } from 'kysely';
import { ApiError } from '../errors.js';
import type { ProtocolSearch } from './record-files.js';

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
    const review = await trx
      .selectFrom('reviews')
      .select(['protocol', 'version'])
      .where('id', '=', reviewId)
      .executeTakeFirst();
    if (!review) throw notFound(`review ${reviewId}`);
    const file = await trx
      .selectFrom('review_files')
      .select(['path', 'content', 'encoding'])
      .where('review_id', '=', reviewId)
      .where('path', '=', path)
      .executeTakeFirst();
    if (!file || !path.startsWith('records/')) throw notFound(`records file ${path} in this review`);
    const ids = (
      await trx.selectFrom('records').select('id').where('review_id', '=', reviewId).where('file', '=', path).execute()
    ).map((r) => r.id);
    const used = await inUse(trx, reviewId, ids);
    if (used.decisions > 0 || used.confirmedGroups > 0 || used.studies.length > 0)
      throw new ApiError(409, 'in_use', inUseMessage(path, used), used);

    let groups = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const some = ids.slice(i, i + 500);
      const touched = await trx
        .selectFrom('dedup_members')
        .select('group_id')
        .distinct()
        .where('review_id', '=', reviewId)
        .where('record_id', 'in', some)
        .execute();
      const groupIds = touched.map((g) => g.group_id);
      if (groupIds.length === 0) continue;
      await trx
        .deleteFrom('dedup_members')
        .where('review_id', '=', reviewId)
        .where('group_id', 'in', groupIds)
        .execute();
      await trx.deleteFrom('dedup_groups').where('review_id', '=', reviewId).where('id', 'in', groupIds).execute();
      groups += groupIds.length;
    }
    await trx.deleteFrom('records').where('review_id', '=', reviewId).where('file', '=', path).execute();
    await trx.deleteFrom('review_files').where('review_id', '=', reviewId).where('path', '=', path).execute();

    const protocol = fromJson<Record<string, unknown>>(review.protocol, 'the protocol');
    const before = Array.isArray(protocol.searches) ? (protocol.searches as ProtocolSearch[]) : [];
    const search = before.find((s) => Array.isArray(s.records) && s.records.includes(path));
    let searchRemoved = false;
    let searches = before;
    if (search) {
      const rest = search.records.filter((r) => r !== path);
      if (rest.length === 0) {
        searches = before.filter((s) => s !== search);
        searchRemoved = true;
      } else {
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
    await trx
      .updateTable('reviews')
      .set({ protocol: toJson({ ...protocol, searches }), version: review.version + 1, updated_at: now() })
      .where('id', '=', reviewId)
      .execute();
    const entry = { reviewId, actor: input.actor, entityId: reviewId };
    await audit(trx, {
      ...entry,
      action: 'delete',
      entity: 'records',
      before: { file: path, encoding: file.encoding, content: file.content, records: ids },
      after: { file: path, records: 0, groups },
    });
    await audit(trx, {
      ...entry,
      action: 'update',
      entity: 'protocol',
      before: { searches: before },
      after: { searches },
    });
    return { file: path, records: ids.length, searchId: search?.id ?? null, searchRemoved, groups };
  });
}

async function inUse(trx: Transaction<Database>, reviewId: string, ids: readonly string[]): Promise<InUse> {
  const wanted = new Set(ids);
  let decisions = 0;
  let confirmedGroups = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const some = ids.slice(i, i + 500);
    const d = await trx
      .selectFrom('screening_decisions')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('review_id', '=', reviewId)
      .where('record_id', 'in', some)
      .executeTakeFirstOrThrow();
    decisions += Number(d.n);
    const g = await trx
      .selectFrom('dedup_members')
      .innerJoin('dedup_groups', 'dedup_groups.id', 'dedup_members.group_id')
      .select('dedup_groups.id')
      .distinct()
      .where('dedup_members.review_id', '=', reviewId)
      .where('dedup_groups.status', '=', 'confirmed')
      .where('dedup_members.record_id', 'in', some)
      .execute();
    confirmedGroups += g.length;
  }
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
  return { decisions, confirmedGroups, studies };
}

/** "records/x.ris cannot be removed: its records have 3 screening decisions and study s1 refers to them". */
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
