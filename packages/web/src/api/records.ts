/** A review's records as the server gives them (packages/server/src/routes/records.ts). */
import { get, post, seg } from './client';
import type { Job } from './imports';

/** A record as the list shows it. */
export interface RecordSummary {
  id: string;
  title: string | null;
  year: number | null;
  /** The first three authors as "Family Given". */
  authors: string[];
  etAl: boolean;
  journal: string | null;
  doi: string | null;
  pmid: string | null;
  searchId: string | null;
}

export interface RecordPage {
  total: number;
  items: RecordSummary[];
}

export interface Author {
  family?: string;
  given?: string;
  literal?: string;
}

/** The parts of a stored bibliographic record the details panel shows. */
export interface FullRecord {
  id: string;
  title?: string;
  abstract?: string;
  authors: Author[];
  year?: number;
  date?: string;
  journal?: string;
  journalAbbrev?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  pmid?: string;
  pmcid?: string;
  url?: string;
  keywords?: string[];
  publicationTypes?: string[];
}

export interface StoredRecord {
  id: string;
  searchId: string | null;
  file: string | null;
  position: number;
  record: FullRecord;
}

export type SnowballDirection = 'references' | 'cited-by' | 'both';

/** What a snowball job ends with. */
export interface SnowballResult {
  pmid: string;
  direction: SnowballDirection;
  linked: number;
  fetched: number;
  added: number;
  file: string | null;
  warnings: string[];
}

export interface RecordFilter {
  q: string;
  searchId: string;
}

const base = (reviewId: string) => `/api/reviews/${seg(reviewId)}/records`;

export function listRecords(reviewId: string, filter: RecordFilter, offset: number, limit: number) {
  const query = new URLSearchParams({ offset: String(offset), limit: String(limit) });
  if (filter.q.trim()) query.set('q', filter.q.trim());
  if (filter.searchId) query.set('search', filter.searchId);
  return get<RecordPage>(`${base(reviewId)}?${query}`);
}

/** The path of one record whole (for useApi). */
export const recordPath = (reviewId: string, recordId: string) => `${base(reviewId)}/${seg(recordId)}`;

export const startSnowball = (reviewId: string, recordId: string, direction: SnowballDirection) =>
  post<{ job: Job }>(`${base(reviewId)}/${seg(recordId)}/snowball`, { direction });
