/**
 * The XML layer's entry point: decoded text chunks in, record elements and issues out, in document order. Formats
 * describe their documents with an {@link XmlLayout}; the layer handles parsing, safety limits, element paths for
 * issues, and resuming after malformed records.
 */
import { compileLayout, type XmlItem, type XmlLayout } from './layout.js';
import { DEFAULT_XML_LIMITS, type XmlLimits } from './limits.js';
import { RecordScanner } from './scanner.js';

const SLICE = 16 * 1024;

/**
 * Streams the record elements of an XML document, in batches (the items of one slice of the input, in document
 * order) so that a reader pays for one asynchronous step per batch rather than per record.
 * @example
 * const text = (async function* () { yield '<records><record><title>A</title></record></records>'; })();
 * for await (const batch of xmlRecords(text, { records: { records: ['record'] } })) {
 *   for (const item of batch) if (item.kind === 'record') console.log(item.path, textOf(item.element));
 * } // → records/record[1] A
 */
export async function* xmlRecords(
  text: AsyncIterable<string>,
  layout: XmlLayout,
  limits: Partial<XmlLimits> = {},
): AsyncGenerator<XmlItem[]> {
  const scanner = new RecordScanner(compileLayout(layout), { ...DEFAULT_XML_LIMITS, ...limits });
  for await (const chunk of text) {
    // Fed in slices so that the records of one slice are handed on (and can be collected) before the next is parsed:
    // a whole input chunk's worth of record trees outlives the young generation and makes garbage collection dear.
    for (let at = 0; at < chunk.length; at += SLICE) {
      scanner.feed(chunk.length <= SLICE ? chunk : chunk.slice(at, at + SLICE));
      const items = scanner.take();
      if (items.length > 0) yield items;
      if (scanner.done) return;
    }
  }
  scanner.end();
  const items = scanner.take();
  if (items.length > 0) yield items;
}
