/**
 * A reviewer's queue (what to screen next: by the model with its confidence and reasons, at random, or in source
 * order) and the stage's progress with the reviewers' agreement and the stopping aid.
 */
import { CONSENSUS_REVIEWER } from '@evidens/review';
import type { Store, StoredDecision } from '@evidens/store';
import type { Hono } from 'hono';
import { access } from '../access.js';
import type { Env } from '../env.js';
import { ApiError } from '../errors.js';
import { api } from '../openapi.js';
import { param, stageOf, summaryOf } from './context.js';
import { cohenKappa, type Kappa } from './kappa.js';
import { ORDERS, type QueueOrder, rank, trainingLabel } from './rank.js';
import { stageData } from './stage-data.js';
import { stageStopping } from './stopping.js';

const STAGE_PATH = '/api/reviews/:reviewId/screening/:stage';
const MAX_LIMIT = 100;

export function progressRoutes(app: Hono<Env>): void {
  api(
    app,
    {
      method: 'get',
      path: `${STAGE_PATH}/queue`,
      summary: 'The records you have still to screen at the stage, best first',
      tag: 'screening',
      query: {
        limit: `records to give, 1 to ${MAX_LIMIT} (default 20)`,
        order:
          'ai (default: by the model, with its confidence and the terms that weigh most), random (a seed of your ' +
          "own, stable between requests) or source (the records' order)",
      },
      responses: {
        200:
          '{items: [{record, priority, confidence, why: [{term, word, forms, weight}]}], remaining, order, ' +
          'model: {name, relevant, irrelevant} | null, reason}',
      },
    },
    async (c) => {
      const reviewId = param(c, 'reviewId');
      const { handle } = await access(c, reviewId, 'reviewer');
      const stage = stageOf(c);
      const raw = c.req.query('limit') ?? '20';
      const limit = /^[0-9]{1,4}$/.test(raw) ? Number(raw) : Number.NaN;
      if (!(limit >= 1 && limit <= MAX_LIMIT))
        throw new ApiError(422, 'invalid', `limit must be a whole number from 1 to ${MAX_LIMIT} (got ${raw})`);
      const order = c.req.query('order') ?? 'ai';
      if (!(ORDERS as readonly string[]).includes(order))
        throw new ApiError(422, 'invalid', `order must be one of ${ORDERS.join(', ')} (got ${order})`);
      const { store, mode } = c.get('options');
      const { candidates, status } = await stageData(store, mode, reviewId, stage);
      // Still to do for this reviewer: not decided by them, and not already complete or waiting for the owner.
      const wanted: number[] = [];
      candidates.forEach((r, i) => {
        const s = status.get(r.id);
        if (!s || (s.state === 'pending' && !s.decisions.some((d) => d.reviewer === handle))) wanted.push(i);
      });
      const ids = candidates.map((r) => r.id);
      const labelOf = (i: number) => {
        const s = status.get(ids[i]);
        return trainingLabel(s?.final, s?.decisions.find((d) => d.reviewer === handle)?.decision);
      };
      const ranking = await rank({
        scope: `${reviewId}\n${stage}`,
        ids,
        wanted,
        labelOf,
        order: order as QueueOrder,
        seed: `${reviewId}\n${handle}`,
        // The records of exactly these ids, in this order, whatever an import may have added since.
        load: async () => {
          const data = await recordData(store, reviewId);
          return ids.map((id) => ({ id, data: data.get(id) ?? '{}' }));
        },
      });
      const shown = ranking.explain(ranking.items.slice(0, limit));
      const data = await recordData(
        store,
        reviewId,
        shown.map((r) => ids[r.index]),
      );
      const items = shown.map(({ index, priority, confidence, why }) => ({
        record: summaryOf(ids[index], data.get(ids[index]) ?? '{}'),
        priority,
        confidence,
        why,
      }));
      const { model, reason } = ranking;
      return c.json({ items, remaining: wanted.length, order: ranking.order, model, reason });
    },
  );

  api(
    app,
    {
      method: 'get',
      path: `${STAGE_PATH}/progress`,
      summary: "The stage's progress and Cohen's κ between its two reviewers",
      tag: 'screening',
      responses: {
        200:
          '{records, decidedByMe, complete, conflicts, included, excluded, kappa, stopping: {screened, ' +
          'relevantFound, unscreened, sinceLastRelevant, window, remaining, recall, statement} | null}',
      },
    },
    async (c) => {
      const reviewId = param(c, 'reviewId');
      const { handle } = await access(c, reviewId, 'viewer');
      const stage = stageOf(c);
      const { store, mode } = c.get('options');
      const { candidates, rows, status } = await stageData(store, mode, reviewId, stage);
      const counts = {
        records: candidates.length,
        decidedByMe: 0,
        complete: 0,
        conflicts: 0,
        included: 0,
        excluded: 0,
      };
      for (const { id } of candidates) {
        const s = status.get(id);
        if (!s) continue;
        if (s.decisions.some((d) => d.reviewer === handle)) counts.decidedByMe++;
        if (s.state === 'agreed' || s.state === 'reconciled') counts.complete++;
        if (s.state === 'conflict') counts.conflicts++;
        if (s.final === 'include') counts.included++;
        if (s.final === 'exclude') counts.excluded++;
      }
      // The stopping aid informs the reviewers; nothing stops screening because of it.
      return c.json({ ...counts, kappa: stageKappa(rows), stopping: stageStopping(candidates, rows, status) });
    },
  );
}

/**
 * κ between the stage's two reviewers on the records both decided. With more than two, the two who decided the most
 * records (ties: by handle) are the pair, as dual screening has one pair per record and the pair that screened most
 * is the one the agreement describes.
 */
export function stageKappa(rows: readonly StoredDecision[]): Kappa | null {
  const byReviewer = new Map<string, Map<string, string>>();
  for (const row of rows) {
    if (row.reviewer === CONSENSUS_REVIEWER) continue;
    const mine = byReviewer.get(row.reviewer) ?? new Map<string, string>();
    mine.set(row.record, row.decision);
    byReviewer.set(row.reviewer, mine);
  }
  if (byReviewer.size < 2) return null;
  const [[, a], [, b]] = [...byReviewer].sort(([x, dx], [y, dy]) => dy.size - dx.size || (x < y ? -1 : 1));
  const pairs: [string, string][] = [];
  for (const [record, decision] of a) {
    const other = b.get(record);
    if (other !== undefined) pairs.push([decision, other]);
  }
  return cohenKappa(pairs);
}

/** The stored JSON of the records `ids` of a review (all of them when none are named), by id. */
async function recordData(store: Store, reviewId: string, ids?: readonly string[]): Promise<Map<string, string>> {
  if (ids?.length === 0) return new Map();
  let query = store.db.selectFrom('records').select(['id', 'data']).where('review_id', '=', reviewId);
  if (ids) query = query.where('id', 'in', [...ids]);
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.id, r.data]));
}
