/**
 * A review's searches: the protocol's list with the records stored per search, counting a PubMed query before running
 * it, and running it as a job that fetches and stores the records.
 */
import { fromJson } from '@evidens/store';
import type { Hono } from 'hono';
import { z } from 'zod';
import { access } from '../access.js';
import type { Env } from '../env.js';
import { pubmedApiError, pubmedClient, pubmedSearch } from '../jobs/pubmed.js';
import { param, runJob } from '../jobs/run-job.js';
import { api } from '../openapi.js';

/** Records a PubMed search fetches unless told otherwise. */
export const DEFAULT_PUBMED_MAX = 10_000;

const countBody = z.strictObject({ query: z.string().trim().min(1, { error: 'must be a PubMed query' }) });
const searchBody = z.strictObject({
  query: z.string().trim().min(1, { error: 'must be a PubMed query' }),
  max: z.number().int().min(1).max(100_000).optional(),
});

export function searchRoutes(app: Hono<Env>): void {
  api(
    app,
    {
      method: 'get',
      path: '/api/reviews/:reviewId/searches',
      summary: "The protocol's searches, each with the number of records stored from it",
      tag: 'searches',
      responses: { 200: '{searches: [{id, source, kind, query?, date, hits, records, stored}]}' },
    },
    async (c) => {
      const reviewId = param(c, 'reviewId');
      await access(c, reviewId, 'viewer');
      const { db } = c.get('options').store;
      const review = await db
        .selectFrom('reviews')
        .select('protocol')
        .where('id', '=', reviewId)
        .executeTakeFirstOrThrow();
      const listed = fromJson<{ searches?: unknown }>(review.protocol, 'the protocol').searches;
      const counts = await db
        .selectFrom('records')
        .select(['search_id', (eb) => eb.fn.countAll().as('n')])
        .where('review_id', '=', reviewId)
        .groupBy('search_id')
        .execute();
      const stored = new Map(counts.map((r) => [r.search_id, Number(r.n)]));
      const searches = (Array.isArray(listed) ? listed : []).map((s: Record<string, unknown>) => ({
        ...s,
        stored: stored.get(String(s.id)) ?? 0,
      }));
      return c.json({ searches });
    },
  );

  api(
    app,
    {
      method: 'post',
      path: '/api/reviews/:reviewId/searches/pubmed/count',
      summary: 'How many records a PubMed query finds, and how PubMed translated it (nothing is fetched)',
      tag: 'searches',
      body: countBody,
      responses: { 200: '{count, translation, warnings}' },
    },
    async (c, body) => {
      const { user } = await access(c, param(c, 'reviewId'), 'reviewer');
      const client = pubmedClient(c.get('options'), user, true);
      try {
        const search = await client.search({ term: body.query, retmax: 0 });
        return c.json({ count: search.count, translation: search.queryTranslation ?? null, warnings: search.warnings });
      } catch (error) {
        throw pubmedApiError(error);
      }
    },
  );

  api(
    app,
    {
      method: 'post',
      path: '/api/reviews/:reviewId/searches/pubmed',
      summary: 'Run a PubMed search and store its records under a new search (a job)',
      tag: 'searches',
      body: searchBody,
      responses: { 202: '{job}: the search job, queued' },
    },
    async (c, body) => {
      const reviewId = param(c, 'reviewId');
      const { user } = await access(c, reviewId, 'reviewer');
      const options = c.get('options');
      const spec = { reviewId, user, query: body.query, max: body.max ?? DEFAULT_PUBMED_MAX };
      const job = await runJob(options, { reviewId, kind: 'pubmed-search', actor: user.id }, (report) =>
        pubmedSearch(options, spec, report),
      );
      return c.json({ job }, 202);
    },
  );
}
