/**
 * RIS fields to record fields: which tag means what in which dialect. The raw fields (tag → values in file order,
 * continuation lines joined with "\n") are read whole, so the mapping does not depend on the order of tags.
 *
 * Dialects, as seen in real exports:
 * - title `TI` (EndNote, Zotero, Mendeley, Scopus, PubMed) or `T1` (Ovid, Embase, ProQuest, Citavi); `BT` is the title
 *   of a whole book and the container of a chapter; `CT`, then the short title `ST`, when nothing else is there.
 * - container `JF`/`JO` (Ovid, Embase, ProQuest, SciELO) or `T2` (EndNote, Zotero, Mendeley, Scopus, Web of Science);
 *   `T2` of a book is its series, not a container. Abbreviations in `JA`, `J2` (Zotero, Scopus, SciELO), `J1`, and in
 *   the vendor tags `JI`/`J9` (Web of Science) and `NL` (Ovid).
 * - abstract `AB`, or `N2` (Ovid, Embase, Reference Manager). SciELO repeats `AB` per language: the first is taken.
 * - year `PY` or `Y1`; `DA` holds a full date (Zotero "2019/10//", SciELO "2018-06-21") or only month and day (EndNote,
 *   Web of Science "Mar 1", "SEP").
 * - keywords one per `KW`, or several in one `KW` on continuation lines (EndNote, Rayyan) or separated by ";".
 * - PubMed ids: `AN` in EndNote exports of PubMed records (`DP  - NLM`), `C2` in Scopus, or a PubMed link.
 * - spreadsheet round trips leave "nan", "null" and "undefined" as values; they are treated as empty.
 */
import { cleanText, normalisePages, parseAuthor, parseYear } from '../normalise.js';
import type { Author, BibRecord } from '../record.js';
import { monthDayDate, risDate } from './date-parts.js';
import { issnsOf } from './issn-list.js';
import { doiOf, pmcidOf, pmidOf, urlsOf } from './ris-identifiers.js';
import { cslTypeOfRis, RIS_BOOK_TYPES, risTypeCode } from './ris-types.js';
import { first, PLACEHOLDER, quote, type RisMapContext, type RisRaw, values } from './ris-values.js';

/** Volume and issue are short labels; longer text there is another field in the wrong place. */
const MAX_LABEL = 40;

/** Tags of the RIS specification, and vendor tags seen in real exports (Ovid, Citavi, Web of Science). */
export const KNOWN_RIS_TAGS: ReadonlySet<string> = new Set(
  [
    'TY A1 A2 A3 A4 AB AD AN AU AV BT C1 C2 C3 C4 C5 C6 C7 C8 CA CN CP CT CY DA DB DO DP ED EP ET ID IS J1 J2 JA JF JO',
    'KW L1 L2 L3 L4 LA LB LK M1 M2 M3 N1 N2 NV OP PB PP PY RI RN RP SE SN SP ST T1 T2 T3 TA TI TT U1 U2 U3 U4 U5 UR',
    'VL VO Y1 Y2 ER',
    'AI NL', // Ovid: author identifiers, NLM journal abbreviation
    'TS M4', // Citavi: export type, program
    'PU PI PA J9 JI WE FX FU', // Web of Science: publisher, city, address, abbreviations, edition, funding
  ]
    .join(' ')
    .split(' '),
);

/** The record fields a RIS record maps to, and the file's own id for it. */
export type RisFields = Omit<BibRecord, 'id' | 'source' | 'raw'> & { ownId?: string };

/**
 * RIS writes persons "Family, Given". Without a comma a name is a person only in the "Family Initials" form of Embase
 * and Scopus ("Adler D.G."); other names of several words are groups ("Cochrane Neuromuscular Group").
 */
function risAuthor(name: string): Author | undefined {
  const author = parseAuthor(name);
  if (author?.given === undefined || name.includes(',') || /^(?:[A-Z]\.?-?){1,4}$/.test(author.given)) return author;
  return { literal: cleanText(name) ?? name };
}

function authorsOf(raw: RisRaw, ctx: RisMapContext): Author[] {
  const authors: Author[] = [];
  for (const tag of Object.keys(raw)) {
    if (tag !== 'AU' && tag !== 'A1') continue;
    for (const value of raw[tag]) {
      for (const name of value.split(/[\n;]/)) {
        const author = risAuthor(name);
        if (!author) continue;
        if (author.given !== undefined && PLACEHOLDER.test(author.given)) {
          if (ctx.first(`placeholder given ${tag}`)) {
            ctx.report('bad_value', tag, `${tag} ${quote(name.trim())}: the given name is a placeholder; left out`);
          }
          delete author.given;
        }
        authors.push(author);
      }
    }
  }
  return authors;
}

function yearOf(raw: RisRaw, ctx: RisMapContext): number | undefined {
  let year: number | undefined;
  for (const tag of ['PY', 'Y1']) {
    for (const value of values(raw, [tag], ctx)) {
      const y = parseYear(value);
      if (y === undefined)
        ctx.report('bad_value', tag, `${tag} ${quote(value)} holds no year; left out of year (kept in raw)`);
      year ??= y;
    }
  }
  return year ?? parseYear(first(raw, ['DA'], ctx));
}

