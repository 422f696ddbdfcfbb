/**
 * Duplicates: running deduplication, the groups with their members, and a person's decisions on them (confirm,
 * reject, change the record kept, split a group, merge records by hand).
 */
import {
  DEDUP_STATUSES,
  type DedupGroup,
  type DedupStatus,
  decideDedupGroup,
  getRecord,
  listDedupGroups,
  mergeDuplicates,
  type Store,
  splitDedupGroup,
} from '@evidens/store';
import type { Hono } from 'hono';
import { z } from 'zod';
import { access } from '../access.js';
import type { Env } from '../env.js';
import { ApiError } from '../errors.js';
import { countRecords, DEDUP_SYNC_LIMIT, runDedup } from '../jobs/dedup.js';
import { param, runJob } from '../jobs/run-job.js';
import { api } from '../openapi.js';
import { recordSummary } from './records.js';

const version = z.number().int().min(1);
const decideBody = z.strictObject({
  version,
  status: z.enum(['confirmed', 'rejected', 'proposed']),
  kept: z.string().min(1).optional(),
});
const splitBody = z.strictObject({ version, recordIds: z.array(z.string().min(1)).min(1) });
const mergeBody = z.strictObject({ recordIds: z.array(z.string().min(1)).min(2), kept: z.string().min(1) });

/** A group with its members as record summaries, the kept one first. */
async function shown(store: Store, reviewId: string, group: DedupGroup) {
  const members = [];
  for (const id of group.members) {
    const stored = await getRecord(store.db, reviewId, id);
    if (stored) members.push(recordSummary(stored));
  }
  const { id, kept, status, version, evidence } = group;
  return { id, kept, status, version, evidence, members };
}

export function dedupRoutes(app: Hono<Env>): void {
  const path = '/api/reviews/:reviewId/dedup-groups';
  api(
    app,
    {
      method: 'post',
      path: '/api/reviews/:reviewId/dedup',
      summary: `Find duplicate records; replaces the proposed groups (a job above ${DEDUP_SYNC_LIMIT} records)`,
      tag: 'dedup',
      responses: { 200: '{records, proposed, skipped, removed, uncertain}', 202: '{job}' },
    },
    async (c) => {
      const reviewId = param(c, 'reviewId');
      const { user } = await access(c, reviewId, 'reviewer');
      const options = c.get('options');
      if ((await countRecords(options.store, reviewId)) <= DEDUP_SYNC_LIMIT)
        return c.json(await runDedup(options.store, reviewId, user.id, () => {}));
      const job = await runJob(options, { reviewId, kind: 'dedup', actor: user.id }, (report) =>
        runDedup(options.store, reviewId, user.id, report),
      );
      return c.json({ job }, 202);
    },
  );

  api(
    app,
    {
      method: 'get',
      path,
      summary: 'Duplicate groups, with their members',
      tag: 'dedup',
      query: { status: 'proposed, confirmed or rejected (default: all)' },
      responses: { 200: '{groups: [{id, kept, status, version, evidence, members}]}' },
    },
    async (c) => {
      const reviewId = param(c, 'reviewId');
      await access(c, reviewId, 'viewer');
      const status = c.req.query('status') || undefined;
      if (status !== undefined && !DEDUP_STATUSES.includes(status as DedupStatus))
        throw new ApiError(422, 'invalid', `status must be one of ${DEDUP_STATUSES.join(', ')} (got ${status})`);
      const { store } = c.get('options');
      const groups = await listDedupGroups(store.db, reviewId, status as DedupStatus | undefined);
      const out = [];
      for (const g of groups) out.push(await shown(store, reviewId, g));
      return c.json({ groups: out });
    },
  );

  api(
    app,
    {
      method: 'patch',
      path: `${path}/:groupId`,
      summary: 'Confirm, reject or re-propose a group, or change the record kept (at the version read)',
      tag: 'dedup',
      body: decideBody,
      responses: { 200: 'The group' },
    },
    async (c, body) => {
      const reviewId = param(c, 'reviewId');
      const groupId = param(c, 'groupId');
      const { user } = await access(c, reviewId, 'reviewer');
      const { store } = c.get('options');
      const group = await decideDedupGroup(store, reviewId, groupId, body, user.id);
      return c.json(await shown(store, reviewId, group));
    },
  );

  api(
    app,
    {
      method: 'post',
      path: `${path}/:groupId/split`,
      summary: 'Take records out of a group: two or more into a group of their own, one into none',
      tag: 'dedup',
      body: splitBody,
      responses: { 200: '{group, split}: what is left of the group (or null) and the new group (or null)' },
    },
    async (c, body) => {
      const reviewId = param(c, 'reviewId');
      const groupId = param(c, 'groupId');
      const { user } = await access(c, reviewId, 'reviewer');
      const { store } = c.get('options');
      const { group, split } = await splitDedupGroup(store, reviewId, groupId, body, user.id);
      return c.json({
        group: group && (await shown(store, reviewId, group)),
        split: split && (await shown(store, reviewId, split)),
      });
    },
  );

  api(
    app,
    {
      method: 'post',
      path,
      summary: 'Merge records by hand into a confirmed group',
      tag: 'dedup',
      body: mergeBody,
      responses: { 201: 'The group' },
    },
    async (c, body) => {
      const reviewId = param(c, 'reviewId');
      const { user } = await access(c, reviewId, 'reviewer');
      const { store } = c.get('options');
      const group = await mergeDuplicates(store, reviewId, body, user.id);
      return c.json(await shown(store, reviewId, group), 201);
    },
  );
}
