/**
 * The record of a database search that a systematic review reports: which database, the query as written and as
 * PubMed ran it, the date limits, when it ran, how many records it found and how many were retrieved. PRISMA 2020
 * counts "records identified from databases" from it, and the methods section prints it (PRISMA-S items 1, 8, 13).
 */
import type { DateType, SearchResult } from './esearch.js';

export interface SearchRecord {
  database: 'pubmed';
  /** The query as written. */
  query: string;
  /** Date limits sent with the query, when there were any. */
  filters?: { datetype: DateType; mindate: string; maxdate: string };
  /** The query as PubMed ran it, after automatic term mapping. */
  queryTranslation?: string;
  /** When the search ran (ISO 8601). */
  date: string;
  /** Records the search found. */
  count: number;
  /** Records retrieved (for PRISMA's "records identified"; below `count` when a limit or a failure cut it short). */
  fetched: number;
  /** The history-server session the records were fetched from. */
  webEnv?: string;
  /** What PubMed reported about the query and the retrieval (phrases not found, short batches, limits). */
  warnings: string[];
}

/**
 * The record of a search and of what was fetched from it.
 * @example
 * searchRecord(search, { fetched: 5, warnings: [] });
 * // → { database: 'pubmed', query: 'magnesium[tiab] AND cramp*[tiab]', date: '2025-03-01T09:00:00.000Z',
 * //     count: 5, fetched: 5, queryTranslation: '…', webEnv: 'MCID_…', warnings: [] }
 */
export function searchRecord(
  search: SearchResult,
  retrieval: { fetched: number; warnings?: readonly string[] } = { fetched: 0 },
): SearchRecord {
  const record: SearchRecord = {
    database: 'pubmed',
    query: search.query.term,
    date: search.date,
    count: search.count,
    fetched: retrieval.fetched,
    warnings: [...search.warnings, ...(retrieval.warnings ?? [])],
  };
  const { datetype, mindate, maxdate } = search.query;
  if (datetype && mindate && maxdate) record.filters = { datetype, mindate, maxdate };
  if (search.queryTranslation) record.queryTranslation = search.queryTranslation;
  if (search.webEnv) record.webEnv = search.webEnv;
  return record;
}
