/**
 * Item types across formats, as CSL types (the record's vocabulary). BibTeX entry types map both ways; other
 * formats' type names (Web of Science document types, "Journal Article", CSV type columns) map one way.
 */

const FROM_BIBTEX: Record<string, string> = {
  article: 'article-journal',
  book: 'book',
  booklet: 'pamphlet',
  inbook: 'chapter',
  incollection: 'chapter',
  inproceedings: 'paper-conference',
  conference: 'paper-conference',
  proceedings: 'book',
  manual: 'report',
  mastersthesis: 'thesis',
  phdthesis: 'thesis',
  thesis: 'thesis',
  techreport: 'report',
  report: 'report',
  unpublished: 'manuscript',
  misc: 'document',
  online: 'webpage',
  electronic: 'webpage',
  www: 'webpage',
  dataset: 'dataset',
  patent: 'patent',
  software: 'software',
};

const TO_BIBTEX: Record<string, string> = {
  'article-journal': 'article',
  'article-magazine': 'article',
  'article-newspaper': 'article',
  article: 'article',
  review: 'article',
  book: 'book',
  pamphlet: 'booklet',
  chapter: 'incollection',
  'paper-conference': 'inproceedings',
  thesis: 'phdthesis',
  report: 'techreport',
  manuscript: 'unpublished',
};

/** Other exporters' names for types, lower case. */
const ALIASES: Record<string, string> = {
  'journal article': 'article-journal',
  journal: 'article-journal',
  'review article': 'article-journal',
  review: 'article-journal',
  'proceedings paper': 'paper-conference',
  'conference paper': 'paper-conference',
  'meeting abstract': 'paper-conference',
  'book chapter': 'chapter',
  'book section': 'chapter',
  'editorial material': 'article-journal',
  letter: 'article-journal',
  'newspaper article': 'article-newspaper',
  'magazine article': 'article-magazine',
  'web page': 'webpage',
  'data paper': 'article-journal',
  'data set': 'dataset',
};

const CSL_TYPES = new Set([
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'classic',
  'collection',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'event',
  'figure',
  'graphic',
  'hearing',
  'interview',
  'legal_case',
  'legislation',
  'manuscript',
  'map',
  'motion_picture',
  'musical_score',
  'pamphlet',
  'paper-conference',
  'patent',
  'performance',
  'periodical',
  'personal_communication',
  'post',
  'post-weblog',
  'regulation',
  'report',
  'review',
  'review-book',
  'software',
  'song',
  'speech',
  'standard',
  'thesis',
  'treaty',
  'webpage',
]);

/**
 * The CSL type of a BibTeX entry type (case-insensitive); undefined for types neither BibTeX nor biblatex define.
 * @example
 * cslTypeOfBibtex('InProceedings'); // → 'paper-conference'
 */
export function cslTypeOfBibtex(entryType: string): string | undefined {
  return FROM_BIBTEX[entryType.toLowerCase()];
}

/**
 * The BibTeX entry type for a CSL type ("misc" when BibTeX has no closer one).
 * @example
 * bibtexTypeOfCsl('chapter'); // → 'incollection'
 */
export function bibtexTypeOfCsl(type: string | undefined): string {
  return (type && TO_BIBTEX[type]) || 'misc';
}

/**
 * A CSL type from a type name in any of the vocabularies above (CSL itself, BibTeX, Web of Science, EndNote);
 * undefined when the name is none of them.
 * @example
 * cslTypeOf('Proceedings Paper'); // → 'paper-conference'
 */
export function cslTypeOf(name: string | undefined): string | undefined {
  const key = name?.trim().toLowerCase();
  if (!key) return undefined;
  // BibTeX's names first: an "article" column value almost always means a journal article, not CSL's preprint.
  return FROM_BIBTEX[key] ?? ALIASES[key] ?? (CSL_TYPES.has(key) ? key : undefined);
}
