/**
 * MEDLINE (PubMed "MEDLINE" / .nbib) fields to record fields. Field meanings are NLM's: "MEDLINE/PubMed Data Element
 * (Field) Descriptions", https://www.nlm.nih.gov/bsd/mms/medlineelements.html.
 *
 * The mapping is one pass over a record's fields, each tag already looked up once per file (see {@link medlineTag}):
 * exports hold millions of fields, and a scan of every field for each record field costs more than reading the text.
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

/** The tags read into record fields, each with its number in the mapping's switch; every other tag is 0 (raw only). */
const FIELD_TAGS = 'PMID DP LID AID BTI TI AB JT TA VI IP PG LA PMC IS OT MH PT FAU AU CN'.split(' ');
const [PMID, DP, LID, AID, BTI, TI, AB, JT, TA, VI, IP, PG, LA, PMC, IS, OT, MH, PT, FAU, AU, CN] = FIELD_TAGS.map(
  (_, i) => i + 1,
);

/** A tag as the reader meets it: looked up once per file, then shared by all its fields. */
export interface MedlineTag {
  /** The tag without its padding: "AU", "PMID". */
  name: string;
  /** Whether NLM defines it. */
  known: boolean;
  /** The record field it is read into (a number for the mapping's switch); 0 when it is kept in raw only. */
  field: number;
}

/** The description of a tag. */
export function medlineTag(name: string): MedlineTag {
  return { name, known: KNOWN_MEDLINE_TAGS.has(name), field: FIELD_TAGS.indexOf(name) + 1 };
}

/** The fields of one record, in file order. The arrays are reused from record to record: only `count` are its. */
export interface MedlineFieldList {
  count: number;
  tags: readonly MedlineTag[];
  /** The values as read: continuation lines trimmed and joined with "\n". */
  values: readonly string[];
}

export interface MedlineMapContext {
  /** Reports a problem with the field `tag` (the caller adds the line and record). */
  report(code: IssueCode, tag: string, message: string): void;
}

const quote = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** "value [kind]" in an LID or AID field. */
const LOCATION = /^(.*?)\s*\[([a-z]+)\]$/;

/** The value of an `LID`/`AID` of the given kind ("doi"), or the first without a kind when `kind` is undefined. */
function location(values: readonly string[], kind: string | undefined): string | undefined {
  for (const value of values) {
    const m = LOCATION.exec(value.trim());
    const v = cleanText(m ? m[1] : value);
    if (v && (m ? m[2] : undefined) === kind) return v;
  }
  return undefined;
}

/** Adds `value` to `list` unless it is empty or there already. */
function addDistinct(list: string[], value: string | undefined): void {
  if (value !== undefined && !list.includes(value)) list.push(value);
}

// Scratch lists for one record at a time (the mapping is synchronous).
const people: number[] = [];
const locations: string[] = [];
const issnValues: string[] = [];

/**
 * Reads a MEDLINE record's fields into `record` (whose `raw` the caller fills): the first non-empty value of a
 * single-valued field, the distinct values of a list field, each cleaned of runs of whitespace.
 * @example
 * // fields PMID 12230038, TI "The Bio* toolkits--a brief overview.", DP "2002 Sep"
 * // → record.pmid '12230038', title 'The Bio* toolkits--a brief overview.', year 2002, date '2002-09', type 'article-journal'
 */
