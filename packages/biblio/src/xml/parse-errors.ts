/**
 * What a saxes error means for reading. saxes reports every well-formedness error and goes on with a guess; some
 * errors leave the document's structure as it was (a reference to an undefined entity, a character XML does not
 * allow), and some come before the document element (a misplaced declaration); after any other, the record being
 * read cannot be trusted.
 */

/** Errors in what comes before the document element, which leave the document itself to be read. */
const PROLOG = /declaration|outside of root|doctype|processing instruction/i;

/** Errors after which the structure is sound, so the record is kept, with what the reader is told. */
const HARMLESS: ReadonlyMap<string, string> = new Map([
  ['undefined entity.', 'an entity reference other than the five XML entities was left as written'],
  ['disallowed character.', 'a character that XML does not allow was kept as it is'],
  ['empty entity name.', 'an empty entity reference "&;" was left as written'],
]);

export interface ErrorKind {
  /** What to tell the reader when the error does no harm to the structure. */
  harmless?: string;
  /** The error is in the prolog, before the document element. */
  prolog?: boolean;
}

/**
 * The kind of a saxes error message (without its "line:column: " prefix). `charBefore` gives the character the
 * parser stopped after: a "<" reported as a disallowed character sits in an attribute value, so a quote was cut off
 * and markup has run into the value, which is not harmless.
 * @example
 * classifyError('undefined entity.', true, () => ';'); // → { harmless: 'an entity reference other than …' }
 * classifyError('unexpected close tag.', true, () => '>'); // → {}
 */
export function classifyError(message: string, rootSeen: boolean, charBefore: () => string): ErrorKind {
  const harmless = HARMLESS.get(message);
  if (harmless !== undefined && !(message === 'disallowed character.' && charBefore() === '<')) return { harmless };
  if (!rootSeen && PROLOG.test(message)) return { prolog: true };
  return {};
}
