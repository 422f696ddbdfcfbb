/**
 * The streaming core of the XML layer: text chunks go into saxes (a strict, non-validating parser that never reads a
 * DTD or expands an entity other than the five XML ones and character references), and each record element comes out
 * as a small tree. A parse error inside a record costs that record only: the parser is dropped, the text after the
 * record's start tag is searched for the next record's start tag, and a fresh parser goes on from there with the
 * enclosing elements opened again.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { IssueCode, ReadIssue } from '../issues.js';
import type { XmlElement } from './element.js';
import type { CompiledLayout, XmlItem } from './layout.js';
import type { XmlLimits } from './limits.js';
import { pathBelow } from './paths.js';
import { TextWindow } from './text-window.js';

/** An element outside records: the document element, a wrapper, or a container. */
interface Frame {
  name: string;
  path: string;
  /** How many children of each name it has had, for the `[n]` in paths. */
  counts: Map<string, number>;
  /** The start tags that may follow inside it, to resume at. */
  resume: RegExp | undefined;
  /** Its record names, when it is a container. */
  records: ReadonlySet<string> | undefined;
}

/** A record (or another element beside the records) being read. */
interface Unit {
  kind: 'record' | 'other';
  index: number;
  path: string;
  /** Absolute position just after its start tag. */
  start: number;
}

const NOTHING: ReadonlySet<string> = new Set();

/** Thrown from a parser callback to leave the parser at once: the parser is dropped and reading resumes. */
const ABORT = Symbol('abort');

/** saxes errors in what comes before the document element, which leave the document itself to be read. */
const PROLOG = /declaration|outside of root|doctype|processing instruction/i;

/** saxes errors after which the document's structure is still sound, so the record can be kept. */
const HARMLESS: ReadonlyMap<string, string> = new Map([
  ['undefined entity.', 'an entity reference other than the five XML entities was left as written'],
  ['disallowed character.', 'a character that XML does not allow was kept as it is'],
  ['empty entity name.', 'an empty entity reference "&;" was left as written'],
]);

export class RecordScanner {
  /** True once nothing more will be read (an error after which no record can follow). */
  done = false;
  private out: XmlItem[] = [];
  private parser: SaxesParser | undefined;
  /** Absolute position and line of the current parser's start (a resumed parser is first fed a synthetic prefix). */
  private posOffset = 0;
  private lineOffset = 0;
  private frames: Frame[] = [];
  private open: XmlElement[] = [];
  private current: XmlElement | undefined;
  private unit: Unit | undefined;
  /** Elements that cannot start inside the current unit: a record, or an element beside the records, holds no record. */
  private forbidden = NOTHING;
  /** The most elements the current unit may have open, under the depth limit. */
  private deepest = 0;
  private records = 0;
  private rootSeen = false;
  /** A document element the layout does not know, reported once a known one is found, or at the end as the root. */
  private strangeRoot: { name: string; line: number; reported: boolean } | undefined;
  /** Where reading could resume from: just after the current unit's start tag, or after the last complete unit. */
  private anchorPos = 0;
  private anchorLine = 1;
  private resumedAt = -1;
  private seeking = false;
  private searchFrom = 0;
  private readonly window = new TextWindow();
  private events = 0;
  private eventsSeen = -1;
  private quietFrom = 0;
  private closing = false;
  private afterEnd = false;
  private dtdEntities = false;
  private noted = new Set<string>();

  constructor(
    private readonly layout: CompiledLayout,
    private readonly limits: XmlLimits,
  ) {
    this.startParser(0, 1, '');
  }

  /** Reads the next chunk of decoded text. */
  feed(chunk: string): void {
    if (this.done) return;
    this.window.append(chunk);
    let text: string | undefined = chunk;
    for (;;) {
      if (this.seeking) {
        text = this.seek();
        if (text === undefined) return;
      }
      if (this.write(text)) return;
    }
  }

