/**
 * Records to BibTeX. Each record becomes one entry with the fields BibTeX styles and biblatex read: author, title,
 * journal (booktitle for chapters and conference papers), shortjournal, year, date, volume, number, pages, doi, pmid,
 * pmcid, issn, url, keywords, language, abstract. Text is UTF-8 with LaTeX's special characters escaped, so the
 * BibTeX reader gives back exactly the text written. A record read from BibTeX also keeps its other fields (publisher,
 * editor, note …), written from `raw` as they were read.
 */
import { bibtexTypeOfCsl } from '../readers/item-types.js';
import type { Author, BibRecord } from '../record.js';

/** Raw BibTeX fields that the normalised fields already write. */
const WRITTEN = new Set(
  'ENTRYTYPE author title journal journaltitle booktitle shortjournal journalabbrev journal-abbrev year date month volume number issue pages doi url abstract issn pmid pmcid keywords language langid'.split(
    ' ',
  ),
);

const ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * Text for a BibTeX value: special characters escaped, line breaks as spaces, and the character pairs LaTeX would
 * turn into dashes or quotes ("--", "``", "''") broken with an empty group.
 * @example
 * latexEscape('50% of A&B_1 -- ok'); // → '50\\% of A\\&B\\_1 -{}- ok'
 */
export function latexEscape(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\{}&%$#_~^]/g, (c) => ESCAPES[c])
    .replace(/-(?=-)/g, '-{}')
    .replace(/`(?=`)/g, '`{}')
    .replace(/'(?=')/g, "'{}")
    .replace(/([?!])`/g, '$1{}`');
}

/**
 * One record as a BibTeX entry; `key` is the citation key to use (default: the record's id with the characters
 * BibTeX does not allow in keys replaced by "_").
 * @example
 * bibtexEntry(record);
 * // → '@article{roffe2002,\n  author = {Roffe, Christine and Sills, Sarah},\n  title = {Magnesium for cramps},\n…}\n'
 */
export function bibtexEntry(record: BibRecord, key = citationKey(record.id)): string {
  const lines: string[] = [];
  const put = (name: string, value: string | number | undefined, asText = true): void => {
    if (value === undefined || value === '') return;
    lines.push(`  ${name} = {${asText ? latexEscape(String(value)) : String(value)}}`);
  };
  const type = bibtexTypeOfCsl(record.type);
  if (record.authors.length > 0) put('author', record.authors.map(bibtexName).join(' and '), false);
  put('title', record.title);
  put(type === 'incollection' || type === 'inproceedings' ? 'booktitle' : 'journal', record.journal);
  put('shortjournal', record.journalAbbrev);
  put('year', record.year);
  if (record.date && record.date !== String(record.year)) put('date', record.date);
  put('volume', record.volume);
  put('number', record.issue);
  put('pages', record.pages?.replace(/-/g, '--'), false);
  put('doi', record.doi && verbatim(record.doi), false);
  put('pmid', record.pmid);
  put('pmcid', record.pmcid);
  put('issn', record.issn.join(', '));
  put('url', record.url && verbatim(record.url), false);
  put('keywords', joinKeywords(record.keywords));
  put('language', record.language);
  put('abstract', record.abstract);
  if (record.source.format === 'bibtex') {
    for (const [name, values] of Object.entries(record.raw)) {
      if (WRITTEN.has(name)) continue;
      const value = values.join('; ');
      put(name, balanced(value) ? value.replace(/\s+/g, ' ') : latexEscape(value), false);
    }
  }
  return `@${type}{${key},\n${lines.join(',\n')}\n}\n`;
}

/**
 * Records as a BibTeX file (entries separated by a blank line), with citation keys made unique by a suffix.
 * @example
 * writeBibtex([a, b]); // → '@article{roffe2002,\n…}\n\n@book{smith2010,\n…}\n'
 */
export function writeBibtex(records: Iterable<BibRecord>): string {
  const used = new Set<string>();
  const entries: string[] = [];
  for (const record of records) {
    const base = citationKey(record.id);
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    entries.push(bibtexEntry(record, key));
  }
  return entries.join('\n');
}

/**
 * A citation key from an id: characters BibTeX does not allow in keys become "_".
 * @example
 * citationKey('embase.csv#3'); // → 'embase.csv_3'
 */
export function citationKey(id: string): string {
  const key = id.replace(/[\s,{}"#%()='\\~]/g, '_');
  return key === '' ? 'record' : key;
}

/** "Family, Given", braced where a comma or "and" would split it wrongly; a group author braced whole. */
function bibtexName(author: Author): string {
  const protect = (s: string) => (/,|\sand\s/i.test(s) ? `{${latexEscape(s)}}` : latexEscape(s));
  if (author.literal) return `{${latexEscape(author.literal)}}`;
  const family = author.family ?? author.given ?? '';
  if (author.family && author.given) return `${protect(family)}, ${protect(author.given)}`;
  // A family name alone: "Le Quintrec," so that BibTeX does not take "Le" for a given name.
  return /\s/.test(family) ? `${protect(family)},` : protect(family);
}

/** Keywords joined with ", ", or "; " when a keyword itself holds a comma ("Administration, Oral"). */
function joinKeywords(keywords: readonly string[]): string {
  return keywords.join(keywords.some((k) => k.includes(',')) ? '; ' : ', ');
}

/** URL and DOI text: only braces and line breaks need care; the reader takes the rest verbatim. */
function verbatim(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[{}]/g, (c) => `\\${c}`);
}

function balanced(value: string): boolean {
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}
