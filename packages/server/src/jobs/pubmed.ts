/**
 * PubMed through @evidens/biblio's E-utilities client: counting a query while the user types it (few retries, so an
 * outage is said within seconds), and fetching a search's records as a job (the client's full retry budget), stored as
 * a JSON Lines records file (the CLI's `evidens search` writes the same) under a search in the protocol.
 */
import {
  type BibRecord,
  PubmedClient,
  PubmedError,
  type ReadIssue,
  type RecordStream,
  writeJsonl,
} from '@evidens/biblio';
import type { User } from '../env.js';
import { ApiError } from '../errors.js';
import { landRecordsFile, type SearchTarget, today } from './record-files.js';
import { type JobOptions, pubmedFailure, type Report } from './run-job.js';

/**
 * The client for a request: the server's transport and API key, and the server's contact address (else the user's;
 * NCBI wants one with every request).
 */
export function pubmedClient(options: JobOptions, user: User, interactive: boolean): PubmedClient {
  const email = options.pubmed?.email || user.email;
  if (!email)
    throw new ApiError(
      503,
      'unavailable',
      'PubMed asks for a contact e-mail address with every request: start the server with one',
    );
  const { transport, apiKey } = options.pubmed ?? {};
  return new PubmedClient({
    tool: 'evidens',
    email,
    ...(transport ? { transport } : {}),
    ...(apiKey ? { apiKey } : {}),
    ...(interactive ? { retries: 1, backoffMs: 500, timeoutMs: 20_000 } : {}),
  });
}

/** A PubMed failure as an HTTP error: unreachable or unexpected → 503, a refused query → 422. */
export function pubmedApiError(error: unknown): unknown {
  if (!(error instanceof PubmedError)) return error;
  const { code, message } = pubmedFailure(error);
  return new ApiError(code === 'invalid' ? 422 : 503, code === 'invalid' ? 'invalid' : 'unavailable', message);
}

export interface PubmedSearchResult {
  file: string;
  searchId: string;
  query: string;
  translation: string | null;
  count: number;
  fetched: number;
  added: number;
  /** Records whose own id the review already had, kept as `file#n` (see LandedFile). */
  renamed: number;
  warnings: string[];
  issues: { code: string; message: string; record?: number }[];
}

/** Runs the search, fetches up to `max` records in batches, and lands them as records/pubmed-DATE.jsonl. */
export async function pubmedSearch(
  options: JobOptions,
  spec: { reviewId: string; user: User; query: string; max: number },
  report: Report,
): Promise<PubmedSearchResult> {
  const client = pubmedClient(options, spec.user, false);
  report(0, 'searching PubMed');
  const search = await client.search({ term: spec.query, retmax: 0 });
  const stream = client.fetch(search, {
    limit: spec.max,
    onProgress: (p) => report(0.05 + (0.85 * p.done) / Math.max(1, p.total), `fetched ${p.done} of ${p.total}`),
  });
  const { records, issues } = await collect(stream);
  report(0.9, `storing ${records.length} records`);
  const date = today(options.now);
  const target: SearchTarget = {
    create: {
      id: 'pubmed',
      source: 'PubMed',
      kind: 'database',
      query: spec.query,
      date,
      hits: search.count,
      ...(search.queryTranslation ? { notes: `PubMed ran it as: ${search.queryTranslation}` } : {}),
    },
  };
  const landed = await landRecordsFile(options.store, {
    reviewId: spec.reviewId,
    actor: spec.user.id,
    name: `pubmed-${date}.jsonl`,
    content: writeJsonl(records),
    records,
    search: target,
  });
  return {
    file: landed.file,
    searchId: landed.searchId,
    query: spec.query,
    translation: search.queryTranslation ?? null,
    count: search.count,
    fetched: stream.fetched,
    added: landed.added,
    renamed: landed.renamed,
    warnings: [...search.warnings, ...stream.warnings],
    issues: issues
      .slice(0, 100)
      .map((i) => ({ code: i.code, message: i.message, ...(i.record ? { record: i.record } : {}) })),
  };
}

/** Every record and issue of a fetch. */
export async function collect(stream: RecordStream): Promise<{ records: BibRecord[]; issues: ReadIssue[] }> {
  const records: BibRecord[] = [];
  const issues: ReadIssue[] = [];
  for await (const item of stream) {
    if (item.kind === 'record') records.push(item.record);
    else issues.push(item.issue);
  }
  return { records, issues };
}