export function mapMedlineFields(record: BibRecord, fields: MedlineFieldList, ctx: MedlineMapContext): void {
  const { count, tags, values } = fields;
  let pmidValue: string | undefined;
  let dp: string | undefined;
  let book: string | undefined;
  let title: string | undefined;
  let abstract: string | undefined;
  let journal: string | undefined;
  let journalAbbrev: string | undefined;
  let volume: string | undefined;
  let issue: string | undefined;
  let pg: string | undefined;
  let language: string | undefined;
  let pmcid: string | undefined;
  let fullNames = false;
  people.length = 0;
  locations.length = 0;
  issnValues.length = 0;
  for (let i = 0; i < count; i++) {
    switch (tags[i].field) {
      case 0:
        break;
      case PMID:
        pmidValue ??= cleanText(values[i]);
        break;
      case DP:
        dp ??= cleanText(values[i]);
        break;
      case LID:
      case AID:
        locations.push(values[i]);
        break;
      case BTI:
        book ??= cleanText(values[i]);
        break;
      case TI:
        title ??= cleanText(values[i]);
        break;
      case AB:
        abstract ??= cleanText(values[i]);
        break;
      case JT:
        journal ??= cleanText(values[i]);
        break;
      case TA:
        journalAbbrev ??= cleanText(values[i]);
        break;
      case VI:
        volume ??= cleanText(values[i]);
        break;
      case IP:
        issue ??= cleanText(values[i]);
        break;
      case PG:
        pg ??= cleanText(values[i]);
        break;
      case LA:
        language ??= cleanText(values[i]);
        break;
      case PMC:
        if (pmcid === undefined) {
          const v = cleanText(values[i]);
          if (v !== undefined && /^PMC\d+$/.test(v)) pmcid = v;
        }
        break;
      case IS: {
        const v = cleanText(values[i]);
        if (v !== undefined) issnValues.push(v);
        break;
      }
      case OT:
        addDistinct(record.keywords, cleanText(values[i]));
        break;
      case MH:
        addDistinct(record.mesh, cleanText(values[i]));
        break;
      case PT:
        addDistinct(record.publicationTypes, cleanText(values[i]));
        break;
      case FAU:
        fullNames = true;
        people.push(i);
        break;
      case AU:
      case CN:
        people.push(i);
        break;
      default:
    }
  }

  const pmid = normalisePmid(pmidValue);
  if (pmidValue !== undefined && pmid === undefined) {
    ctx.report('bad_value', 'PMID', `PMID ${quote(pmidValue)} is not a PubMed id; left out (kept in raw)`);
  }
  const year = parseYear(dp);
  if (dp !== undefined && year === undefined) {
    ctx.report('bad_value', 'DP', `DP ${quote(dp)} holds no year; left out of year (kept in raw)`);
  }
  const doiValue = locations.length > 0 ? location(locations, 'doi') : undefined;
  const doi = normaliseDoi(doiValue);
  if (doiValue !== undefined && doi === undefined) {
    ctx.report('bad_value', 'LID', `${quote(doiValue)} marked [doi] is not a DOI; left out (kept in raw)`);
  }

  // Full names (FAU) where the record has them, else the short forms (AU); group authors (CN) where they stand.
  const personal = fullNames ? FAU : AU;
  const authors: Author[] = record.authors;
  for (const i of people) {
    const field = tags[i].field;
    if (field !== CN && field !== personal) continue;
    const name = cleanText(values[i]);
    if (!name) continue;
    if (field === CN) authors.push({ literal: name });
    else {
      const a = parseAuthor(name);
      if (a) authors.push(a);
    }
  }
  if (issnValues.length > 0) record.issn = issnsOf(issnValues);

  // Set in the order the fields have always been added, so that records serialise alike.
  record.type = book === undefined ? 'article-journal' : title === undefined ? 'book' : 'chapter';
  const shownTitle = title ?? book;
  if (shownTitle !== undefined) record.title = shownTitle;
  if (abstract !== undefined) record.abstract = abstract;
  if (year !== undefined) record.year = year;
  if (dp !== undefined) record.date = medlineDate(dp) ?? dp;
  const container = journal ?? (title === undefined ? undefined : book);
  if (container !== undefined) record.journal = container;
  if (journalAbbrev !== undefined) record.journalAbbrev = journalAbbrev;
  if (volume !== undefined) record.volume = volume;
  if (issue !== undefined) record.issue = issue;
  const pages = normalisePages(pg ?? (locations.length > 0 ? location(locations, undefined) : undefined));
  if (pages !== undefined) record.pages = pages;
  if (doi !== undefined) record.doi = doi;
  if (pmid !== undefined) record.pmid = pmid;
  if (pmcid !== undefined) record.pmcid = pmcid;
  if (language !== undefined) record.language = language;
}
