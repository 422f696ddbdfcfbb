/**
 * Safety limits of the XML layer. Each bounds the memory or time one hostile or broken input can take; reaching one is
 * a `limit` issue, the record concerned is skipped, and reading goes on at the next record.
 */
export interface XmlLimits {
  /** Deepest element nesting, counted from the document element (which is depth 1). */
  depth: number;
  /**
   * Longest single run of text, in UTF-16 code units. Also bounds any other single piece of markup (an attribute
   * value, a comment, the DTD), since the parser holds each whole before it reports it.
   */
  text: number;
  /** Longest record, in UTF-16 code units from its start tag to its end tag. */
  record: number;
}

export const DEFAULT_XML_LIMITS: Readonly<XmlLimits> = {
  depth: 256,
  text: 10 * 1024 * 1024,
  record: 64 * 1024 * 1024,
};
