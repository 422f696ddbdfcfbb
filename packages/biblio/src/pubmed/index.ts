/**
 * The PubMed E-utilities client: ESearch with the history server, EFetch in batches read by the PubMed XML reader,
 * ESummary and ELink for snowballing, polite by construction (identity, rate limit, retries, cancellation).
 */

export { PubmedClient, type PubmedClientOptions, type Retrieval } from './client.js';
export { type Clock, systemClock, type VirtualClock, virtualClock } from './clock.js';
export {
  DEFAULT_FETCH_BATCH,
  type FetchOptions,
  type HistoryRef,
  MAX_FETCH_BATCH,
  PUBMED_SEARCH_WINDOW,
  type RecordStream,
} from './efetch.js';
export { LINKNAMES, type Linkname, type LinkOptions, type LinkResult, type PmidLinks } from './elink.js';
export {
  abortError,
  isAbortError,
  PUBMED_ERROR_CODES,
  PubmedError,
  type PubmedErrorCode,
  type PubmedErrorDetails,
} from './errors.js';
export { DATE_TYPES, type DateType, type SearchQuery, type SearchResult, type Translation } from './esearch.js';
export type { PubmedSummary, SummaryOptions, SummaryResult } from './esummary.js';
export type { ProgressListener, PubmedProgress, RunOptions } from './progress.js';
export { NCBI_RATE, RateLimiter } from './rate-limiter.js';
export { type RecordedAnswer, type RecordedTransport, recordedTransport, type SeenRequest } from './replay.js';
export { EUTILS_BASE, redactUrl } from './request.js';
export { DEFAULT_RETRY, type RetryPolicy } from './retry.js';
export { type SearchRecord, searchRecord } from './search-record.js';
export { fetchTransport, type HttpRequest, type HttpResponse, type HttpTransport } from './transport.js';
