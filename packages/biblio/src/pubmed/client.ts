/**
 * The PubMed E-utilities client: search, fetch records, summaries and snowball links, politely. Every request carries
 * `tool` and `email` (and `api_key` when given), keeps to NCBI's rate limit, retries passing failures with backoff,
 * and can be cancelled. The network is reached only through the injected transport.
 */
import type { ReadCounts, ReadIssue } from '../issues.js';
import { countsOf } from '../read.js';
import type { BibRecord } from '../record.js';
import { Caller } from './caller.js';
import { type Clock, systemClock } from './clock.js';
import { type FetchOptions, fetchHistory, fetchPmids, type HistoryRef, type RecordStream } from './efetch.js';
import { fetchLinks, LINKNAMES, type LinkOptions, type LinkResult } from './elink.js';
import { PubmedError, throwIfAborted } from './errors.js';
import { checkQuery, parseSearch, type SearchQuery, type SearchResult, searchParams } from './esearch.js';
import { fetchSummaries, type SummaryOptions, type SummaryResult } from './esummary.js';
import type { RunOptions } from './progress.js';
import { NCBI_RATE, RateLimiter } from './rate-limiter.js';
import { EUTILS_BASE } from './request.js';
import { DEFAULT_RETRY } from './retry.js';
import { type SearchRecord, searchRecord } from './search-record.js';
import { fetchTransport, type HttpTransport } from './transport.js';

export interface PubmedClientOptions {
  /** Name of the software making the requests, without spaces (NCBI's `tool`), e.g. "evidens". */
  tool: string;
  /** Contact address of whoever runs it (NCBI's `email`), so NCBI can write before it blocks anyone. */
  email: string;
  /** An NCBI API key: allows 10 requests per second instead of 3. */
  apiKey?: string;
  /** How requests reach the network (default: {@link fetchTransport}); tests pass recorded responses. */
  transport?: HttpTransport;
  /** Time source for the rate limiter, backoff and search dates (default: the system clock). */
  clock?: Clock;
  /** A lower request rate than NCBI allows (3 per second without a key, 10 with one). */
  requestsPerSecond?: number;
  /** Retries after a failed attempt (no answer, 429, 5xx); default 4. */
  retries?: number;
  /** Wait before the first retry, doubled for each further one; default 1000 ms. */
  backoffMs?: number;
  /** Longest single wait, from backoff or Retry-After; default 60 000 ms. */
  maxDelayMs?: number;
  /** Longest wait for one answer before it counts as unanswered; default 60 000 ms (real time). */
  timeoutMs?: number;
  /** E-utilities base URL (default NCBI's). */
  baseUrl?: string;
}

/** A search run and fetched whole. */
export interface Retrieval {
  search: SearchResult;
  records: BibRecord[];
  issues: ReadIssue[];
  counts: ReadCounts;
  /** The search record for the review (count, fetched, query translation, date, warnings). */
  record: SearchRecord;
}

/**
 * @example
 * const pubmed = new PubmedClient({ tool: 'evidens', email: 'reviewer@example.org' });
 * const search = await pubmed.search({ term: 'magnesium[tiab] AND cramp*[tiab]', mindate: '1990', maxdate: '2012' });
 * search.count; // → 5
 * for await (const item of pubmed.fetch(search)) if (item.kind === 'record') console.log(item.record.title);
 */
export class PubmedClient {
  /** Requests per second this client keeps to. */
  readonly requestsPerSecond: number;
  readonly #caller: Caller;
  readonly #clock: Clock;

