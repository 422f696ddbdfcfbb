/**
 * Pieces of PubMed XML that articles and books share: author lists, abstracts, publication dates, article id lists.
 * Each puts what it maps into the record, keeps the source text in `raw` under the element's path (relative to the
 * record element), and reports values it cannot use as issues.
 */
import type { ReadIssue } from '../issues.js';
import { cleanText, normaliseDoi, parseYear } from '../normalise.js';
import { type Author, addRaw, type BibRecord } from '../record.js';
import { childNamed, detach, elementsOf, textOf, type XmlElement } from '../xml/element.js';
import { isoDate } from './publication-date.js';

/** A record being filled from one record element. */
export interface Mapping {
  record: BibRecord;
  issues: ReadIssue[];
  /** The record element's path in the document, for issues. */
  path: string;
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
export function keep(m: Mapping, key: string, element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const value = cleanText(textOf(element));
  if (value !== undefined) addRaw(m.record, key, value);
  return value;
}

/** A warning about one value of the record. */
export function warn(m: Mapping, code: ReadIssue['code'], message: string, where: string, line: number): void {
  m.issues.push({
    code,
    severity: 'warning',
    message,
    line,
    path: `${m.path}/${where}`,
    record: m.record.source.record,
  });
}

/** The authors of an AuthorList, persons as family/given and groups as literal; invalid ones (ValidYN="N") only in raw. */
export function readAuthors(m: Mapping, key: string, list: XmlElement): Author[] {
  const authors: Author[] = [];
  for (const author of elementsOf(list)) {
    if (author.name !== 'Author') continue;
    const one = personOrGroup(author);
    if (!one) continue;
    const shown = one.literal ?? (one.given ? `${one.family}, ${one.given}` : one.family!);
    if (author.attributes.ValidYN === 'N') {
      addRaw(m.record, rawKey(key, "Author[@ValidYN='N']"), shown);
      continue;
    }
    addRaw(m.record, rawKey(key, 'Author'), shown);
    authors.push(one);
  }
  return authors;
}

function personOrGroup(author: XmlElement): Author | undefined {
  const literal = partText(author, 'CollectiveName');
  if (literal) return { literal };
  const family = partText(author, 'LastName');
  if (!family) return undefined;
  const given = partText(author, 'ForeName') ?? partText(author, 'Initials');
  return given ? { family, given } : { family };
}

function partText(element: XmlElement, name: string): string | undefined {
  const part = childNamed(element, name);
  return part ? cleanText(textOf(part)) : undefined;
}

/** Abstract sections as paragraphs, labelled ones as "LABEL: text"; the copyright line only in raw. */
export function readAbstract(m: Mapping, key: string, abstract: XmlElement): string | undefined {
  const paragraphs: string[] = [];
  for (const part of elementsOf(abstract)) {
    const text = cleanText(textOf(part));
    if (!text) continue;
    if (part.name === 'AbstractText') {
      const label = cleanText(part.attributes.Label);
      const paragraph = label ? detach(`${label}: ${text}`) : text;
      addRaw(m.record, rawKey(key, 'AbstractText'), paragraph);
      paragraphs.push(paragraph);
    } else addRaw(m.record, rawKey(key, `${part.name}`), text);
  }
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : undefined;
}

/**
 * A PubDate (or ArticleDate): Year, Month, Day as an ISO date ("2019-11-02", "2018-05", "2017"); a Season or a
 * MedlineDate ("1998 Dec-1999 Jan") verbatim, with the first year in it as the year.
 */
export function readDate(m: Mapping, key: string, date: XmlElement): { year?: number; date?: string } {
  let year: string | undefined;
  let month: string | undefined;
  let day: string | undefined;
  let season: string | undefined;
  let medline: string | undefined;
  for (const part of elementsOf(date)) {
    const value = keep(m, rawKey(key, `${part.name}`), part);
    if (part.name === 'Year') year = value;
    else if (part.name === 'Month') month = value;
    else if (part.name === 'Day') day = value;
    else if (part.name === 'Season') season = value;
    else if (part.name === 'MedlineDate') medline = value;
  }
  if (year) {
    const y = parseYear(year);
    if (y === undefined || !/^\d{4}$/.test(year)) {
      warn(m, 'bad_value', `the year "${year}" is not a year; it is kept in raw only`, rawKey(key, 'Year'), date.line);
      return {};
    }
    if (season) return { year: y, date: `${year} ${season}` };
    const iso = isoDate(y, month, month ? day : undefined);
    if (iso === undefined)
      warn(m, 'bad_value', `the month "${month}" or day "${day}" is not a date part`, key, date.line);
    return { year: y, date: iso ?? year };
  }
  if (medline) {
    const y = parseYear(medline);
    if (y === undefined)
      warn(m, 'bad_value', `no year in the date "${medline}"`, rawKey(key, 'MedlineDate'), date.line);
    return y === undefined ? { date: medline } : { year: y, date: medline };
  }
  return {};
}

/** An ArticleIdList: DOI, PMC id and PMID where the record has none yet; every id kept in raw by its type. */
export function readArticleIds(m: Mapping, key: string, list: XmlElement): void {
  const { record } = m;
  for (const id of elementsOf(list)) {
    const type = id.attributes.IdType ?? 'unknown';
    const value = keep(m, rawKey(key, `ArticleId[@IdType='${type}']`), id);
    if (!value) continue;
    if (type === 'doi') record.doi ??= checkedDoi(m, value, rawKey(key, 'ArticleId'), id.line);
    else if (type === 'pmc') record.pmcid ??= normalisePmcid(value);
    else if (type === 'pubmed') record.pmid ??= /^\d+$/.test(value) ? value : undefined;
  }
}

/** A DOI, or undefined with a warning when the text holds none. */
export function checkedDoi(m: Mapping, value: string, where: string, line: number): string | undefined {
  const doi = normaliseDoi(value);
  if (!doi) warn(m, 'bad_value', `"${value}" is not a DOI; it is kept in raw only`, where, line);
  return doi;
}

/** "PMC6103253" from "PMC6103253", "pmc6103253" or "PMC4688250 [Available on 12/22/16]"; undefined otherwise. */
export function normalisePmcid(value: string): string | undefined {
  const match = /^PMC(\d+)/i.exec(value.trim());
  return match ? `PMC${match[1]}` : undefined;
}
