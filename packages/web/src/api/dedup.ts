/**
 * Duplicates as the server gives them (packages/server/src/routes/dedup.ts): a run, the groups with their members,
 * and a person's decisions on them. One function per request.
 */
import { get, patch, post, seg } from './client';
import type { Job } from './imports';
import type { RecordSummary, StoredRecord } from './records';

export const DEDUP_STATUSES = ['proposed', 'confirmed', 'rejected'] as const;
export type DedupStatus = (typeof DEDUP_STATUSES)[number];

/** A group with its members as record summaries. `evidence` is what made it (see duplicates/evidence.ts). */
export interface DedupGroupView {
  id: string;
  kept: string;
  status: DedupStatus;
  version: number;
  evidence: unknown;
  members: RecordSummary[];
}

/** What a run of deduplication did (the answer, or a job's result above the server's limit). */
export interface DedupRun {
  records: number;
  proposed: number;
  skipped: number;
  removed: number;
  uncertain: number;
}

const base = (reviewId: string) => `/api/reviews/${seg(reviewId)}`;

/** Starts a run: the result at once, or a job to follow for large reviews. */
export const runDedup = (reviewId: string) => post<DedupRun | { job: Job }>(`${base(reviewId)}/dedup`);

export const listGroups = (reviewId: string) =>
  get<{ groups: DedupGroupView[] }>(`${base(reviewId)}/dedup-groups`).then((r) => r.groups);

export const decideGroup = (reviewId: string, group: DedupGroupView, change: { status: DedupStatus; kept?: string }) =>
  patch<DedupGroupView>(`${base(reviewId)}/dedup-groups/${seg(group.id)}`, { version: group.version, ...change });

export const splitGroup = (reviewId: string, group: DedupGroupView, recordIds: string[]) =>
  post<{ group: DedupGroupView | null; split: DedupGroupView | null }>(
    `${base(reviewId)}/dedup-groups/${seg(group.id)}/split`,
    { version: group.version, recordIds },
  );

export const mergeRecords = (reviewId: string, recordIds: string[], kept: string) =>
  post<DedupGroupView>(`${base(reviewId)}/dedup-groups`, { recordIds, kept });

/** One record in full (the group's summaries lack volume, issue and pages). */
export const readRecord = (reviewId: string, recordId: string) =>
  get<StoredRecord>(`${base(reviewId)}/records/${seg(recordId)}`);
