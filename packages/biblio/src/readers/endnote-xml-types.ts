/**
 * EndNote reference types to CSL item types. EndNote writes both a name and a number (`<ref-type name="Book
 * Section">5</ref-type>`); the name is matched first, and the number where the name is absent or unfamiliar (it is
 * the same in every language EndNote runs in).
 */

const BY_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'journal article': 'article-journal',
    'electronic article': 'article-journal',
    book: 'book',
    'edited book': 'book',
    'electronic book': 'book',
    'book section': 'chapter',
    'electronic book section': 'chapter',
    'conference proceedings': 'paper-conference',
    'conference paper': 'paper-conference',
    thesis: 'thesis',
    report: 'report',
    'government document': 'report',
    'web page': 'webpage',
    dataset: 'dataset',
    'magazine article': 'article-magazine',
    'newspaper article': 'article-newspaper',
    patent: 'patent',
    'unpublished work': 'manuscript',
    manuscript: 'manuscript',
    generic: 'document',
  }),
);

const BY_NUMBER: ReadonlyMap<string, string> = new Map(
  Object.entries({
    '17': 'journal article',
    '43': 'electronic article',
    '6': 'book',
    '28': 'edited book',
    '5': 'book section',
    '10': 'conference proceedings',
    '47': 'conference paper',
    '32': 'thesis',
    '27': 'report',
    '12': 'web page',
    '59': 'dataset',
    '13': 'generic',
  }),
);

/**
 * The CSL type of an EndNote reference type; undefined when neither name nor number is known.
 * @example
 * endnoteType('Book Section', '5'); // → 'chapter'
 * endnoteType(undefined, '17');     // → 'article-journal'
 */
export function endnoteType(name: string | undefined, number: string | undefined): string | undefined {
  const byName = name ? BY_NAME.get(name.trim().toLowerCase()) : undefined;
  if (byName) return byName;
  const named = number ? BY_NUMBER.get(number.trim()) : undefined;
  return named ? BY_NAME.get(named) : undefined;
}
