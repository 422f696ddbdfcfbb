/**
 * The terms of a bibliographic record: the analysed words and bigrams of its title, abstract, keywords and MeSH
 * headings, each field analysed on its own (no bigram spans two fields), plus every keyword and MeSH heading whole as
 * one term ("#heading", qualifiers and the major-topic star removed) so that an indexer's controlled term counts as
 * the single concept it is. The language is guessed once per record from its title and abstract.
 */
import type { BibRecord } from '@evidens/biblio';
import { analyse } from '../text/analyse.js';
import { detectLanguage, type Language } from '../text/language.js';
import { words } from '../text/tokenize.js';
import type { TermTable } from './term-table.js';

/** The fields the features are made of. */
export type TextFields = Partial<Pick<BibRecord, 'title' | 'abstract' | 'keywords' | 'mesh'>>;

export interface TermOptions {
  /** Emit bigrams (default true). */
  bigrams?: boolean;
  /** Emit whole keyword and MeSH terms (default true). */
  wholeTerms?: boolean;
  /** The language of every record; guessed per record when absent. */
  language?: Language;
}

interface RecordParts {
  /** The stems of each field, in order. */
  fields: string[][];
  /** The whole controlled terms. */
  whole: string[];
}

function wholeTerm(term: string): string {
  const heading = term.replace(/^\*/, '').split('/')[0];
  return `#${words(heading).join(' ')}`;
}

function recordParts(record: TextFields, options: TermOptions): RecordParts {
  const language = options.language ?? detectLanguage(words(`${record.title ?? ''} ${record.abstract ?? ''}`));
  const controlled = [...(record.keywords ?? []), ...(record.mesh ?? [])];
  const fields = [record.title, record.abstract, ...controlled]
    .filter((t): t is string => t !== undefined && t !== '')
    .map((t) => analyse(t, { language, bigrams: false }));
  const whole = options.wholeTerms === false ? [] : controlled.map(wholeTerm).filter((t) => t.length > 1);
  return { fields, whole };
}

/**
 * The terms of one record as text: each field's stems, then its bigrams, field by field, then the whole terms.
 *
 * @example
 * recordTerms({ title: 'Magnesium for cramps', keywords: ['Muscle Cramp'], mesh: [] }, { bigrams: false });
 * // ['magnesium', 'cramp', 'muscl', 'cramp', '#muscle cramp']
 */
export function recordTerms(record: TextFields, options: TermOptions = {}): string[] {
  const { fields, whole } = recordParts(record, options);
  const terms: string[] = [];
  for (const stems of fields) {
    terms.push(...stems);
    if (options.bigrams === false) continue;
    for (let i = 0; i + 1 < stems.length; i++) terms.push(`${stems[i]} ${stems[i + 1]}`);
  }
  return [...terms, ...whole];
}

/** The same terms as `recordTerms`, as numbers of `table` (the fast path `featurize` takes). */
export function recordTermIds(record: TextFields, table: TermTable, options: TermOptions = {}): Int32Array {
  const { fields, whole } = recordParts(record, options);
  const ids: number[] = [];
  for (const stems of fields) {
    const start = ids.length;
    for (const s of stems) ids.push(table.word(s));
    if (options.bigrams === false) continue;
    const end = ids.length;
    for (let i = start; i + 1 < end; i++) ids.push(table.pair(ids[i], ids[i + 1]));
  }
  for (const t of whole) ids.push(table.word(t));
  return Int32Array.from(ids);
}
