/**
 * A record reduced to what matching compares, computed once per record: the prepared title, authors, journal and
 * locators, the identifiers, and the title's words as sorted integer ids so that word overlap is a merge of two
 * short arrays rather than a comparison of strings.
 */
import type { BibRecord } from '../record.js';
import { type AuthorMemo, type MatchAuthor, matchAuthors } from './authors.js';
import { foldText } from './fold.js';
import { type MatchJournal, matchJournal } from './journal.js';
import { firstPage, inSupplement, lastPage, locator } from './locators.js';
import { type MatchTitle, matchTitle } from './title.js';

/** Broad kinds of publication; two records of different kinds (a conference paper and its journal version) differ. */
export type PublicationKind = 'journal' | 'conference' | 'book' | 'thesis' | 'report';

/** What matching compares of one record. */
export interface MatchRecord {
  /** Position of the record in the input. */
  index: number;
  title?: MatchTitle;
  /** The title's words (`title.words`) as sorted, distinct word ids. */
  titleWords: Int32Array;
  /** Word id → word, shared by the records of one run (to read `titleWords` back). */
  wordList: readonly string[];
  authors: MatchAuthor[];
  year?: number;
  journal: MatchJournal;
  volume?: string;
  issue?: string;
  page?: string;
  /** Last page of a range of more than one page, written out in full. */
  lastPage?: string;
  /** In a supplement (a meeting's abstracts, mostly): its volume, issue and pages are the journal's own numbering. */
  supplement?: boolean;
  doi?: string;
  pmid?: string;
  kind?: PublicationKind;
}

const KINDS: Record<string, PublicationKind> = {
  'article-journal': 'journal',
  article: 'journal',
  review: 'journal',
  'paper-conference': 'conference',
  inproceedings: 'conference',
  conference: 'conference',
  proceedings: 'conference',
  book: 'book',
  chapter: 'book',
  incollection: 'book',
  inbook: 'book',
  thesis: 'thesis',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  report: 'report',
  techreport: 'report',
};

function kindOf(type: string): PublicationKind | null {
  return KINDS[foldText(type).replace(/ /g, '-')] ?? null;
}

/**
 * What the records of one run share: word ids, and the prepared forms of author and journal names (the same names
 * recur in thousands of records and are folded once).
 */
export interface PrepareCache {
  words: Map<string, number>;
  /** Word id → word. */
  wordList: string[];
  /** Folded word → the form compared ("" for a stop word). */
  spellings: Map<string, string>;
  authors: AuthorMemo;
  journals: Map<string, MatchJournal>;
  /** Record type as written → broad kind (null when it is none of them). */
  kinds: Map<string, PublicationKind | null>;
}

/**
 * An empty cache for one run.
 * @example
 * const cache = newPrepareCache();
 * const prepared = records.map((r, i) => prepareRecord(r, i, cache));
 */
export function newPrepareCache(): PrepareCache {
  return {
    words: new Map(),
    wordList: [],
    spellings: new Map(),
    authors: new Map(),
    journals: new Map(),
    kinds: new Map(),
  };
}

function cached<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/**
 * A record prepared for matching; `index` is its position in the input.
 * @example
 * const m = prepareRecord(record, 0, newPrepareCache());
 * m.page; // → '288' for pages "288-297"
 */
export function prepareRecord(record: BibRecord, index: number, cache: PrepareCache): MatchRecord {
  const title = matchTitle(record.title, cache.spellings);
  const ids: number[] = [];
  for (const w of title?.words ?? []) {
    let id = cache.words.get(w);
    if (id === undefined) {
      id = cache.wordList.length;
      cache.words.set(w, id);
      cache.wordList.push(w);
    }
    ids.push(id);
  }
  ids.sort((x, y) => x - y);
  let distinct = 0;
  for (let k = 0; k < ids.length; k++) if (k === 0 || ids[k] !== ids[k - 1]) ids[distinct++] = ids[k];
  const titleWords = Int32Array.from(ids.slice(0, distinct));
  const m: MatchRecord = {
    index,
    titleWords,
    wordList: cache.wordList,
    authors: matchAuthors(record.authors, cache.authors),
    journal: cached(cache.journals, `${record.journal ?? ''}\u0001${record.journalAbbrev ?? ''}`, () =>
      matchJournal(record.journal, record.journalAbbrev),
    ),
  };
  if (title) m.title = title;
  if (record.year !== undefined && Number.isFinite(record.year)) m.year = record.year;
  const volume = locator(record.volume);
  if (volume) m.volume = volume;
  const issue = locator(record.issue);
  if (issue) m.issue = issue;
  const page = firstPage(record.pages);
  if (page) m.page = page;
  const last = lastPage(record.pages);
  if (last) m.lastPage = last;
  if (inSupplement(record.volume, record.issue, record.pages)) m.supplement = true;
  const doi = record.doi?.trim().toLowerCase();
  if (doi) m.doi = doi;
  const pmid = record.pmid?.trim().replace(/^0+/, '');
  if (pmid) m.pmid = pmid;
  const kind = record.type ? cached(cache.kinds, record.type, () => kindOf(record.type!)) : null;
  if (kind) m.kind = kind;
  return m;
}
