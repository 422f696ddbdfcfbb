/**
 * EFetch: PubMed records in PubMed XML (`retmode=xml`; for PubMed the XML record view has no rettype, per the EFetch
 * table of retmode/rettype values), in batches, read by the `pubmed-xml` reader and streamed as records and issues.
 * A search's set is paged from the history server (WebEnv + query_key, retstart stepping by the batch size until the
 * count); a list of PMIDs is sent in chunks, by POST when long.
 *
 * Records are numbered by their position in the whole set (`source.record`), not within a batch, and carry no line
 * number (a line of one batch's answer locates nothing in a fetch). A batch that comes back short, or PMIDs that do
 * not come back, are reported in `warnings`: nothing is dropped silently.
 */
import type { ReadIssue } from '../issues.js';
import { readItems } from '../read.js';
import type { ReadItem } from '../reader.js';
import type { Caller } from './caller.js';
import { PubmedError, throwIfAborted } from './errors.js';
import { checkPmids } from './pmids.js';
import type { RunOptions } from './progress.js';
import type { Params } from './request.js';

/** Records per EFetch request unless told otherwise. */
export const DEFAULT_FETCH_BATCH = 200;
/** EFetch's documented maximum per request. */
export const MAX_FETCH_BATCH = 10_000;
/** PubMed's E-utilities are reported to serve only the first 9,999 records of a search. */
export const PUBMED_SEARCH_WINDOW = 9_999;

export interface FetchOptions extends RunOptions {
  /** Records per request (1–10,000; default 200). */
  batchSize?: number;
  /** Fetch at most this many records (default: the whole set). */
  limit?: number;
}

/** A place on the history server, as ESearch (or EPost) left it. */
export interface HistoryRef {
  webEnv?: string;
  queryKey?: string;
  count: number;
}

interface Batch {
  /** 0-based position of the batch's first record in the whole set. */
  start: number;
  /** Records asked for. */
  size: number;
  params: Params;
  /** PMIDs asked for, when fetching by id. */
  pmids?: string[];
}

/**
 * Records and issues of a fetch, in order, with the count of records delivered and the warnings so far. Iterate it
 * once; `fetched` and `warnings` are final when the iteration ends.
 * @example
 * const stream = client.fetch(search, { batchSize: 500 });
 * for await (const item of stream) if (item.kind === 'record') console.log(item.record.pmid);
 * stream.fetched; // → 5
 */
export class RecordStream implements AsyncIterable<ReadItem> {
  #fetched = 0;
  readonly #warnings: string[];
  #started = false;

  constructor(
    private readonly caller: Caller,
    private readonly batches: Batch[],
    private readonly total: number,
    private readonly options: RunOptions,
    warnings: string[] = [],
  ) {
    this.#warnings = warnings;
  }

  /** Records delivered so far. */
  get fetched(): number {
    return this.#fetched;
  }

  /** Short batches, missing PMIDs and limits met so far. */
  get warnings(): readonly string[] {
    return this.#warnings;
  }

