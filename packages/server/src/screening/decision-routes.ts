/**
 * One reviewer's decisions on one record: read (blind), make or change, undo. Blinding is the server's: a record's
 * other decisions leave the server only once a consensus settles it, so no page, script or curious reviewer can see a
 * colleague's decision before deciding.
 */
import { CONSENSUS_REVIEWER } from '@evidens/review';
import { deleteDecision, putDecision, recordDecisions, StoreError } from '@evidens/store';
import type { Hono } from 'hono';
import { z } from 'zod';
import { access } from '../access.js';
import type { Env } from '../env.js';
import { ApiError } from '../errors.js';
import { api } from '../openapi.js';
import { param, recordOf, reviewerOnRecord, stageOf } from './context.js';

export const RECORD_PATH = '/api/reviews/:reviewId/screening/:stage/records/:recordId';

const decisionBody = z.object({
  decision: z.string().min(1),
  reason: z.string().max(2000).nullable().optional(),
  /** The version of the decision being changed; absent when deciding the record for the first time. */
  version: z.number().int().positive().optional(),
});

export function decisionRoutes(app: Hono<Env>): void {
  api(
    app,
    {
      method: 'get',
      path: RECORD_PATH,
      summary: "A record to screen and your decision on it (others' only once a consensus settles it)",
      tag: 'screening',
      responses: { 200: '{record, mine} or, once reconciled, {record, mine, decisions, consensus}' },
    },
    async (c) => {
      const reviewId = param(c, 'reviewId');
      const { handle } = await access(c, reviewId, 'viewer');
      const stage = stageOf(c);
      const { store } = c.get('options');
      const record = await recordOf(store, reviewId, param(c, 'recordId'));
      const rows = await recordDecisions(store.db, reviewId, record.id, stage);
      const mine = rows.find((d) => d.reviewer === handle) ?? null;
      const consensus = rows.find((d) => d.reviewer === CONSENSUS_REVIEWER);
      if (!consensus) return c.json({ record, mine });
      return c.json({ record, mine, decisions: rows.filter((d) => d !== consensus), consensus });
    },
  );

  api(
    app,
    {
      method: 'put',
      path: RECORD_PATH,
      summary: 'Make or change your decision (answered only after it is committed)',
      tag: 'screening',
      body: decisionBody,
      responses: { 200: '{decision}' },
    },
    async (c, body) => {
      const reviewId = param(c, 'reviewId');
      const { user, handle, recordId } = await reviewerOnRecord(c, reviewId, param(c, 'recordId'));
      const stage = stageOf(c);
      const decision = await putDecision(c.get('options').store, {
        reviewId,
        recordId,
        stage,
        reviewer: handle,
        decision: body.decision,
        reason: body.reason,
        version: body.version,
        actor: user.id,
      });
      return c.json({ decision });
    },
  );

  api(
    app,
    {
      method: 'delete',
      path: RECORD_PATH,
      summary: 'Undo your decision at its current version',
      tag: 'screening',
      query: { version: 'the version of your decision being undone' },
      responses: { 204: 'undone' },
    },
    async (c) => {
      const reviewId = param(c, 'reviewId');
      const { user, handle } = await access(c, reviewId, 'reviewer');
      const stage = stageOf(c);
      const { store } = c.get('options');
      const record = await recordOf(store, reviewId, param(c, 'recordId'));
      const raw = c.req.query('version');
      const version = raw !== undefined && /^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : undefined;
      if (version === undefined) {
        const mine = (await recordDecisions(store.db, reviewId, record.id, stage)).find((d) => d.reviewer === handle);
        if (!mine) throw new ApiError(404, 'not_found', `you have no decision on record ${record.id} at ${stage}`);
        throw new StoreError('version_conflict', 'undoing a decision needs its current version (?version=N)', {
          current: mine,
        });
      }
      await deleteDecision(store, { reviewId, recordId: record.id, stage, reviewer: handle, version, actor: user.id });
      return c.body(null, 204);
    },
  );
}
