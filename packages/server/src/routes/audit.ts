/** The audit log of a review, newest first, a page at a time: who changed what, when, and what it was before. */
import { fromJson } from '@evidens/store';
import type { Context, Hono } from 'hono';
import { access } from '../access.js';
import type { Env } from '../env.js';
import { ApiError } from '../errors.js';
import { api } from '../openapi.js';

/** The most entries one page gives. */
export const MAX_AUDIT_LIMIT = 500;

/** A whole-number query parameter within [min, max], or its default. */
function whole(c: Context<Env>, name: string, fallback: number, min: number, max: number): number {
  const raw = c.req.query(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max)
    throw new ApiError(422, 'invalid', `${name} must be a whole number from ${min} to ${max} (got ${raw})`);
  return value;
}

const json = (text: string | null, where: string): unknown => (text === null ? null : fromJson(text, where));

export function auditRoutes(app: Hono<Env>): void {
  api(
    app,
    {
      method: 'get',
      path: '/api/reviews/:reviewId/audit',
      summary: "The review's audit log, newest first (owner)",
      tag: 'audit',
      query: {
        offset: 'Entries to skip (default 0)',
        limit: `Entries to give (default 50, at most ${MAX_AUDIT_LIMIT})`,
      },
    },
    async (c) => {
      const reviewId = c.req.param('reviewId') as string;
      await access(c, reviewId, 'owner');
      const offset = whole(c, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
      const limit = whole(c, 'limit', 50, 1, MAX_AUDIT_LIMIT);
      const { db } = c.get('options').store;
      const base = db.selectFrom('audit_log').where('review_id', '=', reviewId);
      const { n } = await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const rows = await base.selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute();
      const entries = rows.map((row) => ({
        id: row.id,
        at: row.at,
        actor: row.actor,
        action: row.action,
        entity: row.entity,
        entityId: row.entity_id,
        before: json(row.before, `audit entry ${row.id}`),
        after: json(row.after, `audit entry ${row.id}`),
      }));
      return c.json({ total: Number(n), entries });
    },
  );
}
