/**
 * Building an E-utilities request: the utility's parameters in a fixed order, then the caller's identity (`tool`,
 * `email`, and `api_key` when there is one) on every request, as NCBI's usage guidelines ask. Long requests go by
 * POST with the parameters form-encoded in the body: the documentation asks for POST when "more than about 200 UIDs
 * are to be provided", and a long search strategy would make an over-long URL just the same.
 */

/** The E-utilities base URL. */
export const EUTILS_BASE = 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils/';

/** More ids than this in one request, and it is sent by POST. */
export const POST_ABOVE_IDS = 200;
/**
 * A query string longer than this, and the request is sent by POST: well above 200 PMIDs (about 2,200 characters with
 * their encoded commas, which the documentation still allows by GET) and well below the 8 kB many servers accept.
 */
export const POST_ABOVE_CHARS = 4000;

export type Utility = 'esearch' | 'efetch' | 'esummary' | 'elink';

/** Parameters in order; a name may repeat (ELink takes one `id` per source record). */
export type Params = ReadonlyArray<readonly [string, string]>;

export interface Identity {
  tool: string;
  email: string;
  apiKey?: string;
}

export interface BuiltRequest {
  method: 'GET' | 'POST';
  url: string;
  body?: string;
  headers?: Record<string, string>;
  /** The URL to show in messages: the API key removed, for POST the endpoint only. */
  shownUrl: string;
}

/**
 * @example
 * buildRequest(EUTILS_BASE, 'esearch', [['db', 'pubmed'], ['term', 'magnesium']], { tool: 'evidens', email: 'a@b.org' }).url;
 * // → 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi?db=pubmed&term=magnesium&tool=evidens&email=a%40b.org'
 */
export function buildRequest(base: string, utility: Utility, params: Params, identity: Identity): BuiltRequest {
  const search = new URLSearchParams();
  for (const [name, value] of params) search.append(name, value);
  search.append('tool', identity.tool);
  search.append('email', identity.email);
  if (identity.apiKey) search.append('api_key', identity.apiKey);
  const endpoint = `${base}${utility}.fcgi`;
  const query = search.toString();
  const ids = params.filter(([name]) => name === 'id').reduce((n, [, v]) => n + v.split(',').length, 0);
  if (ids > POST_ABOVE_IDS || query.length > POST_ABOVE_CHARS) {
    return {
      method: 'POST',
      url: endpoint,
      body: query,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      shownUrl: `${endpoint} (POST)`,
    };
  }
  const url = `${endpoint}?${query}`;
  return { method: 'GET', url, shownUrl: redactUrl(url) };
}

/**
 * The URL without its `api_key` parameter, for messages and logs.
 * @example
 * redactUrl('https://x.org/esearch.fcgi?term=a&api_key=SECRET&tool=t'); // → 'https://x.org/esearch.fcgi?term=a&tool=t'
 */
export function redactUrl(url: string): string {
  const question = url.indexOf('?');
  if (question < 0) return url;
  const search = new URLSearchParams(url.slice(question + 1));
  search.delete('api_key');
  const rest = search.toString();
  return rest ? `${url.slice(0, question)}?${rest}` : url.slice(0, question);
}