  /** Ends the input: reports a record cut off by the end, or a document left open. */
  end(): void {
    const strange = this.strangeRoot;
    if (strange && !strange.reported)
      this.out.push({ kind: 'root', name: strange.name, known: false, line: strange.line });
    if (this.done || this.seeking) return;
    if (this.unit) {
      this.note('truncated', 'error', `the input ends inside <${this.current?.name}>`, this.pathHere());
      this.skipUnit('the input ends inside it');
      return;
    }
    if (this.frames.length > 0) {
      const root = this.frames[0].name;
      this.note('truncated', 'warning', `the input ends before </${root}>; every record before that was read`, root);
      return;
    }
    this.closing = true;
    this.parser?.close();
  }

  /** The items found since the last call. */
  take(): XmlItem[] {
    const items = this.out;
    this.out = [];
    return items;
  }

  // --- parser lifecycle ---------------------------------------------------------------------------------------

  private startParser(pos: number, line: number, prefix: string): void {
    const parser = new SaxesParser();
    // The prefix re-opens the enclosing elements after a resume; it raises no events because no handler is set yet.
    if (prefix) parser.write(prefix);
    parser.on('opentag', this.onOpen);
    parser.on('closetag', this.onClose);
    parser.on('text', this.onText);
    parser.on('cdata', this.onText);
    parser.on('doctype', this.onDoctype);
    parser.on('error', this.onError);
    this.parser = parser;
    this.posOffset = pos - prefix.length;
    this.lineOffset = line - 1;
    this.quietFrom = pos;
  }

  /** Writes text to the parser; false if reading must resume elsewhere. */
  private write(text: string): boolean {
    const parser = this.parser!;
    try {
      parser.write(text);
      this.checkSizes();
    } catch (e) {
      if (e !== ABORT) throw e;
      this.resume();
      return this.done;
    }
    this.window.rebase(this.anchorPos, this.anchorLine);
    return true;
  }

  /** Limits that no single event shows: a token still growing, a record too long. */
  private checkSizes(): void {
    const pos = this.position();
    if (this.events !== this.eventsSeen) {
      this.eventsSeen = this.events;
      this.quietFrom = pos;
    } else if (pos - this.quietFrom > this.limits.text) {
      this.fail(
        'limit',
        `no element or text ends within ${this.limits.text} characters (a text, attribute, comment or DTD over the limit)`,
      );
    }
    if (this.unit && pos - this.unit.start > this.limits.record) {
      this.fail('limit', `the element is longer than the limit of ${this.limits.record} characters`);
    }
  }

  /** After an abort: drop the parser and look for the next place a record (or document) can start. */
  private resume(): void {
    this.parser = undefined;
    this.unit = undefined;
    this.open = [];
    this.current = undefined;
    const top = this.frames[this.frames.length - 1];
    const pattern = top ? top.resume : this.layout.resumeTop;
    if (!pattern) {
      this.done = true;
      return;
    }
    this.seeking = true;
    this.searchFrom = this.anchorPos === this.resumedAt ? this.anchorPos + 1 : this.anchorPos;
  }

  /** Searches the kept text for a start tag to resume at; the text to feed from there, or undefined to wait. */
  private seek(): string | undefined {
    const top = this.frames[this.frames.length - 1];
    const pattern = top ? top.resume! : this.layout.resumeTop;
    const found = this.window.find(pattern, this.searchFrom);
    if (found < 0) {
      this.searchFrom = Math.max(this.searchFrom, this.window.end - this.layout.longestName - 1);
      this.window.advance(this.searchFrom);
      return undefined;
    }
    const line = this.window.lineAt(found);
    this.window.rebase(found, line);
    this.anchorPos = found;
    this.anchorLine = line;
    this.resumedAt = found;
    this.seeking = false;
    if (!top) this.rootSeen = false;
    this.startParser(found, line, this.frames.map((f) => `<${f.name}>`).join(''));
    return this.window.text(found);
  }

  // --- parser callbacks ---------------------------------------------------------------------------------------

