/**
 * The BibTeX reader. Line by line, a small state machine finds each entry (`@type{…}` or `@type(…)`), follows its
 * braces to the closing delimiter and hands the inside to the body parser; only one entry is held at a time.
 * `@string` macros are remembered for later entries, `@comment` and `@preamble` are skipped, and text between entries
 * is comment. An entry whose braces never balance is found when the next entry starts at the beginning of a line:
 * if only its final brace is missing it is read with a warning, otherwise it is skipped with an issue naming its
 * line, and reading goes on with the new entry.
 */
import type { ReadIssue } from '../issues.js';
import type { Reader, ReaderContext, ReadItem } from '../reader.js';
import { lines } from '../text/lines.js';
import { MONTH_MACROS, type ParsedBody, parseBody } from './bibtex-entry.js';
import { bibtexRecord } from './bibtex-record.js';

/** An entry's head: `@`, type, opening delimiter (sticky, tried where an `@` is found). */
const ENTRY_HEAD = /@\s*([A-Za-z][\w:-]*)\s*([{(])/y;
/** A line that starts an entry: where reading resumes after a broken one. */
const ENTRY_LINE = /^\s*@\s*[A-Za-z][\w:-]*\s*[{(]/;
/** Text between entries that looks like a field or a closing brace: a sign that an entry ended too early. */
const LOST_FIELD = /^\s*[A-Za-z][\w-]*\s*=|}/;
/** An entry longer than this is a runaway (a brace opened and never closed) and is dropped. */
const MAX_ENTRY_CHARS = 4 * 1024 * 1024;

interface OpenEntry {
  type: string;
  close: '}' | ')';
  /** Line of the `@`. */
  line: number;
  parts: string[];
  size: number;
  /** Brace depth inside the entry (0 = between fields). */
  depth: number;
  /** Inside a `"…"` value at depth 0 (matters only for `@type(…)` entries). */
  quoted: boolean;
}

/**
 * Reads BibTeX; the id of each record is its citation key.
 * @example
 * for await (const item of readBibtex(chunks('@article{roffe2002, title = {Magnesium}, year = 2002}'), context)) …
 * // → { kind: 'record', record: { id: 'roffe2002', title: 'Magnesium', year: 2002, … } }
 */
export const readBibtex: Reader = async function* (text, context) {
  const entries = new Entries(context);
  let open: OpenEntry | undefined;
  let resync = false;
  let warned = false;
  for await (const { text: raw, line } of lines(text)) {
    const s = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    const startsEntry = ENTRY_LINE.test(s);
    if (startsEntry) resync = false;
    if (open && startsEntry) {
      yield* entries.unclosed(open, line);
      open = undefined;
    }
    if (resync) continue;
    let pos = 0;
    for (;;) {
      if (!open) {
        if (pos === 0 && /^\s*%/.test(s)) break;
        const at = s.indexOf('@', pos);
        if (!warned && LOST_FIELD.test(s.slice(pos, at < 0 ? s.length : at))) {
          warned = true;
          yield entries.strayText(line);
        }
        if (at < 0) break;
        ENTRY_HEAD.lastIndex = at;
        const m = ENTRY_HEAD.exec(s);
        if (!m) {
          pos = at + 1;
          continue;
        }
        open = { type: m[1], close: m[2] === '{' ? '}' : ')', line, parts: [], size: 0, depth: 0, quoted: false };
        pos = ENTRY_HEAD.lastIndex;
        warned = false;
      }
      const end = findEnd(open, s, pos);
      if (end < 0) {
        open.parts.push(s.slice(pos), '\n');
        open.size += s.length - pos + 1;
        if (open.size > MAX_ENTRY_CHARS) {
          yield entries.runaway(open);
          open = undefined;
          resync = true;
        }
        break;
      }
      open.parts.push(s.slice(pos, end));
      yield* entries.finish(open);
      open = undefined;
      pos = end + 1;
    }
  }
  if (open) yield* entries.unclosed(open, undefined);
};

/** The index of the entry's closing delimiter in `s` from `pos`, or -1; updates the entry's brace and quote state. */
function findEnd(open: OpenEntry, s: string, pos: number): number {
  for (let i = pos; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92 /* \ */) {
      i++;
    } else if (c === 123 /* { */) {
      open.depth++;
    } else if (c === 125 /* } */) {
      if (open.depth === 0 && open.close === '}') return i;
      open.depth = Math.max(0, open.depth - 1);
    } else if (open.close === ')' && open.depth === 0) {
      if (c === 34 /* " */) open.quoted = !open.quoted;
      else if (c === 41 /* ) */ && !open.quoted) return i;
    }
  }
  return -1;
}

/** Turns complete (or given-up) entries into records and issues, keeping the macros and the record count. */
class Entries {
  private readonly macros = new Map(MONTH_MACROS);
  private readonly keys = new Map<string, number>();
  private count = 0;

  constructor(private readonly context: ReaderContext) {}

  /** A complete entry: a record, a macro definition, or nothing (@comment, @preamble). */
  *finish(open: OpenEntry): Generator<ReadItem> {
    const type = open.type.toLowerCase();
    if (type === 'comment' || type === 'preamble') return;
    if (type === 'string') {
      const body = parseBody(open.parts.join(''), open.line, this.macros, false);
      for (const f of body.fields) this.macros.set(f.name, f.value);
      yield* asItems(body.problems.map((p) => ({ ...p, severity: 'warning' as const })));
      return;
    }
    const body = parseBody(open.parts.join(''), open.line, this.macros, true);
    const swallowed = swallowingField(body);
    const message = swallowed && `field ${swallowed} seems to hold other fields: a brace or quote not closed?`;
    yield* this.record(open, body, message ? { code: 'syntax', message } : undefined);
  }

  /**
   * An entry still open when the next one starts (`at`) or the input ends (`at` undefined). It is read when only its
   * closing delimiter is missing (every field closed, none holding what looks like other fields), else skipped.
   */
  *unclosed(open: OpenEntry, at: number | undefined): Generator<ReadItem> {
    const where = at === undefined ? 'before the end of the input' : `before the entry at line ${at}`;
    const type = open.type.toLowerCase();
    if (type === 'comment' || type === 'preamble' || type === 'string') {
      yield issue('syntax', 'warning', `@${open.type} at line ${open.line} is not closed ${where}; ignored`, open.line);
      return;
    }
    const body = parseBody(open.parts.join(''), open.line, this.macros, true);
    if (open.depth === 0 && !open.quoted && !swallowingField(body)) {
      const code = at === undefined ? 'truncated' : 'syntax';
      yield* this.record(open, body, { code, message: `the entry is not closed ${where}; read up to there` });
      return;
    }
    const message = `the entry at line ${open.line} has unbalanced braces (not closed ${where}); skipped`;
    yield issue('record_skipped', 'error', message, open.line, ++this.count);
  }

  runaway(open: OpenEntry): ReadItem {
    const message = `the entry at line ${open.line} runs past ${MAX_ENTRY_CHARS} characters (a brace never closed?); skipped up to the next entry that starts a line`;
    return issue('record_skipped', 'error', message, open.line, ++this.count);
  }

  strayText(line: number): ReadItem {
    const message = 'text outside any entry looks like a field or a closing brace: did an entry end too early?';
    return issue('syntax', 'warning', message, line, this.count > 0 ? this.count : undefined);
  }

  private *record(
    open: OpenEntry,
    body: ParsedBody,
    extra: { code: ReadIssue['code']; message: string } | undefined,
  ): Generator<ReadItem> {
    const record = ++this.count;
    if (!body.key && body.fields.length === 0) {
      const message = `the @${open.type} entry at line ${open.line} has neither a key nor fields; skipped`;
      yield issue('record_skipped', 'error', message, open.line, record);
      return;
    }
    const issues: ReadIssue[] = body.problems.map((p) => ({ ...p, severity: 'warning', record }));
    if (extra) issues.push({ ...extra, severity: 'warning', line: open.line, record });
    const rec = bibtexRecord(open.type, body, this.context, { record, line: open.line }, issues);
    if (body.key) {
      const first = this.keys.get(body.key);
      if (first !== undefined) {
        const message = `citation key ${body.key} was already used by the entry at line ${first}`;
        issues.push({ code: 'bad_value', severity: 'warning', message, line: open.line, record });
      } else {
        this.keys.set(body.key, open.line);
      }
    }
    yield { kind: 'record', record: rec };
    yield* asItems(issues);
  }
}

/** A line inside a value that starts like a field ("  year = {"): the value ran on past where it should have ended. */
const FIELD_INSIDE = /\n\s*[A-Za-z][\w-]*\s*=\s*[{"0-9]/;

function swallowingField(body: ParsedBody): string | undefined {
  return body.fields.find((f) => FIELD_INSIDE.test(f.value))?.name;
}

function issue(
  code: ReadIssue['code'],
  severity: ReadIssue['severity'],
  message: string,
  line: number,
  record?: number,
): ReadItem & { kind: 'issue' } {
  return {
    kind: 'issue',
    issue: record === undefined ? { code, severity, message, line } : { code, severity, message, line, record },
  };
}

function* asItems(issues: readonly ReadIssue[]): Generator<ReadItem> {
  for (const i of issues) yield { kind: 'issue', issue: i };
}
