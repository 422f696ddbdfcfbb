/**
 * Records to JSON Lines (one BibRecord per line), the lossless format the pipeline passes between steps.
 * @example
 * writeJsonl([record]); // → '{"id":"12345",…}\n'
 */
import type { BibRecord } from '../record.js';

export function writeJsonl(records: Iterable<BibRecord>): string {
  let out = '';
  for (const r of records) out += `${JSON.stringify(r)}\n`;
  return out;
}

/** One JSON line for a record (for streaming writers). */
export function jsonLine(record: BibRecord): string {
  return `${JSON.stringify(record)}\n`;
}
