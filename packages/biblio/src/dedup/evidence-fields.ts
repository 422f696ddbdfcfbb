/**
 * The evidence items of each field, for evidence.ts: what was seen, in words a person can check, and its points
 * (weights.ts). A field missing on either side adds no item.
 */
import { compareAuthors } from './authors.js';
import { compareJournals } from './journal.js';
import { comparePages } from './locators.js';
import type { MatchRecord } from './prepare.js';
import type { TitleSimilarity } from './title-similarity.js';
import { exchangedWords } from './title-words.js';
import type { Evidence } from './types.js';
import { titlePoints, WEIGHTS } from './weights.js';

const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * DOI and PMID: the same (strong, or weak when the titles disagree) or different (against).
 * @example
 * // → { field: 'doi', kind: 'equal', detail: 'the same DOI 10.1002/cncr.22010', weight: 12 }
 */
export function identifierEvidence(a: MatchRecord, b: MatchRecord, titlesDisagree: boolean, out: Evidence[]): void {
  for (const field of ['doi', 'pmid'] as const) {
    const x = a[field];
    const y = b[field];
    if (!x || !y) continue;
    const name = field === 'doi' ? 'DOI' : 'PMID';
    if (x !== y) out.push({ field, kind: 'conflict', detail: `${name}s ${x} and ${y}`, weight: WEIGHTS.idConflict });
    else if (titlesDisagree)
      out.push({
        field,
        kind: 'equal',
        detail: `the same ${name} ${x}, but the titles disagree (an erratum or a comment can carry the article's ${name})`,
        weight: WEIGHTS.idEqualDoubtful,
      });
    else out.push({ field, kind: 'equal', detail: `the same ${name} ${x}`, weight: WEIGHTS.idEqual });
  }
}

/**
 * The title's similarity, different numbers in the titles, and a notice (erratum, reply) on one side only.
 * @example
 * // → { field: 'title', kind: 'similar', detail: 'title similarity 0.94', weight: 7.86 }
 */
export function titleEvidence(
  a: MatchRecord,
  b: MatchRecord,
  t: TitleSimilarity,
  noticeDiffers: boolean,
  out: Evidence[],
): void {
  let weight = titlePoints(t.value);
  if (t.value === 1) out.push({ field: 'title', kind: 'equal', detail: 'the same title', weight });
  else if (t.contained && weight < WEIGHTS.titleContained) {
    weight = WEIGHTS.titleContained;
    out.push({
      field: 'title',
      kind: 'similar',
      detail: `one title contains the other (similarity ${round(t.value)})`,
      weight,
    });
  } else {
    const kind = weight > 0 ? 'similar' : 'conflict';
    out.push({ field: 'title', kind, detail: `title similarity ${round(t.value)}`, weight: round(weight) });
  }
  const na = a.title!.numbers;
  const nb = b.title!.numbers;
  const onlyA = na.filter((n) => !nb.includes(n));
  const onlyB = nb.filter((n) => !na.includes(n));
  if (onlyA.length > 0 && onlyB.length > 0)
    out.push({
      field: 'title',
      kind: 'conflict',
      detail: `different numbers in the titles (${onlyA.join(' ')} and ${onlyB.join(' ')})`,
      weight: WEIGHTS.titleNumbers,
    });
  if (noticeDiffers)
    out.push({
      field: 'title',
      kind: 'conflict',
      detail: `${a.title!.notice ?? 'an article'} and ${b.title!.notice ?? 'an article'}`,
      weight: WEIGHTS.notice,
      rule: 'notice',
    });
}

/**
 * The first authors, and how many of the shorter author list are found in the longer.
 * @example
 * // → { field: 'authors', kind: 'equal', detail: 'first author zuna', weight: 2 },
 * //   { field: 'authors', kind: 'similar', detail: '3 of 3 authors found in the other list (4 and 3 authors)', weight: 4 }
 */
