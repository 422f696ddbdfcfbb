/**
 * A review's records: a page of summaries (for the record list), one record whole, and citation searching from one.
 */
import type { Author, BibRecord } from '@evidens/biblio';
import { getRecord, listRecords, type StoredRecord } from '@evidens/store';
import type { Hono } from 'hono';
import { z } from 'zod';
import { access } from '../access.js';
import type { Env } from '../env.js';
import { ApiError } from '../errors.js';
import { param, runJob } from '../jobs/run-job.js';
import { SNOWBALL_DIRECTIONS, snowball } from '../jobs/snowball.js';
import { api } from '../openapi.js';

/** A record as a list shows it. */
export interface RecordSummary {
  id: string;
  title: string | null;
  year: number | null;
  /** The first three authors as "Family Given". */
  authors: string[];
  /** True when there are more than three. */
  etAl: boolean;
  journal: string | null;
  doi: string | null;
  pmid: string | null;
  searchId: string | null;
}

const nameOf = (a: Author): string => a.literal ?? [a.family, a.given].filter(Boolean).join(' ');

export function recordSummary(stored: StoredRecord): RecordSummary {
  const r: BibRecord = stored.record;
  const authors = Array.isArray(r.authors) ? r.authors : [];
  return {
    id: stored.id,
    title: r.title ?? null,
    year: r.year ?? null,
    authors: authors.slice(0, 3).map(nameOf),
    etAl: authors.length > 3,
    journal: r.journal ?? r.journalAbbrev ?? null,
    doi: r.doi ?? null,
    pmid: r.pmid ?? null,
    searchId: stored.searchId,
  };
}

function whole(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  if (!/^\d+$/.test(text)) throw new ApiError(422, 'invalid', `${name} must be a whole number ≥ 0 (got ${text})`);
  return Number(text);
}

const snowballBody = z.strictObject({ direction: z.enum(SNOWBALL_DIRECTIONS) });

export function recordRoutes(app: Hono<Env>): void {
  api(
    app,
    {
      method: 'get',
      path: '/api/reviews/:reviewId/records',
      summary: "A page of the review's records, in file order",
      tag: 'records',
      query: {
        offset: 'Records to skip (default 0)',
        limit: 'Records to give, 1 to 1000 (default 50)',
        q: 'Text the title, DOI or PMID contains',
        search: 'Only records of this search',
      },
      responses: { 200: '{total, items: [{id, title, year, authors, etAl, journal, doi, pmid, searchId}]}' },
    },
    async (c) => {
      const reviewId = param(c, 'reviewId');
      await access(c, reviewId, 'viewer');
      const page = await listRecords(c.get('options').store.db, reviewId, {
        offset: whole('offset', c.req.query('offset'), 0),
        limit: whole('limit', c.req.query('limit'), 50),
        ...(c.req.query('q') ? { query: c.req.query('q') } : {}),
        ...(c.req.query('search') ? { searchId: c.req.query('search') } : {}),
      });
      return c.json({ total: page.total, items: page.items.map(recordSummary) });
    },
  );

  api(
    app,
    {
      method: 'get',
      path: '/api/reviews/:reviewId/records/:recordId',
      summary: 'One record, whole',
      tag: 'records',
      responses: { 200: '{id, searchId, file, position, record}' },
    },
    async (c) => {
      const reviewId = param(c, 'reviewId');
      const recordId = param(c, 'recordId');
      await access(c, reviewId, 'viewer');
      const stored = await getRecord(c.get('options').store.db, reviewId, recordId);
      if (!stored) throw new ApiError(404, 'not_found', `there is no record ${recordId}`);
      return c.json(stored);
    },
  );

  api(
    app,
    {
      method: 'post',
      path: '/api/reviews/:reviewId/records/:recordId/snowball',
      summary: 'Citation searching from a record: the PubMed records it cites and/or that cite it (a job)',
      tag: 'records',
      body: snowballBody,
      responses: { 202: '{job}: the citation-searching job, queued' },
    },
    async (c, body) => {
      const reviewId = param(c, 'reviewId');
      const recordId = param(c, 'recordId');
      const { user } = await access(c, reviewId, 'reviewer');
      const options = c.get('options');
      const stored = await getRecord(options.store.db, reviewId, recordId);
      if (!stored) throw new ApiError(404, 'not_found', `there is no record ${recordId}`);
      const pmid = stored.record.pmid;
      if (!pmid)
        throw new ApiError(422, 'invalid', `record ${recordId} has no PMID: citation searching goes through PubMed`);
      const spec = { reviewId, user, pmid, direction: body.direction };
      const job = await runJob(options, { reviewId, kind: 'snowball', actor: user.id }, (report) =>
        snowball(options, spec, report),
      );
      return c.json({ job }, 202);
    },
  );
}
