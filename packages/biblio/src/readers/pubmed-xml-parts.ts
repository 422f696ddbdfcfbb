/**
 * Pieces of PubMed XML that articles and books share: author lists, abstracts, publication dates, article id lists.
 * Each puts what it maps into the record, keeps the source text in `raw` under the element's path (relative to the
 * record element), and reports values it cannot use as issues. Elements are numbers in the record's view (see
 * ../xml/view.ts), -1 for one that is absent.
 */
import type { ReadIssue } from '../issues.js';
import { cleanText, normaliseDoi, parseYear } from '../normalise.js';
import { type Author, addRaw, type BibRecord } from '../record.js';
import { detach } from '../xml/element.js';
import { childNamed, type RecordView } from '../xml/view.js';
import { isoDate } from './publication-date.js';

/** A record being filled from one record element. */
export interface Mapping {
  record: BibRecord;
  issues: ReadIssue[];
  /** The record element's path in the document, for issues. */
  path: string;
  /** The record's elements. */
  view: RecordView;
}

const KEYS = new Map<string, Map<string, string>>();
const KEYS_PER_PREFIX = 256;

/**
 * `prefix/step`, the same string object each time it is asked for: raw is an object keyed by these paths, and a key
 * V8 has seen before is found without hashing a new string (a tenth of the reader's time when built afresh).
 */
export function rawKey(prefix: string, step: string): string {
  let steps = KEYS.get(prefix);
  if (!steps) {
    steps = new Map();
    if (KEYS.size < KEYS_PER_PREFIX) KEYS.set(prefix, steps);
  }
  let key = steps.get(step);
  if (key === undefined) {
    key = detach(`${prefix}/${step}`);
    if (steps.size < KEYS_PER_PREFIX) steps.set(step, key);
  }
  return key;
}

/** The cleaned text of an element, kept in raw under `key`; undefined when empty or absent. */
export function keep(m: Mapping, key: string, element: number): string | undefined {
  if (element < 0) return undefined;
  const value = m.view.clean(element);
  if (value !== undefined) addRaw(m.record, key, value);
  return value;
}

/** A warning about one value of the record, at the line of `element`. */
export function warn(m: Mapping, code: ReadIssue['code'], message: string, where: string, element: number): void {
  m.issues.push({
    code,
    severity: 'warning',
    message,
    line: m.view.line(element),
    path: `${m.path}/${where}`,
    record: m.record.source.record,
  });
}

/** The authors of an AuthorList, persons as family/given and groups as literal; invalid ones (ValidYN="N") only in raw. */
export function readAuthors(m: Mapping, key: string, list: number): Author[] {
  const { view } = m;
  const authors: Author[] = [];
  for (let author = view.firstChild(list); author >= 0; author = view.nextSibling(author)) {
    if (view.name(author) !== 'Author') continue;
    const one = personOrGroup(view, author);
    if (!one) continue;
    const shown = one.literal ?? (one.given ? `${one.family}, ${one.given}` : one.family!);
    if (view.attribute(author, 'ValidYN') === 'N') {
      addRaw(m.record, rawKey(key, "Author[@ValidYN='N']"), shown);
      continue;
    }
    addRaw(m.record, rawKey(key, 'Author'), shown);
    authors.push(one);
  }
  return authors;
}

function personOrGroup(view: RecordView, author: number): Author | undefined {
  const literal = partText(view, author, 'CollectiveName');
  if (literal) return { literal };
  const family = partText(view, author, 'LastName');
  if (!family) return undefined;
  const given = partText(view, author, 'ForeName') ?? partText(view, author, 'Initials');
  return given ? { family, given } : { family };
}

function partText(view: RecordView, element: number, name: string): string | undefined {
  const part = childNamed(view, element, name);
  return part >= 0 ? view.clean(part) : undefined;
}

