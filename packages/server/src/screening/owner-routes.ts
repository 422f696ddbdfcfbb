/**
 * The owner's part of dual screening: the conflicts (records every required reviewer decided, differently, with no
 * consensus yet) with each decision and reason, and the consensus decision that settles one.
 */
import { CONSENSUS_REVIEWER } from '@evidens/review';
import { putDecision, recordDecisions, StoreError, stageDecisions } from '@evidens/store';
import type { Hono } from 'hono';
import { z } from 'zod';
import { access } from '../access.js';
import type { Env } from '../env.js';
import { api } from '../openapi.js';
import { param, type RecordSummary, recordOf, requiredAt, stageOf, summaryOf } from './context.js';
import { RECORD_PATH } from './decision-routes.js';
import { recordStatus, stageStatus } from './status.js';

const reconcileBody = z.object({ decision: z.string().min(1), reason: z.string().max(2000).nullable().optional() });

/** Records fetched per query when a list of them is shown. */
const CHUNK = 500;

export function ownerRoutes(app: Hono<Env>): void {
  api(
    app,
    {
      method: 'get',
      path: '/api/reviews/:reviewId/screening/:stage/conflicts',
      summary: 'Records the reviewers disagree on, with every decision and reason (in the order they were made)',
      tag: 'screening',
      responses: { 200: '{items: [{record, decisions}]}' },
    },
    async (c) => {
      const reviewId = param(c, 'reviewId');
      await access(c, reviewId, 'owner');
      const stage = stageOf(c);
      const { store, mode } = c.get('options');
      const required = await requiredAt(store, mode, reviewId, stage);
      const status = stageStatus(await stageDecisions(store.db, reviewId, stage), required);
      const conflicts = [...status.values()].filter((s) => s.state === 'conflict');
      const records = new Map<string, RecordSummary>();
      for (let i = 0; i < conflicts.length; i += CHUNK) {
        const ids = conflicts.slice(i, i + CHUNK).map((s) => s.record);
        const rows = await store.db
          .selectFrom('records')
          .select(['id', 'data'])
          .where('review_id', '=', reviewId)
          .where('id', 'in', ids)
          .execute();
        for (const row of rows) records.set(row.id, summaryOf(row.id, row.data));
      }
      const items = conflicts
        .filter((s) => records.has(s.record))
        .map((s) => ({ record: records.get(s.record), decisions: s.decisions }));
      return c.json({ items });
    },
  );

  api(
    app,
    {
      method: 'post',
      path: `${RECORD_PATH}/reconcile`,
      summary: 'Settle a record with a consensus decision',
      tag: 'screening',
      body: reconcileBody,
      responses: { 200: '{decision} (the consensus)' },
    },
    async (c, body) => {
      const reviewId = param(c, 'reviewId');
      const { user } = await access(c, reviewId, 'owner');
      const stage = stageOf(c);
      const { store, mode } = c.get('options');
      const record = await recordOf(store, reviewId, param(c, 'recordId'));
      const required = await requiredAt(store, mode, reviewId, stage);
      const status = recordStatus(record.id, await recordDecisions(store.db, reviewId, record.id, stage), required);
      if (status.state === 'pending')
        // Only counts, not the decisions: until every required reviewer has decided, the record is still blind.
        throw new StoreError(
          'version_conflict',
          `record ${record.id} has no conflict to settle at ${stage}: ${status.decisions.length} of the ${required} ` +
            'required reviewers have decided',
          { decided: status.decisions.length, required },
        );
      const decision = await putDecision(store, {
        reviewId,
        recordId: record.id,
        stage,
        reviewer: CONSENSUS_REVIEWER,
        decision: body.decision,
        reason: body.reason,
        version: status.consensus?.version,
        actor: user.id,
      });
      return c.json({ decision });
    },
  );
}
