/**
 * The one seam between the E-utilities client and the network: a function from a request to a status, headers and
 * body text. The client never calls `fetch` itself, so tests hand it recorded responses and nothing can reach the
 * network by accident; {@link fetchTransport} is the real one, on Node's global `fetch`.
 */

/** One HTTP request as the client makes it. */
export interface HttpRequest {
  url: string;
  method: 'GET' | 'POST';
  /** Form-encoded parameters for POST (`application/x-www-form-urlencoded`); absent for GET. */
  body?: string;
  /** Request headers (the client sets only `content-type`, for POST). */
  headers?: Record<string, string>;
  /** Aborted when the caller cancels or the request times out; a transport should stop when it fires. */
  signal: AbortSignal;
}

/** What came back. */
export interface HttpResponse {
  status: number;
  /** Response headers with lower-case names. */
  headers: Record<string, string>;
  /** The body decoded as text (E-utilities answer in UTF-8). */
  text: string;
}

/**
 * Sends one request. Resolves with whatever status the server gave (4xx and 5xx included); rejects only when no
 * answer arrived (DNS failure, refused or reset connection, abort).
 */
export type HttpTransport = (request: HttpRequest) => Promise<HttpResponse>;

/**
 * The transport on Node's global `fetch`.
 * @example
 * const response = await fetchTransport({
 *   url: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils/einfo.fcgi?db=pubmed&retmode=json',
 *   method: 'GET',
 *   signal: AbortSignal.timeout(30_000),
 * });
 * response.status; // → 200
 */
export const fetchTransport: HttpTransport = async (request) => {
  const response = await fetch(request.url, {
    method: request.method,
    body: request.body,
    headers: request.headers,
    signal: request.signal,
  });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  return { status: response.status, headers, text: await response.text() };
};