/** Abstract sections as paragraphs, labelled ones as "LABEL: text"; the copyright line only in raw. */
export function readAbstract(m: Mapping, key: string, abstract: number): string | undefined {
  const { view } = m;
  const paragraphs: string[] = [];
  for (let part = view.firstChild(abstract); part >= 0; part = view.nextSibling(part)) {
    const text = view.clean(part);
    if (!text) continue;
    const name = view.name(part);
    if (name === 'AbstractText') {
      const label = cleanText(view.attribute(part, 'Label'));
      const paragraph = label ? detach(`${label}: ${text}`) : text;
      addRaw(m.record, rawKey(key, 'AbstractText'), paragraph);
      paragraphs.push(paragraph);
    } else addRaw(m.record, rawKey(key, `${name}`), text);
  }
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : undefined;
}

/**
 * A PubDate (or ArticleDate): Year, Month, Day as an ISO date ("2019-11-02", "2018-05", "2017"); a Season or a
 * MedlineDate ("1998 Dec-1999 Jan") verbatim, with the first year in it as the year.
 */
export function readDate(m: Mapping, key: string, date: number): { year?: number; date?: string } {
  const { view } = m;
  let year: string | undefined;
  let month: string | undefined;
  let day: string | undefined;
  let season: string | undefined;
  let medline: string | undefined;
  for (let part = view.firstChild(date); part >= 0; part = view.nextSibling(part)) {
    const name = view.name(part);
    const value = keep(m, rawKey(key, `${name}`), part);
    if (name === 'Year') year = value;
    else if (name === 'Month') month = value;
    else if (name === 'Day') day = value;
    else if (name === 'Season') season = value;
    else if (name === 'MedlineDate') medline = value;
  }
  if (year) {
    const y = parseYear(year);
    if (y === undefined || !/^\d{4}$/.test(year)) {
      warn(m, 'bad_value', `the year "${year}" is not a year; it is kept in raw only`, rawKey(key, 'Year'), date);
      return {};
    }
    if (season) return { year: y, date: `${year} ${season}` };
    const iso = isoDate(y, month, month ? day : undefined);
    if (iso === undefined) warn(m, 'bad_value', `the month "${month}" or day "${day}" is not a date part`, key, date);
    return { year: y, date: iso ?? year };
  }
  if (medline) {
    const y = parseYear(medline);
    if (y === undefined) warn(m, 'bad_value', `no year in the date "${medline}"`, rawKey(key, 'MedlineDate'), date);
    return y === undefined ? { date: medline } : { year: y, date: medline };
  }
  return {};
}

/** An ArticleIdList: DOI, PMC id and PMID where the record has none yet; every id kept in raw by its type. */
export function readArticleIds(m: Mapping, key: string, list: number): void {
  const { record, view } = m;
  for (let id = view.firstChild(list); id >= 0; id = view.nextSibling(id)) {
    const type = view.attribute(id, 'IdType') ?? 'unknown';
    const value = keep(m, rawKey(key, `ArticleId[@IdType='${type}']`), id);
    if (!value) continue;
    if (type === 'doi') record.doi ??= checkedDoi(m, value, rawKey(key, 'ArticleId'), id);
    else if (type === 'pmc') record.pmcid ??= normalisePmcid(value);
    else if (type === 'pubmed') record.pmid ??= /^\d+$/.test(value) ? value : undefined;
  }
}

/** A DOI, or undefined with a warning (at the line of `element`) when the text holds none. */
export function checkedDoi(m: Mapping, value: string, where: string, element: number): string | undefined {
  const doi = normaliseDoi(value);
  if (!doi) warn(m, 'bad_value', `"${value}" is not a DOI; it is kept in raw only`, where, element);
  return doi;
}

/** "PMC6103253" from "PMC6103253", "pmc6103253" or "PMC4688250 [Available on 12/22/16]"; undefined otherwise. */
export function normalisePmcid(value: string): string | undefined {
  const match = /^PMC(\d+)/i.exec(value.trim());
  return match ? `PMC${match[1]}` : undefined;
}
