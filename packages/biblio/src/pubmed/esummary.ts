/**
 * ESummary: light-weight document summaries (title, authors, journal, date, DOI) for a list of PMIDs, from the
 * version 2.0 DocSum as JSON (`version=2.0&retmode=json`). Cheaper than EFetch when a screen or a snowball only needs
 * to show what a PMID is. A PMID PubMed has no summary for is reported in `warnings`, never dropped silently.
 */
import { normaliseDoi, parseYear } from '../normalise.js';
import type { Caller } from './caller.js';
import { PubmedError, throwIfAborted } from './errors.js';
import { arrayAt, isObject, type JsonObject, objectAt, parseJson, stringAt, stringsAt } from './json.js';
import { checkPmids } from './pmids.js';
import type { RunOptions } from './progress.js';

/** PMIDs per ESummary request unless told otherwise. */
export const DEFAULT_SUMMARY_BATCH = 200;
/** ESummary's documented maximum per request. */
export const MAX_SUMMARY_BATCH = 10_000;

export interface PubmedSummary {
  pmid: string;
  title?: string;
  /** Author names as ESummary gives them ("Roffe C"), group authors included, in order. */
  authors: string[];
  /** Abbreviated journal title (ESummary `source`, e.g. "Med Sci Monit"). */
  journal?: string;
  /** Full journal title. */
  journalFull?: string;
  /** Publication date as PubMed prints it ("2002 May"). */
  pubDate?: string;
  year?: number;
  volume?: string;
  issue?: string;
  /** Pages as PubMed abbreviates them ("175-80"). */
  pages?: string;
  /** Lower-case DOI, from the article ids. */
  doi?: string;
  /** PubMed Central id ("PMC1234567"), when the article is in PMC. */
  pmcid?: string;
  publicationTypes: string[];
  /** Language codes ("eng"). */
  languages: string[];
}

export interface SummaryResult {
  /** Summaries in the order the PMIDs were given (duplicates once). */
  summaries: PubmedSummary[];
  /** PMIDs PubMed had no summary for, with its reason. */
  warnings: string[];
}

export interface SummaryOptions extends RunOptions {
  /** PMIDs per request (1–10,000; default 200; more than 200 go by POST). */
  batchSize?: number;
}

/**
 * Summaries for PMIDs, batch by batch.
 * @example
 * const { summaries } = await fetchSummaries(caller, ['12011773']);
 * summaries[0].journal; // → 'Med Sci Monit'
 */
export async function fetchSummaries(
  caller: Caller,
  pmids: readonly string[],
  options: SummaryOptions = {},
): Promise<SummaryResult> {
  const size = options.batchSize ?? DEFAULT_SUMMARY_BATCH;
  if (!Number.isInteger(size) || size < 1 || size > MAX_SUMMARY_BATCH) {
    throw new PubmedError(
      'invalid_argument',
      `batchSize must be an integer from 1 to ${MAX_SUMMARY_BATCH} (got ${size})`,
    );
  }
  const unique = checkPmids(pmids);
  const summaries: PubmedSummary[] = [];
  const warnings: string[] = [];
  options.onProgress?.({ phase: 'summary', done: 0, total: unique.length });
  for (let start = 0; start < unique.length; start += size) {
    throwIfAborted(options.signal);
    const chunk = unique.slice(start, start + size);
    const params: [string, string][] = [
      ['db', 'pubmed'],
      ['id', chunk.join(',')],
      ['version', '2.0'],
      ['retmode', 'json'],
    ];
    const text = await caller.call('esummary', params, options.signal);
    const found = parseSummaries(text);
    for (const pmid of chunk) {
      const entry = found.get(pmid);
      if (entry === undefined) warnings.push(`PMID ${pmid}: PubMed returned no summary`);
      else if (typeof entry === 'string') warnings.push(`PMID ${pmid}: ${entry}`);
      else summaries.push(entry);
    }
    options.onProgress?.({ phase: 'summary', done: start + chunk.length, total: unique.length });
  }
  return { summaries, warnings };
}

/** PMID → summary, or → PubMed's error text for that PMID ("cannot get document summary"). */
export function parseSummaries(text: string): Map<string, PubmedSummary | string> {
  const body = parseJson(text, 'esummary');
  const top = stringAt(body, 'error');
  if (top) throw new PubmedError('server_error', `PubMed could not return summaries: ${top}`);
  const result = objectAt(body, 'result');
  const out = new Map<string, PubmedSummary | string>();
  for (const uid of stringsAt(result, 'uids')) {
    const doc = objectAt(result, uid);
    const error = stringAt(doc, 'error');
    out.set(uid, error ?? summaryOf(uid, doc));
  }
  return out;
}

function summaryOf(pmid: string, doc: JsonObject): PubmedSummary {
  const ids = new Map<string, string>();
  for (const id of arrayAt(doc, 'articleids')) {
    if (!isObject(id)) continue;
    const type = stringAt(id, 'idtype');
    const value = stringAt(id, 'value');
    if (type && value && !ids.has(type)) ids.set(type, value);
  }
  const summary: PubmedSummary = {
    pmid,
    authors: arrayAt(doc, 'authors').flatMap((a) => {
      const name = isObject(a) ? stringAt(a, 'name') : undefined;
      return name ? [name] : [];
    }),
    publicationTypes: stringsAt(doc, 'pubtype'),
    languages: stringsAt(doc, 'lang'),
  };
  const fields: [keyof PubmedSummary, string | undefined][] = [
    ['title', stringAt(doc, 'title')],
    ['journal', stringAt(doc, 'source')],
    ['journalFull', stringAt(doc, 'fulljournalname')],
    ['pubDate', stringAt(doc, 'pubdate')],
    ['volume', stringAt(doc, 'volume')],
    ['issue', stringAt(doc, 'issue')],
    ['pages', stringAt(doc, 'pages')],
    ['doi', normaliseDoi(ids.get('doi') ?? stringAt(doc, 'elocationid'))],
    ['pmcid', ids.get('pmc')],
  ];
  for (const [key, value] of fields) if (value !== undefined) Object.assign(summary, { [key]: value });
  const year = parseYear(summary.pubDate);
  if (year !== undefined) summary.year = year;
  return summary;
}
