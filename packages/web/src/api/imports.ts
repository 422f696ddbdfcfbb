/**
 * Searches, imports and the jobs that run them, as the server gives them (packages/server/src/routes/searches.ts,
 * imports.ts, jobs/routes.ts): the shapes, and one function per request.
 */
import { del, get, post, request, seg } from './client';
import type { LocalText } from './types';

/** A job's state (packages/store/src/jobs.ts). */
export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface Job {
  id: string;
  reviewId: string | null;
  kind: string;
  status: JobStatus;
  /** 0 to 1. */
  progress: number;
  message: string | null;
  result: unknown;
  error: { code: string; message: string } | null;
  createdAt: string;
  updatedAt: string;
}

/** One problem of an imported file, where it is. */
export interface ImportIssue {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  line?: number;
  path?: string;
  record?: number;
}

/** The result of an import job. */
export interface ImportResult {
  file: string;
  format: string;
  searchId: string;
  read: number;
  added: number;
  /** Records whose own id (PMID, RIS ID) the review already had: kept under their place in the file, `file#n`. */
  renamed: number;
  /** The first 100 issues. */
  issues: ImportIssue[];
  issueCount: number;
}

/** The result of a PubMed search job. */
export interface PubmedSearchResult {
  file: string;
  searchId: string;
  query: string;
  translation: string | null;
  count: number;
  fetched: number;
  added: number;
  /** Records whose PMID the review already had as a record's id: kept as `file#n`. */
  renamed: number;
  warnings: string[];
  issues: { code: string; message: string; record?: number }[];
}

/** A search of the protocol with the records stored from it. */
export interface SearchRow {
  id: string;
  source?: LocalText;
  kind?: string;
  query?: string;
  date?: string | number;
  hits?: number;
  /** The search's records files (records/NAME). */
  records?: string[];
  stored: number;
}

/** What removing a records file took out. */
export interface RemovedFile {
  file: string;
  records: number;
  searchId: string | null;
  searchRemoved: boolean;
  groups: number;
}

/** Why a records file cannot be removed (the details of a 409 in_use). */
export interface FileInUse {
  decisions: number;
  confirmedGroups: number;
  studies: string[];
}

export interface PubmedCount {
  count: number;
  translation: string | null;
  warnings: string[];
}

const base = (reviewId: string) => `/api/reviews/${seg(reviewId)}`;

export const searchesPath = (reviewId: string) => `${base(reviewId)}/searches`;

export const countPubmed = (reviewId: string, query: string) =>
  post<PubmedCount>(`${base(reviewId)}/searches/pubmed/count`, { query });

export const startPubmed = (reviewId: string, query: string) =>
  post<{ job: Job }>(`${base(reviewId)}/searches/pubmed`, { query });

/**
 * Sends the file itself as the body; `searchId` attaches its records to a search of the protocol. A file the review
 * holds already, byte for byte, is refused (409, `details.file` naming the copy) unless `again`.
 */
export function uploadFile(
  reviewId: string,
  file: Blob,
  name: string,
  searchId?: string,
  again = false,
): Promise<{ job: Job }> {
  const query = new URLSearchParams({ file: name });
  if (searchId) query.set('search', searchId);
  if (again) query.set('again', '1');
  return request<{ job: Job }>('POST', `${base(reviewId)}/imports?${query}`, undefined, file);
}

/** Takes an imported records file back out, with its records; refused (409 in_use) while anything rests on them. */
export const removeFile = (reviewId: string, file: string) =>
  del<RemovedFile>(`${base(reviewId)}/imports?${new URLSearchParams({ file })}`);

export const getJob = (jobId: string) => get<{ job: Job }>(`/api/jobs/${seg(jobId)}`);

export const jobEventsPath = (jobId: string) => `/api/jobs/${seg(jobId)}/events`;
