/**
 * The Web of Science tagged reader (the "plain text" export): `FN` and `VR` head the file, each record starts with
 * `PT` and ends with `ER`, `EF` ends the file. A line is a two-letter tag, a space and a value; a line indented by
 * three spaces continues the tag above. For person tags (AU, AF, CA …) each continuation line is another person;
 * for the others continuation lines are joined with a space. The id of a record is its accession number (UT).
 */
import type { ReadIssue } from '../issues.js';
import type { Reader, ReaderContext, ReadItem } from '../reader.js';
import { lineBatches } from '../text/lines.js';
import { WOS_PERSON_TAGS, WOS_TAGS, wosRecord } from './wos-record.js';

const TAG_LINE = /^([A-Z][A-Z0-9])(?: (.*))?$/;
const CONTINUATION = /^\s+(\S.*)$/;

interface OpenRecord {
  line: number;
  number: number;
  tags: Map<string, string[]>;
  last?: string;
  issues: ReadIssue[];
}

/**
 * Reads a Web of Science tagged export.
 * @example
 * for await (const item of readWos(chunks('FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI Magnesium\nUT WOS:1\nER\nEF\n'), context)) …
 * // → { kind: 'record', record: { id: 'WOS:1', title: 'Magnesium', … } }
 */
export const readWos: Reader = async function* (text, context) {
  let open: OpenRecord | undefined;
  let count = 0;
  for await (const batch of lineBatches(text)) {
    for (const { text: raw, line } of batch) {
      const s = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (s.trim() === '') continue;
      const tagged = TAG_LINE.exec(s);
      if (!tagged) {
        const more = CONTINUATION.exec(s);
        if (open?.last && more) {
          continueTag(open, more[1]);
        } else if (open?.last) {
          open.issues.push(
            issueAt('syntax', `not a tag line nor an indented continuation; kept with ${open.last}`, line, open.number),
          );
          continueTag(open, s.trim());
        } else {
          yield problem('syntax', `line ${line} is outside any record and is not a tag line; ignored`, line);
        }
        continue;
      }
      const tag = tagged[1];
      const value = tagged[2] ?? '';
      // EF closes the file, but exports are often concatenated: whatever follows is read on.
      if (tag === 'ER' || tag === 'EF') {
        if (open) yield* finish(open, context);
        else if (tag === 'ER') yield problem('syntax', `ER at line ${line} closes no record`, line);
        open = undefined;
        continue;
      }
      if (!open && (tag === 'FN' || tag === 'VR')) continue;
      if (tag === 'PT' || !open) {
        if (open) {
          open.issues.push(
            issueAt('syntax', `the record has no ER before the next PT at line ${line}`, open.line, open.number),
          );
          yield* finish(open, context);
        }
        open = { line, number: ++count, tags: new Map(), issues: [] };
        if (tag !== 'PT')
          open.issues.push(issueAt('syntax', `the record starts with ${tag}, not PT`, line, open.number));
      }
      if (!WOS_TAGS.has(tag)) {
        open.issues.push(issueAt('unknown_tag', `unknown tag ${tag}; kept in raw`, line, open.number));
      }
      const values = open.tags.get(tag);
      if (values) values.push(value);
      else open.tags.set(tag, [value]);
      open.last = tag;
    }
  }

  if (open) {
    open.issues.push(issueAt('truncated', 'the input ends inside this record (no ER)', open.line, open.number));
    yield* finish(open, context);
  }
};

function continueTag(open: OpenRecord, text: string): void {
  const tag = open.last!;
  const values = open.tags.get(tag)!;
  if (WOS_PERSON_TAGS.has(tag) || tag === 'CR' || tag === 'C1' || tag === 'C3') values.push(text);
  else values[values.length - 1] = values[values.length - 1] === '' ? text : `${values[values.length - 1]} ${text}`;
}

function* finish(open: OpenRecord, context: ReaderContext): Generator<ReadItem> {
  const issues = open.issues;
  const record = wosRecord(open.tags, context, { record: open.number, line: open.line }, issues);
  yield { kind: 'record', record };
  for (const i of issues) yield { kind: 'issue', issue: i };
}

function issueAt(code: ReadIssue['code'], message: string, line: number, record: number): ReadIssue {
  return { code, severity: 'warning', message, line, record };
}

function problem(code: ReadIssue['code'], message: string, line: number): ReadItem {
  return { kind: 'issue', issue: { code, severity: 'warning', message, line } };
}
