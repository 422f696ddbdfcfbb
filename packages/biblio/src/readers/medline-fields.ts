/**
 * MEDLINE (PubMed "MEDLINE" / .nbib) fields to record fields. Field meanings are NLM's: "MEDLINE/PubMed Data Element
 * (Field) Descriptions", https://www.nlm.nih.gov/bsd/mms/medlineelements.html.
 */
import type { IssueCode } from '../issues.js';
import { cleanText, normaliseDoi, normalisePages, normalisePmid, parseAuthor, parseYear } from '../normalise.js';
import type { Author, BibRecord } from '../record.js';
import { medlineDate } from './date-parts.js';
import { issnsOf } from './issn-list.js';

/** The MEDLINE tags NLM defines; others are kept in raw with an `unknown_tag` warning. */
export const KNOWN_MEDLINE_TAGS: ReadonlySet<string> = new Set(
  [
    'AB AD AID AU AUID BTI CI CIN CN COI COIS CON CP CRDT CRF CRI CTDT CTI DA DCOM DDIN DEP DP DRDT ECF ECI ED EDAT EFR',
    'EIN EN FAU FBTI FED FIR FPS GN GR GS IP IR IRAD IS ISBN JID JT LA LID LR MH MHDA MID NM OAB OABL OCI OID ORI OT',
    'OTO OWN PB PG PHST PL PMC PMCR PMID PS PST PT PUBM RF RIN RN ROF RPF RPI RRF RRI SB SFM SI SO SPIN STAT TA TI TT',
    'UIN UOF VI VTI',
  ]
    .join(' ')
    .split(' '),
);

export interface MedlineMapContext {
  /** Reports a problem with the field `tag` (the caller adds the line and record). */
  report(code: IssueCode, tag: string, message: string): void;
}

/** A field as read: tag and value (continuation lines joined with "\n"), in file order. */
export type MedlineEntry = readonly [tag: string, value: string];

export type MedlineFields = Omit<BibRecord, 'id' | 'source' | 'raw'>;

const quote = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

function all(entries: readonly MedlineEntry[], tag: string): string[] {
  const out: string[] = [];
  for (const [t, v] of entries) {
    const c = t === tag ? cleanText(v) : undefined;
    if (c !== undefined && !out.includes(c)) out.push(c);
  }
  return out;
}

/** Full names (FAU) where the record has them, else the short forms (AU); group authors (CN) where they stand. */
function authorsOf(entries: readonly MedlineEntry[]): Author[] {
  const personal = entries.some(([t]) => t === 'FAU') ? 'FAU' : 'AU';
  const authors: Author[] = [];
  for (const [tag, value] of entries) {
    if (tag !== 'CN' && tag !== personal) continue;
    const name = cleanText(value);
    if (!name) continue;
    if (tag === 'CN') authors.push({ literal: name });
    else if (tag === personal) {
      const a = parseAuthor(name);
      if (a) authors.push(a);
    }
  }
  return authors;
}

/** The value of a `LID`/`AID` with the given kind ("doi", "pii"), or those without a kind when `kind` is undefined. */
function locations(entries: readonly MedlineEntry[], kind: string | undefined): string[] {
  const out: string[] = [];
  for (const [tag, value] of entries) {
    if (tag !== 'LID' && tag !== 'AID') continue;
    const m = /^(.*?)\s*\[([a-z]+)\]$/.exec(value.trim());
    const v = cleanText(m ? m[1] : value);
    if (v && (m ? m[2] : undefined) === kind) out.push(v);
  }
  return out;
}

/**
 * The record fields of a MEDLINE record's fields.
 * @example
 * medlineFields([['PMID', '12230038'], ['TI', 'The Bio* toolkits--a brief overview.'], ['DP', '2002 Sep']], ctx);
 * // → { pmid: '12230038', title: 'The Bio* toolkits--a brief overview.', year: 2002, date: '2002-09', … }
 */
export function medlineFields(entries: readonly MedlineEntry[], ctx: MedlineMapContext): MedlineFields {
  const one = (tag: string) => all(entries, tag)[0];
  const pmidValue = one('PMID');
  const pmid = normalisePmid(pmidValue);
  if (pmidValue !== undefined && pmid === undefined) {
    ctx.report('bad_value', 'PMID', `PMID ${quote(pmidValue)} is not a PubMed id; left out (kept in raw)`);
  }
  const dp = one('DP');
  const year = parseYear(dp);
  if (dp !== undefined && year === undefined) {
    ctx.report('bad_value', 'DP', `DP ${quote(dp)} holds no year; left out of year (kept in raw)`);
  }
  const doiValue = locations(entries, 'doi')[0];
  const doi = normaliseDoi(doiValue);
  if (doiValue !== undefined && doi === undefined) {
    ctx.report('bad_value', 'LID', `${quote(doiValue)} marked [doi] is not a DOI; left out (kept in raw)`);
  }
  const book = one('BTI');
  const title = one('TI');
  const out: MedlineFields = {
    type: book === undefined ? 'article-journal' : title === undefined ? 'book' : 'chapter',
    title: title ?? book,
    abstract: one('AB'),
    authors: authorsOf(entries),
    year,
    date: dp === undefined ? undefined : (medlineDate(dp) ?? dp),
    journal: one('JT') ?? (title === undefined ? undefined : book),
    journalAbbrev: one('TA'),
    volume: one('VI'),
    issue: one('IP'),
    pages: normalisePages(one('PG') ?? locations(entries, undefined)[0]),
    doi,
    pmid,
    pmcid: all(entries, 'PMC').find((v) => /^PMC\d+$/.test(v)),
    issn: issnsOf(all(entries, 'IS')),
    keywords: all(entries, 'OT'),
    mesh: all(entries, 'MH'),
    publicationTypes: all(entries, 'PT'),
    language: one('LA'),
  };
  for (const key of Object.keys(out) as (keyof MedlineFields)[]) {
    if (out[key] === undefined) delete out[key];
  }
  return out;
}
