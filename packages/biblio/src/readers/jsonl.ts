/**
 * Evidens' own record format: JSON Lines, one BibRecord per line, as `evidens import --out records.jsonl` writes it.
 * It is lossless (every field and the raw fields kept), so later steps (dedupe, screen) read exactly what was imported.
 * A line that is not a record is reported with its line number and skipped.
 */
import type { ReadIssue } from '../issues.js';
import type { Reader, ReadItem } from '../reader.js';
import type { BibRecord } from '../record.js';
import { lines } from '../text/lines.js';

/** A skipped line. No record number: records keep the source numbering of the file they were first imported from. */
function problem(line: number, message: string): ReadItem {
  const issue: ReadIssue = { code: 'record_skipped', severity: 'error', line, message };
  return { kind: 'issue', issue };
}

const ARRAY_FIELDS = ['authors', 'issn', 'keywords', 'mesh', 'publicationTypes'] as const;

/**
 * @example
 * // {"id":"12345","title":"Magnesium for leg cramps","authors":[],…} on each line
 */
export const readJsonl: Reader = async function* (text, context) {
  let record = 0;
  for await (const { text: line, line: n } of lines(text)) {
    if (line.trim() === '') continue;
    record++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield problem(n, `not valid JSON (${(error as Error).message})`);
      continue;
    }
    if (typeof value !== 'object' || value === null || typeof (value as { id?: unknown }).id !== 'string') {
      yield problem(n, 'not a record: an object with a string "id" is expected');
      continue;
    }
    const r = value as Partial<BibRecord> & { id: string };
    const out: BibRecord = {
      ...r,
      authors: r.authors ?? [],
      issn: r.issn ?? [],
      keywords: r.keywords ?? [],
      mesh: r.mesh ?? [],
      publicationTypes: r.publicationTypes ?? [],
      raw: r.raw ?? {},
      source: r.source ?? { file: context.file, format: 'jsonl', record, line: n },
    };
    const bad = ARRAY_FIELDS.find((f) => !Array.isArray(out[f]));
    if (bad) {
      yield problem(n, `field ${bad} must be a list`);
      continue;
    }
    yield { kind: 'record', record: out };
  }
};