/** `DA` in ISO form (completed with the year when it has only month and day), or verbatim; else `PY`/`Y1` if ISO. */
function dateOf(raw: RisRaw, year: number | undefined, ctx: RisMapContext): string | undefined {
  const da = first(raw, ['DA'], ctx);
  if (da !== undefined) return risDate(da) ?? (year !== undefined ? monthDayDate(da, year) : undefined) ?? da;
  for (const v of values(raw, ['PY', 'Y1'], ctx)) {
    const iso = risDate(v);
    if (iso) return iso;
  }
  return undefined;
}

/** The first value of `tags` short enough to be a volume or issue label; longer ones are reported. */
function shortValue(raw: RisRaw, tags: readonly string[], ctx: RisMapContext): string | undefined {
  for (const tag of tags) {
    const value = first(raw, [tag], ctx);
    if (value === undefined) continue;
    if (value.length <= MAX_LABEL) return value;
    ctx.report(
      'bad_value',
      tag,
      `${tag} ${quote(value)} is too long for a ${tag === 'IS' ? 'issue' : 'volume'}; left out (kept in raw)`,
    );
  }
  return undefined;
}

function pagesOf(raw: RisRaw, ctx: RisMapContext): string | undefined {
  const start = first(raw, ['SP'], ctx);
  if (start === undefined) return undefined;
  const pages = normalisePages(start, first(raw, ['EP'], ctx));
  if (pages && !/\d/.test(pages) && !/^[ivxlcdm]+(-[ivxlcdm]+)?$/i.test(pages)) {
    ctx.report('bad_value', 'SP', `pages ${quote(pages)} are not page numbers; left out (kept in raw)`);
    return undefined;
  }
  return pages;
}

function keywordsOf(raw: RisRaw): string[] {
  const out: string[] = [];
  for (const value of raw.KW ?? []) {
    for (const part of value.split(/[\n;]/)) {
      const k = cleanText(part);
      if (k && !PLACEHOLDER.test(k) && !out.includes(k)) out.push(k);
    }
  }
  return out;
}

function typeOf(raw: RisRaw, ctx: RisMapContext): { code?: string; type?: string } {
  const ty = raw.TY?.[0];
  if (ty === undefined) return {};
  const value = cleanText(ty);
  if (value === undefined) {
    ctx.report('missing_field', 'TY', 'TY is empty; the reference type is unknown');
    return {};
  }
  const code = risTypeCode(value);
  if (code === undefined) {
    ctx.report('bad_value', 'TY', `TY ${quote(value)} is not a RIS reference type; type left out (kept in raw)`);
    return {};
  }
  return { code, type: cslTypeOfRis(code) };
}

/**
 * The record fields of a RIS record's raw fields.
 * @example
 * risFields({ TY: ['JOUR'], TI: ['Magnesium for cramps'], PY: ['2020'] }, ctx);
 * // → { type: 'article-journal', title: 'Magnesium for cramps', year: 2020, date: '2020', authors: [], … }
 */
export function risFields(raw: RisRaw, ctx: RisMapContext): RisFields {
  const { code, type } = typeOf(raw, ctx);
  const book = code !== undefined && RIS_BOOK_TYPES.has(code);
  const year = yearOf(raw, ctx);
  const out: RisFields = {
    type,
    title: first(raw, book ? ['TI', 'T1', 'BT', 'CT', 'ST'] : ['TI', 'T1', 'CT', 'ST'], ctx),
    abstract: first(raw, ['AB', 'N2'], ctx),
    authors: authorsOf(raw, ctx),
    year,
    date: dateOf(raw, year, ctx),
    journal: first(raw, book ? ['JF', 'JO'] : ['JF', 'JO', 'T2', 'BT'], ctx),
    journalAbbrev: first(raw, ['JA', 'J2', 'J1', 'JI', 'J9', 'NL'], ctx),
    volume: shortValue(raw, ['VL', 'VO'], ctx),
    issue: shortValue(raw, ['IS'], ctx),
    pages: pagesOf(raw, ctx),
    doi: doiOf(raw, ctx),
    pmid: pmidOf(raw, ctx),
    pmcid: pmcidOf(raw, ctx),
    issn: issnsOf(values(raw, ['SN'], ctx)),
    keywords: keywordsOf(raw),
    mesh: [],
    publicationTypes: values(raw, ['M3'], ctx).filter((v) => !/\[\d+\]$/.test(v)),
    language: first(raw, ['LA'], ctx),
    url: urlsOf(raw, ['UR'], ctx)[0] ?? urlsOf(raw, ['L2'], ctx)[0],
    ownId: first(raw, ['ID', 'AN'], ctx),
  };
  for (const key of Object.keys(out) as (keyof RisFields)[]) {
    if (out[key] === undefined) delete out[key];
  }
  return out;
}
