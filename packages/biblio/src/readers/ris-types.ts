/**
 * RIS reference types (the `TY` tag) and the CSL item types Evidens uses, both ways. The RIS codes are those of the
 * RIS specification as EndNote, Zotero, Mendeley and the databases write them; EndNote's own long names ("Journal
 * Article") are accepted too, because some exports put those in `TY`.
 */

const RIS_TO_CSL: Record<string, string> = {
  ABST: 'article',
  ADVS: 'motion_picture',
  AGGR: 'dataset',
  ANCIENT: 'classic',
  ART: 'graphic',
  BILL: 'bill',
  BLOG: 'post-weblog',
  BOOK: 'book',
  CASE: 'legal_case',
  CHAP: 'chapter',
  CHART: 'figure',
  CLSWK: 'classic',
  COMP: 'software',
  CONF: 'paper-conference',
  CPAPER: 'paper-conference',
  CTLG: 'book',
  DATA: 'dataset',
  DBASE: 'dataset',
  DICT: 'entry-dictionary',
  EBOOK: 'book',
  ECHAP: 'chapter',
  EDBOOK: 'book',
  EJOUR: 'article-journal',
  ELEC: 'webpage',
  ENCYC: 'entry-encyclopedia',
  EQUA: 'document',
  FIGURE: 'figure',
  GEN: 'document',
  GOVDOC: 'report',
  GRNT: 'document',
  HEAR: 'hearing',
  ICOMM: 'personal_communication',
  INPR: 'article-journal',
  INTV: 'interview',
  JFULL: 'periodical',
  JOUR: 'article-journal',
  LEGAL: 'regulation',
  MANSCPT: 'manuscript',
  MAP: 'map',
  MGZN: 'article-magazine',
  MPCT: 'motion_picture',
  MULTI: 'webpage',
  MUSIC: 'song',
  NEWS: 'article-newspaper',
  PAMP: 'pamphlet',
  PAT: 'patent',
  PCOMM: 'personal_communication',
  POD: 'broadcast',
  PRESS: 'article',
  RPRT: 'report',
  SER: 'periodical',
  SLIDE: 'speech',
  SOUND: 'song',
  STAND: 'standard',
  STAT: 'legislation',
  THES: 'thesis',
  UNBILL: 'bill',
  UNPD: 'manuscript',
  VIDEO: 'motion_picture',
  WEB: 'webpage',
};

/** EndNote's reference type names, as some exports write them in `TY` instead of the code. */
const ENDNOTE_NAMES: Record<string, string> = {
  'journal article': 'JOUR',
  'electronic article': 'EJOUR',
  'book section': 'CHAP',
  'electronic book section': 'ECHAP',
  book: 'BOOK',
  'edited book': 'EDBOOK',
  'electronic book': 'EBOOK',
  'conference paper': 'CPAPER',
  'conference proceedings': 'CONF',
  thesis: 'THES',
  report: 'RPRT',
  'web page': 'WEB',
  dataset: 'DATA',
  'newspaper article': 'NEWS',
  'magazine article': 'MGZN',
  generic: 'GEN',
  patent: 'PAT',
};

/** RIS types that are whole books: their `T2` is a series title, not a container. */
export const RIS_BOOK_TYPES: ReadonlySet<string> = new Set(['BOOK', 'EBOOK', 'EDBOOK', 'CTLG']);

/**
 * The RIS type code for a `TY` value (code or EndNote name, any case), or undefined if it is neither.
 * @example
 * risTypeCode('jour');            // → 'JOUR'
 * risTypeCode('Journal Article'); // → 'JOUR'
 */
export function risTypeCode(value: string): string | undefined {
  const code = value.trim().toUpperCase();
  if (Object.hasOwn(RIS_TO_CSL, code)) return code;
  const named = ENDNOTE_NAMES[value.trim().toLowerCase()];
  return named;
}

/**
 * The CSL type for a RIS type code.
 * @example
 * cslTypeOfRis('CHAP'); // → 'chapter'
 */
export function cslTypeOfRis(code: string): string | undefined {
  return Object.hasOwn(RIS_TO_CSL, code) ? RIS_TO_CSL[code] : undefined;
}

/** The RIS code to write for a CSL type; the most common code where several RIS codes share one CSL type. */
const CSL_TO_RIS: Record<string, string> = {
  article: 'GEN',
  'article-journal': 'JOUR',
  'article-magazine': 'MGZN',
  'article-newspaper': 'NEWS',
  bill: 'BILL',
  book: 'BOOK',
  broadcast: 'POD',
  chapter: 'CHAP',
  classic: 'CLSWK',
  dataset: 'DATA',
  document: 'GEN',
  'entry-dictionary': 'DICT',
  'entry-encyclopedia': 'ENCYC',
  figure: 'FIGURE',
  graphic: 'ART',
  hearing: 'HEAR',
  interview: 'INTV',
  legal_case: 'CASE',
  legislation: 'STAT',
  manuscript: 'MANSCPT',
  map: 'MAP',
  motion_picture: 'MPCT',
  pamphlet: 'PAMP',
  'paper-conference': 'CPAPER',
  patent: 'PAT',
  periodical: 'JFULL',
  personal_communication: 'PCOMM',
  'post-weblog': 'BLOG',
  regulation: 'LEGAL',
  report: 'RPRT',
  software: 'COMP',
  song: 'SOUND',
  speech: 'SLIDE',
  standard: 'STAND',
  thesis: 'THES',
  webpage: 'WEB',
};

/**
 * The RIS type code to write for a CSL type (GEN when there is no closer one).
 * @example
 * risTypeOfCsl('paper-conference'); // → 'CPAPER'
 */
export function risTypeOfCsl(type: string | undefined): string {
  return type !== undefined && Object.hasOwn(CSL_TO_RIS, type) ? CSL_TO_RIS[type] : 'GEN';
}
