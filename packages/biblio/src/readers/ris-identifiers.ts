/**
 * Identifiers and links of a RIS record, from the tags each dialect uses: the DOI in `DO` (bare, "doi:", or as a
 * resolver URL), else a doi.org link; the PMID in `AN` of PubMed records exported by EndNote (`DP  - NLM`), in `C2`
 * of Scopus, else a PubMed or Europe PMC link; the PMCID from a PubMed Central link or a "PMCID:" note.
 */
import { normaliseDoi, normalisePmid } from '../normalise.js';
import { first, quote, type RisMapContext, type RisRaw, values } from './ris-values.js';

const URL_TAGS = ['UR', 'L1', 'L2', 'L3', 'L4', 'LK'];
/** Links to a PubMed record: pubmed.ncbi.nlm.nih.gov/N, ncbi.nlm.nih.gov/pubmed/N, europepmc.org/article/MED/N. */
const PUBMED_LINK =
  /\/\/(?:pubmed\.ncbi\.nlm\.nih\.gov|(?:www\.)?ncbi\.nlm\.nih\.gov\/pubmed|(?:www\.)?europepmc\.org\/(?:article|abstract)\/MED)\/(\d{1,9})(?:[/?#]|$)/i;
/** Links to a PubMed Central article: ncbi.nlm.nih.gov/pmc/articles/PMCn, europepmc.org/articles/PMCn. */
const PMC_LINK = /(?:europepmc\.org\/articles|europepmc\.org\/article\/PMC|\/pmc\/articles)\/(PMC\d+)/i;
const DOI_LINK = /^https?:\/\/(?:dx\.)?doi\.org\/(10\..+)$/i;

/**
 * The URLs in the tags' values (one or several per value, separated by spaces or ";").
 * @example
 * urlsOf({ UR: ['http://a.org; http://b.org'] }, ['UR'], ctx); // → ['http://a.org', 'http://b.org']
 */
export function urlsOf(raw: RisRaw, tags: readonly string[], ctx: RisMapContext): string[] {
  return values(raw, tags, ctx).flatMap((v) => v.split(/[\s;]+/).filter((u) => /^(https?|ftp):\/\//i.test(u)));
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The DOI of a record; a `DO` that holds none is reported.
 * @example
 * doiOf({ DO: ['http://dx.doi.org/10.1002/CPP.2398'] }, ctx); // → '10.1002/cpp.2398'
 */
export function doiOf(raw: RisRaw, ctx: RisMapContext): string | undefined {
  const given = values(raw, ['DO'], ctx);
  for (const v of given) {
    const doi = normaliseDoi(v);
    if (doi) return doi;
  }
  if (given.length > 0) ctx.report('bad_value', 'DO', `DO ${quote(given[0])} is not a DOI; left out (kept in raw)`);
  for (const url of urlsOf(raw, URL_TAGS, ctx)) {
    const m = DOI_LINK.exec(url);
    if (m) return normaliseDoi(decodeSafely(m[1]));
  }
  return undefined;
}

/**
 * The PMID of a record, where the dialect or a link says which value is one.
 * @example
 * pmidOf({ DB: ['Scopus'], C2: ['31421429'] }, ctx); // → '31421429'
 */
export function pmidOf(raw: RisRaw, ctx: RisMapContext): string | undefined {
  const databases = values(raw, ['DB', 'DP'], ctx).join(' ');
  if (/\b(NLM|PubMed|MEDLINE)\b/i.test(databases)) {
    const an = normalisePmid(first(raw, ['AN'], ctx));
    if (an) return an;
  }
  if (/\bScopus\b/i.test(databases)) {
    const c2 = normalisePmid(first(raw, ['C2'], ctx));
    if (c2) return c2;
  }
  for (const url of urlsOf(raw, URL_TAGS, ctx)) {
    const m = PUBMED_LINK.exec(url);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * The PMCID of a record, from a PubMed Central link or an "N1  - PMCID: …" note.
 * @example
 * pmcidOf({ L2: ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7999968'] }, ctx); // → 'PMC7999968'
 */
export function pmcidOf(raw: RisRaw, ctx: RisMapContext): string | undefined {
  for (const url of urlsOf(raw, URL_TAGS, ctx)) {
    const m = PMC_LINK.exec(url);
    if (m) return m[1].toUpperCase();
  }
  for (const note of values(raw, ['N1'], ctx)) {
    const m = /^PMCID:\s*(PMC\d+)/i.exec(note);
    if (m) return m[1].toUpperCase();
  }
  return undefined;
}