export function authorEvidence(a: MatchRecord, b: MatchRecord, out: Evidence[]): void {
  if (a.authors.length === 0 || b.authors.length === 0) return;
  const { first, matched, sizes } = compareAuthors(a.authors, b.authors);
  const fa = a.authors[0].family;
  const fb = b.authors[0].family;
  if (first)
    out.push({
      field: 'authors',
      kind: fa === fb ? 'equal' : 'similar',
      detail: `first author ${fa}${fa === fb ? '' : ` / ${fb}`}`,
      weight: WEIGHTS.firstAuthorEqual,
    });
  else
    out.push({
      field: 'authors',
      kind: 'conflict',
      detail: `first authors ${fa} and ${fb}`,
      weight: WEIGHTS.firstAuthorConflict,
    });
  const fewer = Math.min(sizes[0], sizes[1]);
  const detail = `${matched} of ${fewer} authors found in the other list (${sizes[0]} and ${sizes[1]} authors)`;
  if (matched === fewer) {
    const weight = WEIGHTS.authorsAllBase + WEIGHTS.authorsAllPerAuthor * Math.min(WEIGHTS.authorsAllMax, fewer);
    out.push({ field: 'authors', kind: sizes[0] === sizes[1] ? 'equal' : 'similar', detail, weight });
  } else if (matched * 2 >= fewer) out.push({ field: 'authors', kind: 'similar', detail, weight: WEIGHTS.authorsMost });
  else if (matched * 3 < fewer && fewer >= 2)
    out.push({ field: 'authors', kind: 'conflict', detail, weight: WEIGHTS.authorsConflict });
}

/**
 * The years: equal, one apart, or further apart.
 * @example
 * // → { field: 'year', kind: 'similar', detail: 'years 2003 and 2002', weight: 0 }
 */
export function yearEvidence(a: MatchRecord, b: MatchRecord, out: Evidence[]): void {
  if (a.year === undefined || b.year === undefined) return;
  const gap = Math.abs(a.year - b.year);
  if (gap === 0) out.push({ field: 'year', kind: 'equal', detail: `both ${a.year}`, weight: WEIGHTS.yearEqual });
  else if (gap === 1)
    out.push({ field: 'year', kind: 'similar', detail: `years ${a.year} and ${b.year}`, weight: WEIGHTS.yearClose });
  else
    out.push({
      field: 'year',
      kind: 'conflict',
      detail: `years ${a.year} and ${b.year}`,
      weight: WEIGHTS.yearConflict,
    });
}

/**
 * Volume, issue and first page, or one item when an export shifted them into other fields. `compare` narrows what is
 * compared: `volume only` for an erratum and its article (printed in the same volume, on other pages), `none` for
 * two supplements of different journals (a meeting abstract printed in both, numbered by each journal its own way).
 * @example
 * // → { field: 'pages', kind: 'conflict', detail: 'first pages 945 and 948', weight: -6 }
 */
export function locatorEvidence(
  a: MatchRecord,
  b: MatchRecord,
  out: Evidence[],
  compare: 'all' | 'volume only' | 'none' = 'all',
): void {
  if (compare === 'none') return;
  if (compare === 'volume only') {
    locator('volume', a.volume, b.volume, WEIGHTS.volumeEqual, WEIGHTS.volumeConflict, out);
    return;
  }
  if (shiftedLocators(a, b)) {
    out.push({
      field: 'volume',
      kind: 'similar',
      detail: 'the same volume, issue and page numbers, in different fields',
      weight: WEIGHTS.locatorsShifted,
    });
    return;
  }
  locator('volume', a.volume, b.volume, WEIGHTS.volumeEqual, WEIGHTS.volumeConflict, out);
  locator('issue', a.issue, b.issue, WEIGHTS.issueEqual, WEIGHTS.issueConflict, out);
  pageEvidence(a.page, b.page, out);
  if (a.lastPage !== undefined && a.lastPage === b.lastPage && a.page === b.page)
    out.push({
      field: 'pages',
      kind: 'equal',
      detail: `last page ${a.lastPage} in both`,
      weight: WEIGHTS.lastPageEqual,
    });
}

