/**
 * The inside of one BibTeX entry (between its opening and closing delimiter): the citation key, then fields
 * `name = value`, where a value is `{…}` (nested braces), `"…"`, a number or a macro name, joined by `#`. Values come
 * back with macros expanded and outer delimiters removed, LaTeX untouched. A field that breaks the grammar becomes a
 * problem and parsing goes on at the next comma outside braces.
 */

export interface BibtexField {
  /** Field name, lower case. */
  name: string;
  value: string;
  line: number;
}

export interface BibtexProblem {
  code: 'syntax' | 'bad_value';
  line: number;
  message: string;
}

export interface ParsedBody {
  key?: string;
  fields: BibtexField[];
  problems: BibtexProblem[];
}

/** The month macros every BibTeX style defines. */
export const MONTH_MACROS: ReadonlyMap<string, string> = new Map(
  ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November']
    .concat('December')
    .map((m) => [m.slice(0, 3).toLowerCase(), m]),
);

const NAME = /[^\s=,{}"#()]+/y;
const NUMBER = /[0-9]+/y;

/**
 * Parses an entry body that starts on line `line`; `withKey` is false for @string. Macro names are looked up
 * case-insensitively in `macros`.
 * @example
 * parseBody('key1,\n title = {A {B} c} # " d",\n year = 2001\n', 3, new Map(), true);
 * // → { key: 'key1', fields: [{ name: 'title', value: 'A {B} c d', line: 4 }, { name: 'year', value: '2001', line: 5 }],
 * //     problems: [] }
 */
export function parseBody(
  body: string,
  line: number,
  macros: ReadonlyMap<string, string>,
  withKey: boolean,
): ParsedBody {
  return new BodyParser(body, line, macros).parse(withKey);
}

class BodyParser {
  private pos = 0;
  private readonly problems: BibtexProblem[] = [];
  /** Line-number cache: `lineOf` counts newlines forward from the last position asked for. */
  private markPos = 0;
  private markLine: number;

  constructor(
    private readonly s: string,
    firstLine: number,
    private readonly macros: ReadonlyMap<string, string>,
  ) {
    this.markLine = firstLine;
  }

  parse(withKey: boolean): ParsedBody {
    const key = withKey ? this.key() : undefined;
    const fields: BibtexField[] = [];
    for (;;) {
      this.skip(/[\s,]*/y);
      if (this.pos >= this.s.length) break;
      const field = this.field();
      if (field) fields.push(field);
    }
    return { ...(key ? { key } : {}), fields, problems: this.problems };
  }

  /** The citation key: everything up to the first comma, unless the entry opens with a field (no key). */
  private key(): string | undefined {
    this.skip(/\s*/y);
    const comma = this.s.indexOf(',', this.pos);
    const end = comma < 0 ? this.s.length : comma;
    const candidate = this.s.slice(this.pos, end).trim();
    if (candidate.includes('=') || /[{}"]/.test(candidate)) return undefined;
    this.pos = end;
    return candidate === '' ? undefined : candidate;
  }

  private field(): BibtexField | undefined {
    const line = this.lineOf(this.pos);
    const name = this.match(NAME);
    if (!name) {
      this.problem('syntax', line, `unexpected "${this.s[this.pos]}" where a field name should start`);
      this.skipToComma();
      return undefined;
    }
    this.skip(/\s*/y);
    if (this.s[this.pos] !== '=') {
      this.problem('syntax', line, `field ${name} has no "=" and no value`);
      this.skipToComma();
      return undefined;
    }
    this.pos++;
    const value = this.value(name.toLowerCase());
    if (value === undefined) {
      this.skipToComma();
      return undefined;
    }
    this.skip(/\s*/y);
    const next = this.s[this.pos];
    if (next !== undefined && next !== ',') {
      this.problem('syntax', line, `missing comma after field ${name}`);
    }
    return { name: name.toLowerCase(), value, line };
  }

  /** A value: parts joined by `#`; undefined (with a problem) when there is none. */
  private value(name: string): string | undefined {
    const parts: string[] = [];
    for (;;) {
      this.skip(/\s*/y);
      const c = this.s[this.pos];
      const line = this.lineOf(this.pos);
      if (c === '{' || c === '"') {
        const part = this.delimited(c, name, line);
        parts.push(part);
      } else if (c !== undefined && /[0-9]/.test(c)) {
        parts.push(this.match(NUMBER) ?? '');
      } else if (c !== undefined && /[^\s=,{}"#()]/.test(c)) {
        const macro = this.match(NAME) ?? '';
        const expansion = this.macros.get(macro.toLowerCase());
        if (expansion === undefined) {
          this.problem('bad_value', line, `field ${name}: undefined macro ${macro}, kept as written`);
        }
        parts.push(expansion ?? macro);
      } else {
        this.problem('syntax', line, `field ${name} has no value`);
        return undefined;
      }
      this.skip(/\s*/y);
      if (this.s[this.pos] !== '#') return parts.join('');
      this.pos++;
    }
  }

  /** `{…}` with nested braces, or `"…"` ending at a quote outside braces. */
  private delimited(open: '{' | '"', name: string, line: number): string {
    const start = this.pos + 1;
    let depth = open === '{' ? 1 : 0;
    for (let i = start; i < this.s.length; i++) {
      const c = this.s[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '"' && open === '"' && depth === 0) {
        this.pos = i + 1;
        return this.s.slice(start, i);
      }
      if (open === '{' && depth === 0) {
        this.pos = i + 1;
        return this.s.slice(start, i);
      }
    }
    const what = open === '{' ? 'unbalanced braces' : 'a quote that is never closed';
    this.problem('syntax', line, `field ${name}: ${what}; the value runs to the end of the entry`);
    this.pos = this.s.length;
    return this.s.slice(start);
  }

  /** Moves past the next comma outside braces and quotes (error recovery). */
  private skipToComma(): void {
    let depth = 0;
    let quoted = false;
    for (let i = this.pos; i < this.s.length; i++) {
      const c = this.s[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === '}') depth = Math.max(0, depth - 1);
      else if (c === '"' && depth === 0) quoted = !quoted;
      else if (c === ',' && depth === 0 && !quoted) {
        this.pos = i + 1;
        return;
      }
    }
    this.pos = this.s.length;
  }

  private match(re: RegExp): string | undefined {
    re.lastIndex = this.pos;
    const m = re.exec(this.s);
    if (!m || m[0] === '') return undefined;
    this.pos = re.lastIndex;
    return m[0];
  }

  private skip(re: RegExp): void {
    re.lastIndex = this.pos;
    if (re.exec(this.s)) this.pos = re.lastIndex;
  }

  private lineOf(offset: number): number {
    if (offset < this.markPos) {
      this.markLine -= countNewlines(this.s, 0, this.markPos);
      this.markPos = 0;
    }
    this.markLine += countNewlines(this.s, this.markPos, offset);
    this.markPos = offset;
    return this.markLine;
  }

  private problem(code: BibtexProblem['code'], line: number, message: string): void {
    this.problems.push({ code, line, message });
  }
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
