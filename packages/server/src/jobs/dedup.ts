/**
 * A deduplication run over a review's records with @evidens/biblio's `deduplicate`: its duplicate groups become the
 * review's proposed groups (each with the pairs and evidence that joined it), replacing the earlier proposals.
 */
import { type BibRecord, deduplicate } from '@evidens/biblio';
import { fromJson, replaceProposedGroups, type Store } from '@evidens/store';
import type { Report } from './run-job.js';

/** Above this many records a run is a job; at or below it the request waits for the answer. */
export const DEDUP_SYNC_LIMIT = 2000;

export interface DedupRunResult {
  /** Records compared. */
  records: number;
  /** Groups proposed now. */
  proposed: number;
  /** Groups found but left out because a person already confirmed or rejected a group with one of their records. */
  skipped: number;
  /** Earlier proposals replaced. */
  removed: number;
  /** Pairs in the grey zone, for a person (not proposed as groups). */
  uncertain: number;
}

export async function countRecords(store: Store, reviewId: string): Promise<number> {
  const { n } = await store.db
    .selectFrom('records')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('review_id', '=', reviewId)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Reads every record, deduplicates, and stores the proposals. */
export async function runDedup(store: Store, reviewId: string, actor: string, report: Report): Promise<DedupRunResult> {
  report(0, 'reading the records');
  const rows = await store.db
    .selectFrom('records')
    .select(['id', 'data'])
    .where('review_id', '=', reviewId)
    .orderBy('file')
    .orderBy('position')
    .orderBy('id')
    .execute();
  // The stored id is the one screening uses; a record's own id may differ after an import renamed nothing, but be sure.
  const records = rows.map((r) => ({ ...fromJson<BibRecord>(r.data, `record ${r.id}`), id: r.id }));
  report(0.2, `comparing ${records.length} records`);
  const result = deduplicate(records);
  report(0.8, `storing ${result.groups.length} groups`);
  const proposals = result.groups.map((g) => ({
    kept: g.ids[0],
    ids: g.ids,
    evidence: {
      score: g.score,
      pairs: g.pairs.map((p) => ({
        ids: p.ids,
        score: p.score,
        evidence: p.evidence,
        ...(p.note ? { note: p.note } : {}),
      })),
    },
  }));
  const stored = await replaceProposedGroups(store, reviewId, proposals, actor);
  return { records: records.length, ...stored, uncertain: result.uncertain.length };
}