  constructor(options: PubmedClientOptions) {
    if (typeof options !== 'object' || options === null) {
      throw new PubmedError('invalid_argument', 'options with tool and email are required');
    }
    const tool = required('tool', options.tool, /^\S+$/, 'a name without spaces, e.g. "evidens"');
    const email = required('email', options.email, /^[^\s@]+@[^\s@]+$/, 'a contact e-mail address');
    const apiKey =
      options.apiKey === undefined ? undefined : required('apiKey', options.apiKey, /^\S+$/, 'an NCBI API key');
    const allowed = apiKey ? NCBI_RATE.withKey : NCBI_RATE.withoutKey;
    const rate = options.requestsPerSecond ?? allowed;
    if (!(rate > 0 && rate <= allowed)) {
      const why = apiKey ? 'with an API key' : 'without an API key (10 with one)';
      throw new PubmedError(
        'invalid_argument',
        `requestsPerSecond must be above 0 and at most ${allowed} ${why} (got ${rate})`,
      );
    }
    this.requestsPerSecond = rate;
    this.#clock = options.clock ?? systemClock;
    const retry = {
      retries: whole('retries', options.retries ?? DEFAULT_RETRY.retries, 0, 10),
      backoffMs: whole('backoffMs', options.backoffMs ?? DEFAULT_RETRY.backoffMs, 0, 600_000),
      maxDelayMs: whole('maxDelayMs', options.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs, 0, 3_600_000),
    };
    this.#caller = new Caller({
      base: options.baseUrl ?? EUTILS_BASE,
      identity: apiKey ? { tool, email, apiKey } : { tool, email },
      transport: options.transport ?? fetchTransport,
      clock: this.#clock,
      limiter: new RateLimiter(this.#clock, rate),
      retry,
      timeoutMs: whole('timeoutMs', options.timeoutMs ?? 60_000, 1, 3_600_000),
    });
  }

  /** Runs an ESearch with the results kept on the history server. */
  async search(query: SearchQuery, options: RunOptions = {}): Promise<SearchResult> {
    const checked = checkQuery(query);
    throwIfAborted(options.signal);
    options.onProgress?.({ phase: 'search', done: 0, total: 1 });
    const date = new Date(this.#clock.now()).toISOString();
    const text = await this.#caller.call('esearch', searchParams(checked), options.signal);
    const result = parseSearch(text, checked, date);
    options.onProgress?.({ phase: 'search', done: 1, total: 1 });
    return result;
  }

  /** Streams the records of a search (or any history-server set) in batches. */
  fetch(history: HistoryRef, options: FetchOptions = {}): RecordStream {
    return fetchHistory(this.#caller, history, options);
  }

  /** Streams the records of a list of PMIDs in batches (long batches by POST). */
  fetchPmids(pmids: readonly string[], options: FetchOptions = {}): RecordStream {
    return fetchPmids(this.#caller, pmids, options);
  }

  /** ESummary (version 2.0, JSON) for a list of PMIDs. */
  summaries(pmids: readonly string[], options: SummaryOptions = {}): Promise<SummaryResult> {
    return fetchSummaries(this.#caller, pmids, options);
  }

  /** The PubMed records each PMID cites (ELink `pubmed_pubmed_refs`). */
  references(pmids: readonly string[], options: LinkOptions = {}): Promise<LinkResult> {
    return fetchLinks(this.#caller, pmids, LINKNAMES.references, options);
  }

  /** The PubMed records citing each PMID (ELink `pubmed_pubmed_citedin`). */
  citedBy(pmids: readonly string[], options: LinkOptions = {}): Promise<LinkResult> {
    return fetchLinks(this.#caller, pmids, LINKNAMES.citedBy, options);
  }

  /** Searches, fetches every record and returns them with the search record. */
  async retrieve(query: SearchQuery, options: FetchOptions = {}): Promise<Retrieval> {
    const search = await this.search({ ...query, retmax: query.retmax ?? 0 }, options);
    const stream = this.fetch(search, options);
    const records: BibRecord[] = [];
    const issues: ReadIssue[] = [];
    for await (const item of stream) {
      if (item.kind === 'record') records.push(item.record);
      else issues.push(item.issue);
    }
    return {
      search,
      records,
      issues,
      counts: countsOf(
        records.map((r) => r.source.record),
        issues,
      ),
      record: searchRecord(search, stream),
    };
  }
}

function required(name: string, value: unknown, pattern: RegExp, what: string): string {
  if (typeof value !== 'string' || !pattern.test(value.trim())) {
    throw new PubmedError('invalid_argument', `${name} must be ${what} (got ${JSON.stringify(value)})`);
  }
  return value.trim();
}

function whole(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new PubmedError('invalid_argument', `${name} must be an integer from ${min} to ${max} (got ${value})`);
  }
  return value;
}