  private readonly onOpen = (tag: SaxesTagPlain): void => {
    this.events++;
    const parent = this.current;
    if (parent === undefined) {
      this.openOutside(tag);
      return;
    }
    const name = tag.name;
    if (this.forbidden.has(name)) this.fail('syntax', `<${name}> starts inside <${this.open[0].name}>, which must be incomplete`);
    const element: XmlElement = { name, attributes: tag.attributes, children: [], line: this.lineOffset + this.parser!.line };
    parent.children.push(element);
    this.current = element;
    if (this.open.push(element) > this.deepest) {
      this.fail('limit', `elements are nested deeper than the limit of ${this.limits.depth}`);
    }
  };

  private readonly onClose = (): void => {
    this.events++;
    if (this.current !== undefined) {
      if (this.open.length === 1) this.finishUnit();
      else {
        this.open.pop();
        this.current = this.open[this.open.length - 1];
      }
      return;
    }
    this.frames.pop();
    this.setAnchor();
  };

  private readonly onText = (text: string): void => {
    this.events++;
    if (text.length > this.limits.text) {
      this.fail('limit', `a text of ${text.length} characters is over the limit of ${this.limits.text}`);
    }
    if (this.current !== undefined) {
      this.current.children.push(text);
      return;
    }
    const top = this.frames[this.frames.length - 1];
    if (top && /\S/.test(text)) {
      const shown = text.trim().slice(0, 40);
      this.note('syntax', 'warning', `text between records was ignored: "${shown}"`, top.path);
    }
  };

  private readonly onDoctype = (doctype: string): void => {
    if (!/<!ENTITY/i.test(doctype)) return;
    this.dtdEntities = true;
    this.note(
      'limit',
      'warning',
      'the DTD declares entities; they are not expanded (only the five XML entities and character references are), and no external entity is read',
    );
  };

  private readonly onError = (error: Error): void => {
    const message = error.message.replace(/^\d+:\d+: /, '');
    // A "<" inside an attribute value is reported like any disallowed character, but it means markup has run into
    // the value (a quote cut off): not harmless.
    const lessThan =
      message === 'disallowed character.' && this.window.text(this.position() - 1, this.position()) === '<';
    const harmless = lessThan ? undefined : HARMLESS.get(message);
    if (harmless !== undefined) {
      if (this.noted.has(message)) return;
      this.noted.add(message);
      const code = message === 'undefined entity.' && this.dtdEntities ? 'limit' : 'syntax';
      this.note(code, 'warning', harmless, this.pathHere());
      return;
    }
    if (this.closing) {
      this.note('syntax', this.rootSeen ? 'warning' : 'error', `malformed XML: ${message}`, this.pathHere());
      return;
    }
    if (!this.rootSeen && PROLOG.test(message)) {
      this.note('syntax', 'warning', `malformed XML before the document element: ${message}`);
      return;
    }
    if (this.rootSeen && this.frames.length === 0 && this.unit === undefined) {
      // Several documents, or several records with no container, one after another: said once.
      if (this.afterEnd) throw ABORT;
      this.afterEnd = true;
      this.fail('syntax', `content after the end of the document: ${message}`, 'warning');
    } else this.fail('syntax', `malformed XML: ${message}`);
  };

  // --- structure ----------------------------------------------------------------------------------------------

  private openOutside(tag: SaxesTagPlain): void {
    const { layout } = this;
    const name = tag.name;
    const top = this.frames[this.frames.length - 1];
    if (top === undefined) {
      const known = layout.containers.has(name) || layout.wrappers.has(name) || layout.recordNames.has(name);
      this.rootSeen = true;
      if (!known) {
        // Perhaps another format, perhaps a file whose head is damaged: look for a known element further on.
        this.strangeRoot ??= { name, line: this.line(), reported: false };
        throw ABORT;
      }
      this.out.push({ kind: 'root', name, known, line: this.line() });
      const strange = this.strangeRoot;
      if (strange && !strange.reported) {
        strange.reported = true;
        const message = `the document starts with <${strange.name}> (line ${strange.line}), which this format does not use; reading starts at <${name}>`;
        this.note('syntax', 'error', message);
      }
      if (layout.recordNames.has(name) && !layout.containers.has(name)) {
        this.startUnit('record', tag, name, layout.forbidden.get(name));
      } else this.pushFrame(name, name);
      return;
    }
    const n = (top.counts.get(name) ?? 0) + 1;
    top.counts.set(name, n);
    const path = `${top.path}/${name}[${n}]`;
    if (top.records?.has(name)) this.startUnit('record', tag, path, layout.forbidden.get(top.name));
    else if (layout.containers.has(name) || layout.wrappers.has(name))
      this.pushFrame(name, n > 1 ? path : `${top.path}/${name}`);
    else this.startUnit('other', tag, path, layout.forbidden.get(top.name));
  }

