/**
 * Web of Science field tags to a record, shared by the tagged ("plain text") and the tab-delimited export: both carry
 * the same two-letter tags. Tags and their meaning follow Clarivate's "Web of Science Core Collection field tags"
 * list. Every tag is kept in `raw`.
 */
import type { ReadIssue } from '../issues.js';
import { cleanText, normalisePages, parseAuthor } from '../normalise.js';
import type { ReaderContext } from '../reader.js';
import { addRaw, type BibRecord, emptyRecord } from '../record.js';
import { monthDayDate } from './date-parts.js';
import { issnsOf } from './issn-list.js';
import { cslTypeOf } from './item-types.js';
import { addAll, checkTitle, collector, setDoi, setPmid, setText, setYear } from './record-fields.js';

/** Tags a Web of Science export may hold (FN, VR, ER, EF frame the file and records). */
export const WOS_TAGS = new Set(
  (
    'FN VR PT AU AF BA BF CA GP BE TI SO SE BS LA DT CT CY CL SP HO DE ID AB C1 C3 RP EM RI OI FU FP FX CR NR TC Z9 ' +
    'U1 U2 PU PI PA SN EI BN J9 JI PD PY VL IS PN SU SI MA BP EP AR DI DL D2 EA EY PG P2 WC WE SC GA PM OA HC HP DA ' +
    'UT ER EF'
  ).split(' '),
);

/** Tags with one person (or group) per value: each continuation line, or each "; "-part in the tab export. */
export const WOS_PERSON_TAGS = new Set(['AU', 'AF', 'BA', 'BF', 'BE', 'CA', 'GP']);

/**
 * The record for one Web of Science record's tags (tag → values in file order, continuation lines already joined).
 * Issues found are pushed onto `issues`.
 * @example
 * wosRecord(new Map([['TI', ['Magnesium']], ['PY', ['2004']], ['UT', ['WOS:1']]]), context, { record: 1, line: 3 }, []);
 * // → { id: 'WOS:1', title: 'Magnesium', year: 2004, raw: { TI: ['Magnesium'], PY: ['2004'], UT: ['WOS:1'] }, … }
 */
export function wosRecord(
  tags: ReadonlyMap<string, readonly string[]>,
  context: ReaderContext,
  place: { record: number; line: number },
  issues: ReadIssue[],
): BibRecord {
  const one = (tag: string): string => tags.get(tag)?.join(' ') ?? '';
  const list = (tag: string): readonly string[] => tags.get(tag) ?? [];
  const id = cleanText(one('UT')) ?? `${context.file}#${place.record}`;
  const record = emptyRecord(id, { file: context.file, format: context.format, ...place });
  const note = collector(issues, place.record, place.line);
  for (const [tag, values] of tags) for (const v of values) addRaw(record, tag, v);

  const groups = [...list('CA'), ...list('GP')].flatMap((g) => cleanText(g) ?? []);
  const isGroup = new Set(groups.map((g) => g.toLowerCase()));
  const people = list('AF').length > 0 ? list('AF') : list('AU');
  for (const name of people) {
    // A group may also be listed among the people, and "[Anonymous]" stands for no author.
    if (isGroup.has(cleanText(name)?.toLowerCase() ?? '') || /^\s*\[anonymous\]\s*$/i.test(name)) continue;
    const author = parseAuthor(name);
    if (author) record.authors.push(author);
  }
  for (const literal of groups) record.authors.push({ literal });
  setText(record, 'title', one('TI'));
  setText(record, 'journal', one('SO'));
  setText(record, 'journalAbbrev', one('JI') || one('J9'));
  setYear(record, one('PY'), note, 'PY');
  // PD is "JUN 8", "JUN" or a season ("SPR"); only the first two make a date.
  const date = record.year === undefined ? undefined : monthDayDate(one('PD'), record.year);
  if (date) record.date = date;
  setText(record, 'volume', one('VL'));
  setText(record, 'issue', one('IS'));
  record.pages = normalisePages(one('BP'), one('EP')) ?? cleanText(one('AR'));
  setDoi(record, one('DI'), note, 'DI');
  addAll(record.issn, issnsOf([...list('SN'), ...list('EI')]));
  for (const tag of ['DE', 'ID']) addAll(record.keywords, one(tag).split(';'));
  setText(record, 'abstract', one('AB'));
  setText(record, 'language', one('LA'));
  addAll(record.publicationTypes, one('DT').split(';'));
  const type = cslTypeOf(record.publicationTypes[0]) ?? PUBLICATION_TYPE[one('PT').trim()];
  if (type) record.type = type;
  setPmid(record, one('PM'), note, 'PM');
  checkTitle(record, note);
  return record;
}

/** PT: J journal, B book, S series, P patent. */
const PUBLICATION_TYPE: Record<string, string> = { J: 'article-journal', B: 'book', S: 'book', P: 'patent' };
