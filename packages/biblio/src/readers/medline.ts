/**
 * The MEDLINE reader: PubMed's "MEDLINE" text format (also saved as .nbib). A field is a tag padded to four
 * characters, "- ", and the value ("PMID- 12230038", "AU  - Roffe C"); continuation lines are indented by six spaces;
 * a blank line ends a record. Streamed line by line; a record's lines are joined once when it ends.
 *
 * Lenient and explicit: a `PMID` line without the blank line before it starts a new record (warning); a record
 * without PMID is kept with a `file#record` id (warning); a line that is neither a field nor indented continues the
 * field before it (warning once per file); text outside records is ignored with a warning; unknown tags are kept in
 * raw with one `unknown_tag` warning per tag per file. Every record is returned.
 */
import type { IssueCode, ReadIssue } from '../issues.js';
import type { Reader, ReaderContext, ReadItem } from '../reader.js';
import { addRaw, emptyRecord } from '../record.js';
import { lineBatches } from '../text/lines.js';
import { KNOWN_MEDLINE_TAGS, type MedlineEntry, medlineFields } from './medline-fields.js';

interface Field {
  tag: string;
  line: number;
  parts: string[];
}

interface Draft {
  number: number;
  line: number;
  fields: Field[];
}

const preview = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** The tag of a MEDLINE field line ("PMID- …", "AU  - …", "AB  -"), or undefined. */
function tagOf(text: string): string | undefined {
  if (text.charCodeAt(4) !== 45 /* - */ || (text.length > 5 && text.charCodeAt(5) !== 32)) return undefined;
  const field = text.slice(0, 4);
  return /^[A-Z][A-Z0-9]{1,3} *$/.test(field) ? field.trimEnd() : undefined;
}

/**
 * Reads MEDLINE text into records and issues, in file order.
 * @example
 * const data = 'PMID- 12230038\nTI  - The Bio* toolkits.\nDP  - 2002 Sep\n';
 * const { records } = await readAll({ data, file: 'a.nbib' });
 * // records[0] → { id: '12230038', pmid: '12230038', title: 'The Bio* toolkits.', year: 2002, date: '2002-09', … }
 */
export const readMedline: Reader = async function* (text, context) {
  const state = new MedlineState(context);
  for await (const batch of lineBatches(text)) {
    for (const { text: raw, line } of batch) {
      state.line(line === 1 ? raw.replace(/^\uFEFF/, '') : raw, line);
      if (state.queue.length > 0) yield* state.drain();
    }
  }

  state.end();
  yield* state.drain();
};

class MedlineState {
  queue: ReadItem[] = [];
  private draft: Draft | undefined;
  private outside: { line: number; text: string; count: number } | undefined;
  private records = 0;
  private lastLine = 0;
  private readonly seen = new Set<string>();

  constructor(private readonly context: ReaderContext) {}

  *drain(): Generator<ReadItem> {
    const items = this.queue;
    this.queue = [];
    yield* items;
  }

  line(text: string, n: number): void {
    this.lastLine = n;
    if (text.trim() === '') {
      this.closeDraft();
      return;
    }
    const tag = tagOf(text);
    if (tag === undefined) {
      this.untagged(text, n);
      return;
    }
    if (tag === 'PMID' && this.draft) {
      this.issue(
        'syntax',
        'warning',
        n,
        this.draft.number,
        `line ${n}: PMID without a blank line before it; record ${this.draft.number} ends here`,
      );
      this.closeDraft();
    }
    if (!this.draft) {
      this.flushOutside();
      this.records++;
      this.draft = { number: this.records, line: n, fields: [] };
    }
    if (!KNOWN_MEDLINE_TAGS.has(tag) && this.once(`tag ${tag}`)) {
      this.issue(
        'unknown_tag',
        'warning',
        n,
        this.draft.number,
        `line ${n}: unknown tag ${tag}; kept in raw (not reported again in this file)`,
      );
    }
    this.draft.fields.push({ tag, line: n, parts: [text.slice(6).trim()] });
  }

  end(): void {
    this.closeDraft();
    this.flushOutside();
    if (this.records === 0) {
      this.issue(
        'syntax',
        'error',
        this.lastLine || 1,
        undefined,
        `${this.context.file}: no MEDLINE record (no "PMID- " line) in the input`,
      );
    }
  }

  private untagged(text: string, n: number): void {
    const field = this.draft?.fields[this.draft.fields.length - 1];
    if (field) {
      if (!/^\s/.test(text) && this.once('unindented')) {
        this.issue(
          'syntax',
          'warning',
          n,
          this.draft!.number,
          `line ${n}: a line that is neither a field nor indented; read as part of ${field.tag} (not reported again in this file)`,
        );
      }
      field.parts.push(text.trim());
      return;
    }
    if (this.outside) this.outside.count++;
    else this.outside = { line: n, text: text.trim(), count: 1 };
  }

  private flushOutside(): void {
    const o = this.outside;
    if (!o) return;
    this.outside = undefined;
    const where = o.count === 1 ? `line ${o.line}` : `lines from ${o.line} (${o.count} lines)`;
    this.issue(
      'syntax',
      'warning',
      o.line,
      undefined,
      `${where}: text outside any record ignored, starting ${preview(o.text)}`,
    );
  }

  private closeDraft(): void {
    const d = this.draft;
    if (!d) return;
    this.draft = undefined;
    const { file } = this.context;
    const entries: MedlineEntry[] = d.fields.map((f) => [f.tag, f.parts.join('\n')]);
    const record = emptyRecord('', { file, format: 'medline', record: d.number, line: d.line });
    for (const [tag, value] of entries) addRaw(record, tag, value);
    const lineOf = (tag: string) => d.fields.find((f) => f.tag === tag)?.line ?? d.line;
    Object.assign(
      record,
      medlineFields(entries, {
        report: (code, tag, message) =>
          this.issue(code, 'warning', lineOf(tag), d.number, `line ${lineOf(tag)}: ${message}`),
      }),
    );
    record.id = record.pmid ?? `${file}#${d.number}`;
    if (record.pmid === undefined) {
      this.issue(
        'missing_field',
        'warning',
        d.line,
        d.number,
        `record ${d.number} (line ${d.line}) has no PMID; its id is ${record.id}`,
      );
    }
    if (record.title === undefined) {
      this.issue('missing_field', 'warning', d.line, d.number, `record ${d.number} (line ${d.line}) has no title`);
    }
    this.queue.push({ kind: 'record', record });
  }

  private once(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  private issue(
    code: IssueCode,
    severity: ReadIssue['severity'],
    line: number,
    record: number | undefined,
    message: string,
  ): void {
    const issue: ReadIssue = { code, severity, message, line };
    if (record !== undefined) issue.record = record;
    this.queue.push({ kind: 'issue', issue });
  }
}
