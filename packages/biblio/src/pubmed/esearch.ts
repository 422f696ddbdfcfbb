/**
 * ESearch: a PubMed query in, the number of matches, the first PMIDs, and a place on NCBI's history server
 * (WebEnv + query_key) out, from which EFetch then pages through the whole set. Answers are requested as JSON
 * (`retmode=json`): Node reads it without an XML dependency and it carries everything the XML does (count, idlist,
 * translations, errorlist, warninglist, ERROR).
 *
 * What PubMed did with the query is reported, not hidden: an ERROR is thrown as a `server_error`; phrases and fields
 * it did not find or ignored, and its output messages, become `warnings`, because PubMed searches on without them
 * and the count then answers a different question from the one asked.
 */
import { PubmedError } from './errors.js';
import { arrayAt, countAt, isObject, type JsonObject, objectAt, parseJson, stringAt, stringsAt } from './json.js';
import type { Params } from './request.js';

/** Date types PubMed's ESearch documents: publication, Entrez (added to PubMed) and modification date. */
export const DATE_TYPES = ['pdat', 'edat', 'mdat'] as const;
export type DateType = (typeof DATE_TYPES)[number];

/** ESearch returns at most this many PMIDs in one answer. */
export const MAX_RETMAX = 10_000;

export interface SearchQuery {
  /** The PubMed query, as typed in PubMed ("magnesium[tiab] AND cramp*[tiab]"). */
  term: string;
  /** Start of the date range: YYYY, YYYY/MM or YYYY/MM/DD. Needs `maxdate`. */
  mindate?: string;
  /** End of the date range, same forms. Needs `mindate`. */
  maxdate?: string;
  /** Which date the range applies to; default "pdat" (publication date) when a range is given. */
  datetype?: DateType;
  /** PMIDs to return in the answer itself (0–10,000; default 20, as NCBI's). The whole set stays on the history server. */
  retmax?: number;
}

export interface Translation {
  from: string;
  to: string;
}

export interface SearchResult {
  /** The query as sent (date type filled in when a range was given). */
  query: SearchQuery;
  /** When the search ran (ISO 8601, from the client's clock). */
  date: string;
  /** Records matching the query. */
  count: number;
  /** The first `retmax` PMIDs, in PubMed's order. */
  ids: string[];
  /** The history-server session holding the whole result set. */
  webEnv?: string;
  /** The result set's number within `webEnv`. */
  queryKey?: string;
  /** The query as PubMed ran it, after automatic term mapping. */
  queryTranslation?: string;
  /** Each term PubMed mapped, and what it mapped it to. */
  translations: Translation[];
  /** What PubMed reported about the query: phrases not found or ignored, output messages. */
  warnings: string[];
}

const DATE = /^\d{4}(\/(0[1-9]|1[0-2])(\/(0[1-9]|[12]\d|3[01]))?)?$/;

/** Checks a query before anything is sent; returns it with the date type filled in. */
export function checkQuery(query: SearchQuery): SearchQuery {
  const term = typeof query.term === 'string' ? query.term.trim() : '';
  if (!term) throw new PubmedError('invalid_argument', 'term must be a non-empty PubMed query');
  for (const key of ['mindate', 'maxdate'] as const) {
    const value = query[key];
    if (value !== undefined && !DATE.test(value)) {
      throw new PubmedError('invalid_argument', `${key} must be YYYY, YYYY/MM or YYYY/MM/DD (got ${value})`);
    }
  }
  if ((query.mindate === undefined) !== (query.maxdate === undefined)) {
    throw new PubmedError('invalid_argument', 'mindate and maxdate must be given together (ESearch ignores one alone)');
  }
  if (query.datetype !== undefined && !DATE_TYPES.includes(query.datetype)) {
    throw new PubmedError(
      'invalid_argument',
      `datetype must be one of ${DATE_TYPES.join(', ')} (got ${query.datetype})`,
    );
  }
  const retmax = query.retmax ?? 20;
  if (!Number.isInteger(retmax) || retmax < 0 || retmax > MAX_RETMAX) {
    throw new PubmedError('invalid_argument', `retmax must be an integer from 0 to ${MAX_RETMAX} (got ${retmax})`);
  }
  const checked: SearchQuery = { term, retmax };
  if (query.mindate !== undefined && query.maxdate !== undefined) {
    Object.assign(checked, { datetype: query.datetype ?? 'pdat', mindate: query.mindate, maxdate: query.maxdate });
  } else if (query.datetype !== undefined) {
    checked.datetype = query.datetype;
  }
  return checked;
}

/**
 * ESearch parameters for a checked query, results kept on the history server.
 * @example
 * searchParams({ term: 'magnesium', retmax: 0 });
 * // → [['db','pubmed'], ['term','magnesium'], ['usehistory','y'], ['retmode','json'], ['retmax','0']]
 */
export function searchParams(query: SearchQuery): Params {
  const params: [string, string][] = [
    ['db', 'pubmed'],
    ['term', query.term],
    ['usehistory', 'y'],
    ['retmode', 'json'],
    ['retmax', String(query.retmax ?? 20)],
  ];
  if (query.datetype) params.push(['datetype', query.datetype]);
  if (query.mindate && query.maxdate) params.push(['mindate', query.mindate], ['maxdate', query.maxdate]);
  return params;
}

/** Reads an ESearch JSON answer; throws `server_error` for an ERROR and `bad_response` for a missing count. */
export function parseSearch(text: string, query: SearchQuery, date: string): SearchResult {
  const body = parseJson(text, 'esearch');
  const top = stringAt(body, 'error');
  if (top) throw new PubmedError('server_error', `PubMed could not run the search: ${top}`);
  const result = objectAt(body, 'esearchresult');
  const error = stringAt(result, 'ERROR');
  if (error) throw new PubmedError('server_error', `PubMed could not run the search: ${error}`);
  const count = countAt(result, 'count');
  if (count === undefined)
    throw new PubmedError('bad_response', 'esearch: the answer has no count of matching records');
  const search: SearchResult = {
    query,
    date,
    count,
    ids: stringsAt(result, 'idlist'),
    translations: translationsOf(result),
    warnings: warningsOf(result),
  };
  const webEnv = stringAt(result, 'webenv');
  const queryKey = stringAt(result, 'querykey');
  const queryTranslation = stringAt(result, 'querytranslation');
  if (webEnv) search.webEnv = webEnv;
  if (queryKey) search.queryKey = queryKey;
  if (queryTranslation) search.queryTranslation = queryTranslation;
  return search;
}

function translationsOf(result: JsonObject): Translation[] {
  return arrayAt(result, 'translationset').flatMap((t) => {
    if (!isObject(t)) return [];
    const from = stringAt(t, 'from');
    const to = stringAt(t, 'to');
    return from && to ? [{ from, to }] : [];
  });
}

const LISTS: ReadonlyArray<readonly [string, string, (item: string) => string]> = [
  ['errorlist', 'phrasesnotfound', (p) => `phrase not found: "${p}" (PubMed searched without it)`],
  ['errorlist', 'fieldsnotfound', (f) => `field not found: "${f}" (PubMed searched without it)`],
  ['warninglist', 'quotedphrasesnotfound', (p) => `quoted phrase not found: ${p}`],
  ['warninglist', 'phrasesignored', (p) => `phrase ignored: "${p}"`],
  ['warninglist', 'outputmessages', (m) => m],
];

function warningsOf(result: JsonObject): string[] {
  return LISTS.flatMap(([list, key, say]) => stringsAt(objectAt(result, list), key).map(say));
}