/**
 * The journals: the same name, an abbreviation or extension of it, or different.
 * @example
 * // → { field: 'journal', kind: 'similar', detail: 'the same journal, abbreviated or extended', weight: 1.5 }
 */
export function journalEvidence(a: MatchRecord, b: MatchRecord, out: Evidence[]): void {
  const journal = compareJournals(a.journal, b.journal);
  if (journal === 'equal')
    out.push({ field: 'journal', kind: 'equal', detail: 'the same journal', weight: WEIGHTS.journalEqual });
  else if (journal === 'abbreviation')
    out.push({
      field: 'journal',
      kind: 'similar',
      detail: 'the same journal, abbreviated or extended',
      weight: WEIGHTS.journalAbbreviation,
    });
  else if (journal === 'different')
    out.push({ field: 'journal', kind: 'conflict', detail: 'different journals', weight: WEIGHTS.journalConflict });
}

/**
 * Publications of different kinds (a journal article and a conference paper).
 * @example
 * // → { field: 'kind', kind: 'conflict', detail: 'journal and conference', weight: -3 }
 */
export function kindEvidence(a: MatchRecord, b: MatchRecord, out: Evidence[]): void {
  if (a.kind && b.kind && a.kind !== b.kind)
    out.push({ field: 'kind', kind: 'conflict', detail: `${a.kind} and ${b.kind}`, weight: WEIGHTS.kindConflict });
}

/**
 * Content words one title has in place of the other's.
 * @example
 * // → { field: 'title', kind: 'conflict', detail: 'words exchanged: adult / adolescent', weight: -4 }
 */
export function exchangedWordEvidence(a: MatchRecord, b: MatchRecord, out: Evidence[]): void {
  const exchanged = exchangedWords(a, b);
  if (exchanged.length > 0)
    out.push({
      field: 'title',
      kind: 'conflict',
      detail: `words exchanged: ${exchanged.map(([x, y]) => `${x} / ${y}`).join(', ')}`,
      weight: WEIGHTS.titleWordExchanged * Math.min(exchanged.length, WEIGHTS.titleWordExchangedMax),
    });
}

/**
 * An export that moved the locators one field along ("volume" empty, the volume in "issue", the issue in "pages"):
 * the two or more values one record has are all among the other's, but not where the other has them.
 */
function shiftedLocators(a: MatchRecord, b: MatchRecord): boolean {
  const values = (r: MatchRecord) => [r.volume, r.issue, r.page].filter((v): v is string => v !== undefined);
  const [x, y] = [values(a), values(b)];
  const [few, many] = x.length <= y.length ? [x, y] : [y, x];
  if (few.length < 2 || !few.every((v) => many.includes(v))) return false;
  const inPlace =
    (a.volume !== undefined && a.volume === b.volume) ||
    (a.issue !== undefined && a.issue === b.issue) ||
    (a.page !== undefined && a.page === b.page);
  return !inPlace;
}

function pageEvidence(x: string | undefined, y: string | undefined, out: Evidence[]): void {
  const agreement = comparePages(x, y);
  if (agreement === 'equal')
    out.push({ field: 'pages', kind: 'equal', detail: `first page ${x} in both`, weight: WEIGHTS.pageEqual });
  else if (agreement === 'similar')
    out.push({ field: 'pages', kind: 'similar', detail: `first pages ${x} and ${y}`, weight: WEIGHTS.pageSimilar });
  else if (agreement === 'conflict')
    out.push({ field: 'pages', kind: 'conflict', detail: `first pages ${x} and ${y}`, weight: WEIGHTS.pageConflict });
}

function locator(
  field: 'volume' | 'issue',
  x: string | undefined,
  y: string | undefined,
  equal: number,
  conflict: number,
  out: Evidence[],
): void {
  if (!x || !y) return;
  if (x === y) out.push({ field, kind: 'equal', detail: `${field} ${x} in both`, weight: equal });
  else out.push({ field, kind: 'conflict', detail: `${field}s ${x} and ${y}`, weight: conflict });
}
