/**
 * The work of an import job: read an export file (format detected from the content), then land the file, its records
 * and its search in the review. Problems in the file are data: the job ends with the first 100 issues, each naming
 * its line (or XML path), and their count. A file whose format cannot be recognised fails the job.
 */
import { type Format, type ReadIssue, readAll } from '@evidens/biblio';
import type { Store } from '@evidens/store';
import { landRecordsFile, type SearchTarget, today } from './record-files.js';
import { JobError, type Report } from './run-job.js';

/** Issues a job's result lists; the rest are counted. */
export const ISSUES_SHOWN = 100;

export interface ImportRequest {
  reviewId: string;
  actor: string;
  /** The file name as uploaded. */
  name: string;
  bytes: Uint8Array;
  /** The protocol's search the records belong to; none: a new search named after the file. */
  searchId?: string;
  clock: () => Date;
}

/** One problem of the file, where it is. */
export interface ImportIssue {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  line?: number;
  path?: string;
  record?: number;
}

export interface ImportResult {
  /** Where the file was stored (records/NAME, or with a suffix when the name was taken). */
  file: string;
  format: Format;
  searchId: string;
  /** Records read from the file. */
  read: number;
  added: number;
  /** Records whose own id the review already had, kept as `file#n` (see LandedFile). */
  renamed: number;
  issues: ImportIssue[];
  issueCount: number;
}

/** Reads and lands one file; reports reading as the first 30 %, storing as the rest. */
export async function importFile(store: Store, request: ImportRequest, report: Report): Promise<ImportResult> {
  report(0, `reading ${request.name}`);
  const read = await readAll({ data: request.bytes, file: request.name });
  if (read.format === undefined) {
    const why = read.issues.find((i) => i.code === 'unknown_format')?.message ?? `${request.name}: unknown format`;
    throw new JobError('unknown_format', why);
  }
  const total = read.records.length;
  report(0.3, `read ${total} records from ${request.name}; storing them`);
  const search: SearchTarget = request.searchId
    ? { existing: request.searchId }
    : {
        create: {
          id: searchIdOf(request.name),
          source: request.name,
          kind: 'database',
          date: today(request.clock),
        },
      };
  const landed = await landRecordsFile(store, {
    reviewId: request.reviewId,
    actor: request.actor,
    name: request.name,
    content: request.bytes,
    records: read.records,
    search,
    onProgress: (done) => report(0.3 + (0.7 * done) / Math.max(1, total), `stored ${done} of ${total} records`),
  });
  return {
    file: landed.file,
    format: read.format,
    searchId: landed.searchId,
    read: read.counts.read,
    added: landed.added,
    renamed: landed.renamed,
    issues: read.issues.slice(0, ISSUES_SHOWN).map(issueOf),
    issueCount: read.issues.length,
  };
}

function issueOf(issue: ReadIssue): ImportIssue {
  const out: ImportIssue = { code: issue.code, severity: issue.severity, message: issue.message };
  if (issue.line !== undefined) out.line = issue.line;
  if (issue.path !== undefined) out.path = issue.path;
  if (issue.record !== undefined) out.record = issue.record;
  return out;
}

/** A search id from a file name: 'Embase export (2).ris' → 'embase-export-2'. */
export function searchIdOf(name: string): string {
  const stem = name.replace(/\.(gz)$/i, '').replace(/\.[A-Za-z0-9]+$/, '');
  const id = stem
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '');
  return id || 'search';
}
