/**
 * One record from a group of duplicates, keeping the richest value of each field: the longest abstract, the fullest
 * author list (most authors, then the most written-out given names), the full journal name and its abbreviation, a page
 * range over a first page alone, the DOI, PMID and PMCID from whichever member has them, and the union of ISSNs,
 * keywords, MeSH headings and publication types. The first record in input order is the one kept: its id, source and
 * raw fields stay, and every member is listed in `mergedFrom`. Notices at the end of a group (an erratum tied to its
 * article) give no field: the merged record is the article's, with the notices among its sources.
 */
import type { Author, BibRecord } from '../record.js';
import { stripTitleNotes } from './title.js';
import type { MergedRecord } from './types.js';

type TextField = 'type' | 'date' | 'journalAbbrev' | 'volume' | 'issue' | 'doi' | 'pmid' | 'pmcid' | 'language' | 'url';

/** The first member's value of `field`, else the first member that has one. */
function first(records: readonly BibRecord[], field: TextField): string | undefined {
  for (const r of records) if (r[field]) return r[field];
  return undefined;
}

/** The longest value, by `measure` (the first of equal ones). */
function longest<T>(values: readonly (T | undefined)[], measure: (v: T) => number): T | undefined {
  let best: T | undefined;
  let size = -1;
  for (const v of values) {
    if (v === undefined) continue;
    const s = measure(v);
    if (s > size) {
      best = v;
      size = s;
    }
  }
  return best;
}

function authorDetail(authors: readonly Author[]): number {
  // More authors wins; among lists of the same length, fuller given names ("Christine" over "C").
  return authors.length * 10_000 + authors.reduce((s, a) => s + (a.given?.length ?? 0) + (a.family?.length ?? 0), 0);
}

function mostCommonYear(records: readonly BibRecord[]): number | undefined {
  const counts = new Map<number, number>();
  for (const r of records) if (r.year !== undefined) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  let best: number | undefined;
  for (const [year, count] of counts) if (best === undefined || count > counts.get(best)!) best = year;
  return best;
}

const union = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())];

/**
 * Merges `group` (the one to keep first; the last `notices` of it are notices, which are listed but give no field).
 * @example
 * const merged = mergeRecords([a, b]);
 * merged.id;         // → a.id
 * merged.mergedFrom; // → [{ id: a.id, source: a.source }, { id: b.id, source: b.source }]
 */
export function mergeRecords(group: readonly BibRecord[], notices = 0): MergedRecord {
  if (group.length === 0) throw new RangeError('mergeRecords: a group has at least one record');
  const records = notices > 0 && notices < group.length ? group.slice(0, group.length - notices) : group;
  const kept = records[0];
  const merged: MergedRecord = {
    ...kept,
    authors: longest(
      records.map((r) => r.authors),
      authorDetail,
    )!,
    issn: union(records.map((r) => r.issn)),
    keywords: union(records.map((r) => r.keywords)),
    mesh: union(records.map((r) => r.mesh)),
    publicationTypes: union(records.map((r) => r.publicationTypes)),
    mergedFrom: group.map((r) => ({ id: r.id, source: r.source })),
  };
  // The title with the most letters once the databases' notes ("[Review]") are set aside, written as that record has
  // it; of titles as long, one without notes and not in capitals.
  const title = longest(
    records.map((r) => r.title),
    (t) => {
      const core = stripTitleNotes(t);
      const letters = core.replace(/[^\p{L}\p{N}]/gu, '').length;
      return letters - (core !== t.trim() ? 0.25 : 0) - (t === t.toUpperCase() ? 0.5 : 0);
    },
  );
  const abstract = longest(
    records.map((r) => r.abstract),
    (a) => a.length,
  );
  const journal = longest(
    records.map((r) => r.journal),
    (j) => j.replace(/[^\p{L}\p{N}]/gu, '').length,
  );
  const pages = longest(
    records.map((r) => r.pages),
    (p) => (/\d/.test(p) ? p.length : 0),
  );
  const year = mostCommonYear(records);
  setOrDelete(merged, 'title', title);
  setOrDelete(merged, 'abstract', abstract);
  setOrDelete(merged, 'journal', journal);
  setOrDelete(merged, 'pages', pages);
  if (year !== undefined) merged.year = year;
  for (const field of [
    'type',
    'date',
    'journalAbbrev',
    'volume',
    'issue',
    'doi',
    'pmid',
    'pmcid',
    'language',
    'url',
  ] as const) {
    setOrDelete(merged, field, first(records, field));
  }
  return merged;
}

function setOrDelete(
  record: BibRecord,
  field: TextField | 'title' | 'abstract' | 'journal' | 'pages',
  value: string | undefined,
): void {
  if (value === undefined) delete record[field];
  else record[field] = value;
}
