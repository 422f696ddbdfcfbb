/**
 * The record trees the XML layer builds from parser events: the elements outside records (document element,
 * wrappers, containers) as frames, each record (or other element beside the records) as a small tree, element paths
 * and issues for what goes wrong inside them. The parser itself, and resuming after errors, are the scanner's.
 */
import type { SaxesTagPlain } from 'saxes';
import type { IssueCode, ReadIssue } from '../issues.js';
import { detach, type XmlElement } from './element.js';
import { type CompiledLayout, FORBIDDEN, type Marks, NO_MARKS, SKIP, type XmlItem } from './layout.js';
import type { XmlLimits } from './limits.js';
import { pathBelow } from './paths.js';
import type { RecordView } from './view.js';

/** An element outside records: the document element, a wrapper, or a container. */
export interface Frame {
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

/** Thrown from a parser callback to leave the parser at once: the parser is dropped and reading resumes. */
export const ABORT = Symbol('abort');

export abstract class RecordTree {
  protected out: XmlItem[] = [];
  protected frames: Frame[] = [];
  protected open: XmlElement[] = [];
  protected current: XmlElement | undefined;
  protected unit: Unit | undefined;
  /** Names that need action inside the current unit: forbidden (a record holds no record) or skipped. */
  private marks = NO_MARKS;
  /** How deep inside a skipped element reading is (0: not in one). */
  private skipping = 0;
  /** The most elements the current unit may have open, under the depth limit. */
  private deepest = 0;
  private records = 0;
  protected rootSeen = false;
  /** A document element the layout does not know, reported once a known one is found, or at the end as the root. */
  protected strangeRoot: { name: string; line: number; reported: boolean } | undefined;
  /** Where reading could resume from: just after the current unit's start tag, or after the last complete unit. */
  protected anchorPos = 0;
  protected anchorLine = 1;
  /** Where the current parser started after an error (-1: it is the first). */
  protected resumedAt = -1;
  /** Parser events so far, to tell when one token has gone on too long. */
  protected events = 0;
  /** The flat record of the unit the fast path is finishing, if it read one. */
  protected view: RecordView | undefined;
  /** Harmless errors already reported in the current unit. */
  protected noted = new Set<string>();

  constructor(
    protected readonly layout: CompiledLayout,
    protected readonly limits: XmlLimits,
  ) {}

  /** Absolute position (UTF-16 code units from the start of the input) the parser has reached. */
  protected abstract position(): number;
  /** 1-based line the parser has reached. */
  protected abstract line(): number;

  /** The items found since the last call. */
  take(): XmlItem[] {
    const items = this.out;
    this.out = [];
    return items;
  }

  // --- parser callbacks ---------------------------------------------------------------------------------------

  protected readonly onOpen = (tag: SaxesTagPlain): void => {
    this.events++;
    const parent = this.current;
    if (parent === undefined) {
      this.openOutside(tag);
      return;
    }
    const name = tag.name;
    const { names, lengths } = this.marks;
    const mark = name.length >= lengths.length || lengths[name.length] === 1 ? names.get(name) : undefined;
    if (mark === FORBIDDEN)
      this.fail('syntax', `<${name}> starts inside <${this.open[0].name}>, which must be incomplete`);
    if (this.skipping > 0) {
      if (this.open.length + ++this.skipping > this.deepest) this.fail('limit', this.tooDeep());
      return;
    }
    const element: XmlElement = {
      name,
      attributes: tag.attributes,
      children: [],
      line: this.line(),
    };
    parent.children.push(element);
    if (mark === SKIP) {
      this.skipping = 1;
      if (this.open.length + 1 > this.deepest) this.fail('limit', this.tooDeep());
      return;
    }
    this.current = element;
    if (this.open.push(element) > this.deepest) this.fail('limit', this.tooDeep());
  };

  protected tooDeep(): string {
    return `elements are nested deeper than the limit of ${this.limits.depth}`;
  }

  protected readonly onClose = (): void => {
    this.events++;
    if (this.current !== undefined) {
      if (this.skipping > 0) this.skipping--;
      else if (this.open.length === 1) this.finishUnit();
      else {
        this.open.pop();
        this.current = this.open[this.open.length - 1];
      }
      return;
    }
    this.frames.pop();
    this.setAnchor();
  };