  private pushFrame(name: string, path: string): void {
    const records = this.layout.containers.get(name);
    this.frames.push({ name, path, counts: new Map(), resume: this.layout.resumeIn.get(name), records });
    this.setAnchor();
    if (this.frames.length > this.limits.depth)
      this.fail('limit', `elements are nested deeper than the limit of ${this.limits.depth}`);
  }

  private startUnit(
    kind: Unit['kind'],
    tag: SaxesTagPlain,
    path: string,
    forbidden: ReadonlySet<string> | undefined,
  ): void {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes, children: [], line: this.line() };
    this.open = [element];
    this.current = element;
    this.noted = new Set();
    this.setAnchor();
    this.unit = { kind, index: kind === 'record' ? ++this.records : 0, path, start: this.anchorPos };
    this.forbidden = forbidden ?? NOTHING;
    this.deepest = this.limits.depth - this.frames.length;
    if (this.deepest < 1) this.fail('limit', `elements are nested deeper than the limit of ${this.limits.depth}`);
  }

  private finishUnit(): void {
    const unit = this.unit!;
    const element = this.open[0];
    this.unit = undefined;
    this.open = [];
    this.current = undefined;
    this.noted = new Set();
    this.setAnchor();
    if (unit.kind === 'record') this.out.push({ kind: 'record', element, index: unit.index, path: unit.path });
    else this.out.push({ kind: 'other', element, path: unit.path });
  }

  // --- issues -------------------------------------------------------------------------------------------------

  /** Reports a problem that ends the current unit (skipping it if it is a record) and leaves the parser. */
  private fail(code: IssueCode, message: string, severity: ReadIssue['severity'] = 'error'): never {
    // Resuming at a start tag that is itself malformed fails again at once: say so only once.
    const repeat = this.unit === undefined && this.anchorPos === this.resumedAt;
    if (!repeat) this.note(code, severity, message, this.pathHere());
    if (this.unit)
      this.skipUnit(
        `${code === 'limit' ? 'a safety limit was reached' : 'the XML is malformed'} at line ${this.line()}`,
      );
    throw ABORT;
  }

  private skipUnit(reason: string): void {
    const unit = this.unit!;
    if (unit.kind !== 'record') return;
    const who = this.layout.identify?.(this.open[0]);
    this.out.push({
      kind: 'issue',
      issue: {
        code: 'record_skipped',
        severity: 'error',
        message: `record ${unit.index}${who ? ` (${who})` : ''} was not read: ${reason}`,
        line: this.open[0].line,
        path: unit.path,
        record: unit.index,
      },
    });
  }

  private note(code: IssueCode, severity: ReadIssue['severity'], message: string, path?: string): void {
    const issue: ReadIssue = { code, severity, message, line: this.line() };
    if (path) issue.path = path;
    if (this.unit?.kind === 'record') issue.record = this.unit.index;
    this.out.push({ kind: 'issue', issue });
  }

  private pathHere(): string | undefined {
    if (this.unit) return pathBelow(this.unit.path, this.open);
    return this.frames[this.frames.length - 1]?.path;
  }

  // --- positions ----------------------------------------------------------------------------------------------

  private position(): number {
    return this.posOffset + (this.parser?.position ?? 0);
  }

  private line(): number {
    return this.lineOffset + (this.parser?.line ?? 1);
  }

  private setAnchor(): void {
    this.anchorPos = this.position();
    this.anchorLine = this.line();
  }
}
