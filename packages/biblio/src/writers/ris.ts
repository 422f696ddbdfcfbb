/**
 * Records to RIS. A record read from RIS is written from its raw fields, verbatim and in order (tags grouped as
 * first seen), so that RIS → records → RIS → records keeps every field, vendor tags included. Any other record is
 * written from its normalised fields with the tags EndNote, Zotero and Mendeley all import: TY, ID, TI, AU, PY, DA,
 * T2 (JF for books), J2, VL, IS, SP/EP, AB, KW (keywords, then MeSH headings, as EndNote writes them), DO, SN, LA, UR,
 * AN with `DB  - PubMed` for a PMID, `N1  - PMCID: …`, M3 for publication types.
 *
 * Note: a RIS record is written from `raw`, so edits to its normalised fields are not written; to write the
 * normalised fields instead, give the record an empty `raw`.
 */

import { RIS_TAG_LINE } from '../readers/ris.js';
import { RIS_BOOK_TYPES, risTypeOfCsl } from '../readers/ris-types.js';
import type { BibRecord } from '../record.js';

export interface RisWriteOptions {
  /** Line end; "\n" (default) or "\r\n" as the RIS specification and old Windows tools want. */
  eol?: '\n' | '\r\n';
}

type Put = (tag: string, value: string | number | undefined) => void;

/** Whether the raw fields are RIS tags (they are when the record was read by the RIS reader). */
function hasRisRaw(record: BibRecord): boolean {
  const tags = Object.keys(record.raw);
  return record.source.format === 'ris' && tags.length > 0 && tags.every((t) => /^[A-Z][A-Z0-9]$/.test(t));
}

function fromRaw(record: BibRecord, put: Put): void {
  put('TY', record.raw.TY?.[0] ?? risTypeOfCsl(record.type));
  for (const [tag, values] of Object.entries(record.raw)) {
    if (tag === 'TY' || tag === 'ER') continue;
    for (const value of values) put(tag, value);
  }
}

/** "2019-03-12" → "2019/03/12", as RIS writes dates; anything else as it is. */
const risDateOf = (date: string) => (/^\d{4}(-\d{2}){0,2}$/.test(date) ? date.replaceAll('-', '/') : date);

function fromFields(r: BibRecord, put: Put): void {
  const ty = risTypeOfCsl(r.type);
  put('TY', ty);
  put('ID', r.id);
  put('TI', r.title);
  for (const a of r.authors) put('AU', a.literal ?? (a.given ? `${a.family ?? ''}, ${a.given}` : a.family));
  put('PY', r.year);
  if (r.date !== undefined) put('DA', risDateOf(r.date));
  put(RIS_BOOK_TYPES.has(ty) ? 'JF' : 'T2', r.journal);
  put('J2', r.journalAbbrev);
  put('VL', r.volume);
  put('IS', r.issue);
  if (r.pages !== undefined) {
    const dash = r.pages.indexOf('-');
    put('SP', dash > 0 ? r.pages.slice(0, dash) : r.pages);
    if (dash > 0) put('EP', r.pages.slice(dash + 1));
  }
  put('AB', r.abstract);
  for (const k of [...r.keywords, ...r.mesh]) put('KW', k);
  put('DO', r.doi);
  for (const s of r.issn) put('SN', s);
  put('LA', r.language);
  put('UR', r.url);
  if (r.pmid !== undefined) {
    put('AN', r.pmid);
    put('DB', 'PubMed');
  }
  if (r.pmcid !== undefined) put('N1', `PMCID: ${r.pmcid}`);
  for (const p of r.publicationTypes) put('M3', p);
}

/**
 * One record as RIS text, from `TY` to `ER` and a blank line.
 * @example
 * risEntry(record); // → 'TY  - JOUR\nID  - 12345\nTI  - Magnesium for cramps\n…\nER  - \n\n'
 */
export function risEntry(record: BibRecord, options: RisWriteOptions = {}): string {
  const out: string[] = [];
  const put: Put = (tag, value) => {
    if (value === undefined) return;
    const [first, ...rest] = String(value).split('\n');
    out.push(`${tag}  - ${first}`);
    // A continuation line must not read as a tag line; one space in front keeps it a continuation.
    for (const line of rest) out.push(RIS_TAG_LINE.test(line) ? ` ${line}` : line);
  };
  if (hasRisRaw(record)) fromRaw(record, put);
  else fromFields(record, put);
  out.push('ER  - ', '');
  const eol = options.eol ?? '\n';
  return out.join(eol) + eol;
}

/**
 * Records as RIS text.
 * @example
 * writeRis(records); // → 'TY  - JOUR\n…\nER  - \n\nTY  - BOOK\n…\nER  - \n\n'
 */
export function writeRis(records: Iterable<BibRecord>, options: RisWriteOptions = {}): string {
  const parts: string[] = [];
  for (const r of records) parts.push(risEntry(r, options));
  return parts.join('');
}

/**
 * Records as RIS text, one chunk per record, for writing a large file in bounded memory.
 * @example
 * for await (const chunk of writeRisStream(readRecords())) out.write(chunk);
 */
export async function* writeRisStream(
  records: AsyncIterable<BibRecord> | Iterable<BibRecord>,
  options: RisWriteOptions = {},
): AsyncGenerator<string> {
  for await (const r of records) yield risEntry(r, options);
}