  [Symbol.asyncIterator](): AsyncIterator<ReadItem> {
    if (this.#started) throw new PubmedError('invalid_argument', 'a PubMed fetch can be iterated only once');
    this.#started = true;
    return this.run();
  }

  private async *run(): AsyncGenerator<ReadItem> {
    const { signal, onProgress } = this.options;
    onProgress?.({ phase: 'fetch', done: 0, total: this.total });
    for (const batch of this.batches) {
      throwIfAborted(signal);
      const text = await this.caller.call('efetch', batch.params, signal);
      checkFetchBody(text, batch);
      const seen = new Set<string>();
      let received = 0;
      for await (const item of readItems({ data: text, file: 'pubmed' }, { format: 'pubmed-xml' })) {
        throwIfAborted(signal);
        if (item.kind === 'record') {
          item.record.source.record += batch.start;
          delete item.record.source.line;
          received++;
          seen.add(item.record.pmid ?? item.record.id);
          this.#fetched++;
        } else {
          renumber(item.issue, batch.start);
        }
        yield item;
      }
      this.noteShortfall(batch, received, seen);
      onProgress?.({ phase: 'fetch', done: Math.min(this.total, batch.start + batch.size), total: this.total });
    }
  }

  private noteShortfall(batch: Batch, received: number, seen: Set<string>): void {
    if (batch.pmids) {
      for (const pmid of batch.pmids)
        if (!seen.has(pmid)) this.#warnings.push(`PMID ${pmid}: PubMed returned no record`);
    } else if (received < batch.size) {
      const range = `${batch.start + 1}–${batch.start + batch.size}`;
      this.#warnings.push(`records ${range}: PubMed returned ${received} of ${batch.size}`);
    }
  }
}

function renumber(issue: ReadIssue, offset: number): void {
  if (issue.record !== undefined) issue.record += offset;
  delete issue.line;
}

/** EFetch reports errors inside a 200 answer (`<eFetchResult><ERROR>…`); anything but PubMed XML is refused. */
function checkFetchBody(text: string, batch: Batch): void {
  const range = `records ${batch.start + 1}–${batch.start + batch.size}`;
  const error = /<ERROR>([\s\S]*?)<\/ERROR>/.exec(text.slice(0, 4096));
  if (error) {
    const said = error[1].trim();
    const hint = /unable to obtain query/i.test(said)
      ? " (the search's result set on PubMed's history server is gone, usually because it expired; run the search again)"
      : '';
    throw new PubmedError('server_error', `PubMed could not return ${range}: ${said}${hint}`);
  }
  if (!/<PubmedArticleSet[\s>]|<PubmedArticleSet\/>/.test(text.slice(0, 4096))) {
    const start = text.trim().slice(0, 80).replace(/\s+/g, ' ');
    throw new PubmedError('bad_response', `efetch: ${range} are not PubMed XML (the answer starts "${start}")`);
  }
}

function checkBatchSize(options: FetchOptions): number {
  const size = options.batchSize ?? DEFAULT_FETCH_BATCH;
  if (!Number.isInteger(size) || size < 1 || size > MAX_FETCH_BATCH) {
    throw new PubmedError(
      'invalid_argument',
      `batchSize must be an integer from 1 to ${MAX_FETCH_BATCH} (got ${size})`,
    );
  }
  return size;
}

function checkLimit(options: FetchOptions): number | undefined {
  const { limit } = options;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new PubmedError('invalid_argument', `limit must be a non-negative integer (got ${limit})`);
  }
  return limit;
}

/** The stream for a search's result set on the history server. */
export function fetchHistory(caller: Caller, history: HistoryRef, options: FetchOptions = {}): RecordStream {
  const size = checkBatchSize(options);
  const limit = checkLimit(options);
  if (history.count > 0 && (!history.webEnv || !history.queryKey)) {
    throw new PubmedError(
      'invalid_argument',
      'the search has no WebEnv and query_key to fetch from (run it with usehistory)',
    );
  }
  const total = Math.min(history.count, limit ?? history.count);
  const warnings: string[] = [];
  if (limit !== undefined && limit < history.count) {
    warnings.push(`fetched at most ${limit} of the ${history.count} records the search found (limit)`);
  }
  if (total > PUBMED_SEARCH_WINDOW) {
    warnings.push(
      `the search found ${history.count} records; PubMed may serve only the first ${PUBMED_SEARCH_WINDOW.toLocaleString('en')} ` +
        'through the E-utilities: split the search (for example by date ranges) to be sure of the rest',
    );
  }
  const batches: Batch[] = [];
  for (let start = 0; start < total; start += size) {
    const retmax = Math.min(size, total - start);
    batches.push({
      start,
      size: retmax,
      params: [
        ['db', 'pubmed'],
        ['WebEnv', history.webEnv ?? ''],
        ['query_key', history.queryKey ?? ''],
        ['retstart', String(start)],
        ['retmax', String(retmax)],
        ['retmode', 'xml'],
      ],
    });
  }
  return new RecordStream(caller, batches, total, options, warnings);
}

/** The stream for a list of PMIDs (duplicates fetched once), in chunks of the batch size. */
export function fetchPmids(caller: Caller, pmids: readonly string[], options: FetchOptions = {}): RecordStream {
  const size = checkBatchSize(options);
  const limit = checkLimit(options);
  const unique = checkPmids(pmids).slice(0, limit);
  const batches: Batch[] = [];
  for (let start = 0; start < unique.length; start += size) {
    const chunk = unique.slice(start, start + size);
    batches.push({
      start,
      size: chunk.length,
      pmids: chunk,
      params: [
        ['db', 'pubmed'],
        ['id', chunk.join(',')],
        ['retmode', 'xml'],
      ],
    });
  }
  return new RecordStream(caller, batches, unique.length, options);
}
