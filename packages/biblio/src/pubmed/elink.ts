/**
 * ELink for snowballing: the PubMed records a paper cites (`pubmed_pubmed_refs`) and the PubMed records that cite it
 * (`pubmed_pubmed_citedin`), for one or several PMIDs. Each PMID is sent as its own `id` parameter, which makes ELink
 * link each one separately ("one-to-one") and so keeps which PMID each link came from.
 *
 * NCBI knows these links only where it holds the reference lists, mostly for articles in PubMed Central: an empty
 * list means "no links known", not "cites nothing".
 */
import type { Caller } from './caller.js';
import { PubmedError, throwIfAborted } from './errors.js';
import { arrayAt, isObject, type JsonObject, parseJson, stringAt } from './json.js';
import { checkPmids } from './pmids.js';
import type { RunOptions } from './progress.js';

/** The PubMed-to-PubMed link names used for snowballing. */
export const LINKNAMES = {
  /** Records the paper cites (backward snowballing). */
  references: 'pubmed_pubmed_refs',
  /** Records that cite the paper (forward snowballing). */
  citedBy: 'pubmed_pubmed_citedin',
} as const;
export type Linkname = (typeof LINKNAMES)[keyof typeof LINKNAMES];

/** Source PMIDs per ELink request unless told otherwise. */
export const DEFAULT_LINK_BATCH = 100;
/** Most source PMIDs the client sends in one ELink request. */
export const MAX_LINK_BATCH = 1000;

export interface PmidLinks {
  /** The source PMID. */
  pmid: string;
  /** The linked PMIDs, in ELink's order. */
  linked: string[];
}

export interface LinkResult {
  linkname: Linkname;
  /** One entry per source PMID, in the order given (duplicates once), empty when no links are known. */
  links: PmidLinks[];
  /** Source PMIDs ELink reported an error for or did not answer for. */
  warnings: string[];
}

export interface LinkOptions extends RunOptions {
  /** Source PMIDs per request (1–1000; default 100; more than 200 go by POST). */
  batchSize?: number;
}

/**
 * Links of one kind for each PMID.
 * @example
 * const refs = await fetchLinks(caller, ['12011773'], 'pubmed_pubmed_refs');
 * refs.links; // → [{ pmid: '12011773', linked: ['7631676', '10907623'] }]
 */
export async function fetchLinks(
  caller: Caller,
  pmids: readonly string[],
  linkname: Linkname,
  options: LinkOptions = {},
): Promise<LinkResult> {
  if (!Object.values(LINKNAMES).includes(linkname)) {
    const known = Object.values(LINKNAMES).join(', ');
    throw new PubmedError('invalid_argument', `linkname must be one of ${known} (got ${linkname})`);
  }
  const size = options.batchSize ?? DEFAULT_LINK_BATCH;
  if (!Number.isInteger(size) || size < 1 || size > MAX_LINK_BATCH) {
    throw new PubmedError('invalid_argument', `batchSize must be an integer from 1 to ${MAX_LINK_BATCH} (got ${size})`);
  }
  const unique = checkPmids(pmids);
  const links: PmidLinks[] = [];
  const warnings: string[] = [];
  options.onProgress?.({ phase: 'link', done: 0, total: unique.length });
  for (let start = 0; start < unique.length; start += size) {
    throwIfAborted(options.signal);
    const chunk = unique.slice(start, start + size);
    const params: [string, string][] = [
      ['dbfrom', 'pubmed'],
      ['db', 'pubmed'],
      ['linkname', linkname],
      ['cmd', 'neighbor'],
      ['retmode', 'json'],
      ...chunk.map((pmid): [string, string] => ['id', pmid]),
    ];
    const found = parseLinks(await caller.call('elink', params, options.signal), linkname);
    for (const pmid of chunk) {
      const entry = found.get(pmid);
      if (typeof entry === 'string') warnings.push(`PMID ${pmid}: ${entry}`);
      else if (entry === undefined) warnings.push(`PMID ${pmid}: ELink returned no link set`);
      links.push({ pmid, linked: Array.isArray(entry) ? entry : [] });
    }
    options.onProgress?.({ phase: 'link', done: start + chunk.length, total: unique.length });
  }
  return { linkname, links, warnings };
}

/** Source PMID → linked PMIDs of `linkname`, or → ELink's error text for that PMID. */
export function parseLinks(text: string, linkname: string): Map<string, string[] | string> {
  const body = parseJson(text, 'elink');
  const top = stringAt(body, 'ERROR') ?? stringAt(body, 'error');
  if (top) throw new PubmedError('server_error', `PubMed could not return links: ${top}`);
  const out = new Map<string, string[] | string>();
  for (const set of arrayAt(body, 'linksets')) {
    if (!isObject(set)) continue;
    const sources = idsOf(set, 'ids');
    const error = stringAt(set, 'ERROR');
    const linked = arrayAt(set, 'linksetdbs')
      .filter((db): db is JsonObject => isObject(db) && stringAt(db, 'linkname') === linkname)
      .flatMap((db) => idsOf(db, 'links'));
    for (const pmid of sources) out.set(pmid, error ?? linked);
  }
  return out;
}

/** Ids as ELink JSON gives them: strings, numbers, or `{id}` objects. */
function idsOf(value: JsonObject, key: string): string[] {
  return arrayAt(value, key).flatMap((v) => {
    if (typeof v === 'string' || typeof v === 'number') return [String(v).trim()];
    if (isObject(v)) {
      const id = stringAt(v, 'id');
      return id ? [id] : [];
    }
    return [];
  });
}
