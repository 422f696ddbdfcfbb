import type { Reader, ReaderContext, ReadItem } from '../reader.js';
import { addRaw, emptyRecord } from '../record.js';
import { lineBatches } from '../text/lines.js';
import { ReaderState } from './reader-state.js';
import { KNOWN_RIS_TAGS, risFields } from './ris-fields.js';

/** A RIS tag line: the tag, and the value after "- " (undefined for `ER  -`). */
export const RIS_TAG_LINE = /^([A-Z][A-Z0-9])[ \t]+-(?:[ \t](.*))?$/;

interface Field {
  tag: string;
  line: number;
  /** The value's lines, joined once when the record is finished. */
  parts: string[];
}

interface Draft {
  number: number;
  line: number;
  fields: Field[];
}

interface Outside {
  line: number;
  text: string;
  count: number;
}

const preview = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

/**
 * Reads RIS text into records and issues, in file order.
 * @example
 * const data = 'TY  - JOUR\nTI  - Magnesium for cramps\nPY  - 2020\nER  - \n';
 * const { records } = await readAll({ data, file: 'a.ris' }, { format: 'ris' });
 * // records[0] → { id: 'a.ris#1', type: 'article-journal', title: 'Magnesium for cramps', year: 2020, … }
 */
export const readRis: Reader = async function* (text, context) {
  const state = new RisState(context);
  for await (const batch of lineBatches(text)) {
    for (const { text: raw, line } of batch) {
      state.line(line === 1 ? raw.replace(/^\uFEFF/, '') : raw, line);
      if (state.queue.length > 0) yield* state.drain();
    }
  }

  state.end();
  yield* state.drain();
};

class RisState extends ReaderState {
  private draft: Draft | undefined;
  /** A record whose ER has been read, kept open for tag lines that follow the ER directly. */
  private held: Draft | undefined;
  private field: Field | undefined;
  private blanks = 0;
  private outside: Outside | undefined;
  private records = 0;
  private lastLine = 0;
  private readonly ids = new Set<string>();

  constructor(private readonly context: ReaderContext) {
    super();
  }

  *drain(): Generator<ReadItem> {
    const items = this.queue;
    this.queue = [];
    yield* items;
  }

  line(text: string, n: number): void {
    this.lastLine = n;
    const m = RIS_TAG_LINE.exec(text);
    if (!m) {
      this.untagged(text, n);
      return;
    }
    const tag = m[1];
    const value = (m[2] ?? '').trim();
    this.blanks = 0;
    if (tag === 'TY') {
      this.releaseHeld();
      this.flushOutside();
      if (this.draft) {
        this.issue(
          'syntax',
          'warning',
          n,
          this.draft.number,
          `record ${this.draft.number} (line ${this.draft.line}) has no ER; the TY on line ${n} ends it`,
        );
        this.close(this.draft);
      }
      this.add(this.open(n), 'TY', value, n);
    } else if (tag === 'ER') {
      if (this.draft) {
        this.held = this.draft;
        this.draft = undefined;
        this.field = undefined;
      } else {
        const after = this.held;
        this.releaseHeld();
        this.flushOutside();
        const where = after ? `after the ER of record ${after.number}` : 'outside any record';
        this.issue('syntax', 'warning', n, undefined, `line ${n}: ER ${where}; ignored`);
      }
    } else if (this.draft) {
      this.add(this.draft, tag, value, n);
    } else if (this.held) {
      if (this.once(`after ER ${tag}`)) {
        this.issue(
          'syntax',
          'warning',
          n,
          this.held.number,
          `line ${n}: ${tag} after the ER of record ${this.held.number}; kept with that record (and so for later ${tag} lines after an ER)`,
        );
      }
      this.add(this.held, tag, value, n);
      this.field = undefined;
    } else {
      this.flushOutside();
      const draft = this.open(n);
      this.issue(
        'missing_field',
        'warning',
        n,
        draft.number,
        `line ${n}: ${tag} outside a record; a record without TY starts here`,
      );
      this.add(draft, tag, value, n);
    }
  }

  end(): void {
    this.releaseHeld();
    if (this.draft) {
      const d = this.draft;
      this.issue(
        'truncated',
        'warning',
        this.lastLine,
        d.number,
        `the file ends inside record ${d.number} (line ${d.line}), before its ER; the record is kept`,
      );
      this.close(d);
      this.draft = undefined;
    }
    this.flushOutside();
    if (this.records === 0) {
      this.issue(
        'syntax',
        'error',
        this.lastLine || 1,
        undefined,
        `${this.context.file}: no RIS record (no "TY  - " line) in the input`,
      );
    }
  }

  private untagged(text: string, n: number): void {
    const content = text.trimEnd();
    if (this.draft && this.field) {
      if (content.trim() === '') {
        this.blanks++;
        return;
      }
      for (; this.blanks > 0; this.blanks--) this.field.parts.push('');
      this.field.parts.push(content);
      return;
    }
    this.releaseHeld();
    if (content.trim() === '') return;
    if (this.outside) this.outside.count++;
    else this.outside = { line: n, text: content, count: 1 };
  }

  private open(n: number): Draft {
    this.records++;
    this.draft = { number: this.records, line: n, fields: [] };
    return this.draft;
  }

  private add(draft: Draft, tag: string, value: string, n: number): void {
    if (!KNOWN_RIS_TAGS.has(tag) && this.once(`tag ${tag}`)) {
      this.issue(
        'unknown_tag',
        'warning',
        n,
        draft.number,
        `line ${n}: unknown tag ${tag}; kept in raw (not reported again in this file)`,
      );
    }
    this.field = { tag, line: n, parts: [value] };
    draft.fields.push(this.field);
  }

  private releaseHeld(): void {
    if (!this.held) return;
    this.close(this.held);
    this.held = undefined;
  }

  private flushOutside(): void {
    const o = this.outside;
    if (!o) return;
    this.outside = undefined;
    const where = this.records === 0 ? 'before the first record' : 'between records';
    const span = o.count === 1 ? `line ${o.line}` : `lines from ${o.line} (${o.count} lines)`;
    this.issue('syntax', 'warning', o.line, undefined, `${span}: text ${where} ignored, starting ${preview(o.text)}`);
  }

  private close(d: Draft): void {
    const { file } = this.context;
    const record = emptyRecord('', { file, format: 'ris', record: d.number, line: d.line });
    for (const f of d.fields) addRaw(record, f.tag, f.parts.join('\n'));
    const lineOf = (tag: string) => d.fields.find((f) => f.tag === tag)?.line ?? d.line;
    const { ownId, ...fields } = risFields(record.raw, {
      report: (code, tag, message) =>
        this.issue(code, 'warning', lineOf(tag), d.number, `line ${lineOf(tag)}: ${message}`),
      first: (key) => this.once(key),
    });
    Object.assign(record, fields);
    record.id = ownId ?? `${file}#${d.number}`;
    if (ownId !== undefined) {
      if (this.ids.has(ownId)) {
        this.issue(
          'bad_value',
          'warning',
          d.line,
          d.number,
          `record ${d.number} (line ${d.line}) has the same id ${preview(ownId)} as an earlier record`,
        );
      }
      this.ids.add(ownId);
    }
    if (record.title === undefined) {
      this.issue('missing_field', 'warning', d.line, d.number, `record ${d.number} (line ${d.line}) has no title`);
    }
    this.queue.push({ kind: 'record', record });
  }
}