  protected readonly onText = (text: string): void => {
    this.events++;
    if (text.length > this.limits.text) {
      this.fail('limit', `a text of ${text.length} characters is over the limit of ${this.limits.text}`);
    }
    if (this.current !== undefined) {
      if (this.skipping === 0) this.current.children.push(text);
      return;
    }
    const top = this.frames[this.frames.length - 1];
    if (top && /\S/.test(text)) {
      const shown = text.trim().slice(0, 40);
      this.note('syntax', 'warning', `text between records was ignored: "${shown}"`, top.path);
    }
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
        this.startUnit('record', tag, name, layout.marks.get(name));
      } else this.pushFrame(name, name);
      return;
    }
    const n = (top.counts.get(name) ?? 0) + 1;
    top.counts.set(name, n);
    const path = detach(`${top.path}/${name}[${n}]`);
    if (top.records?.has(name)) this.startUnit('record', tag, path, layout.marks.get(top.name));
    else if (layout.containers.has(name) || layout.wrappers.has(name))
      this.pushFrame(name, n > 1 ? path : `${top.path}/${name}`);
    else this.startUnit('other', tag, path, layout.marks.get(top.name));
  }

  private pushFrame(name: string, path: string): void {
    const records = this.layout.containers.get(name);
    this.frames.push({ name, path, counts: new Map(), resume: this.layout.resumeIn.get(name), records });
    this.setAnchor();
    if (this.frames.length > this.limits.depth) this.fail('limit', this.tooDeep());
  }

  private startUnit(kind: Unit['kind'], tag: SaxesTagPlain, path: string, marks: Marks | undefined): void {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes, children: [], line: this.line() };
    this.open = [element];
    this.current = element;
    if (this.noted.size > 0) this.noted = new Set();
    this.setAnchor();
    this.unit = { kind, index: kind === 'record' ? ++this.records : 0, path, start: this.anchorPos };
    this.marks = marks ?? NO_MARKS;
    this.skipping = 0;
    this.deepest = this.limits.depth - this.frames.length;
    if (this.deepest < 1) this.fail('limit', this.tooDeep());
  }

  private finishUnit(): void {
    const unit = this.unit!;
    const element = this.open[0];
    this.unit = undefined;
    this.open = [];
    this.current = undefined;
    if (this.noted.size > 0) this.noted = new Set();
    this.setAnchor();
    const view = this.view;
    this.view = undefined;
    if (unit.kind === 'record')
      this.out.push(
        view
          ? { kind: 'record', element, index: unit.index, path: unit.path, view }
          : { kind: 'record', element, index: unit.index, path: unit.path },
      );
    else this.out.push({ kind: 'other', element, path: unit.path });
  }

  // --- issues -------------------------------------------------------------------------------------------------

  /** Reports a problem that ends the current unit (skipping it if it is a record) and leaves the parser. */
  protected fail(code: IssueCode, message: string, severity: ReadIssue['severity'] = 'error'): never {
    // Resuming at a start tag that is itself malformed fails again at once: say so only once.
    const repeat = this.unit === undefined && this.anchorPos === this.resumedAt;
    if (!repeat) this.note(code, severity, message, this.pathHere());
    if (this.unit)
      this.skipUnit(
        `${code === 'limit' ? 'a safety limit was reached' : 'the XML is malformed'} at line ${this.line()}`,
      );
    throw ABORT;
  }

  protected skipUnit(reason: string): void {
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

  protected note(code: IssueCode, severity: ReadIssue['severity'], message: string, path?: string): void {
    const issue: ReadIssue = { code, severity, message, line: this.line() };
    if (path) issue.path = path;
    if (this.unit?.kind === 'record') issue.record = this.unit.index;
    this.out.push({ kind: 'issue', issue });
  }

  protected pathHere(): string | undefined {
    if (this.unit) return pathBelow(this.unit.path, this.open);
    return this.frames[this.frames.length - 1]?.path;
  }

  protected setAnchor(): void {
    this.anchorPos = this.position();
    this.anchorLine = this.line();
  }
}
