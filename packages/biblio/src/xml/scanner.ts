/**
 * The streaming core of the XML layer: text chunks go into saxes (a strict, non-validating parser that never reads a
 * DTD or expands an entity other than the five XML ones and character references), and each record element comes out
 * as a small tree. A parse error inside a record costs that record only: the parser is dropped, the text after the
 * record's start tag is searched for the next record's start tag, and a fresh parser goes on from there with the
 * enclosing elements opened again.
 *
 * Between records, inside a container, reading switches to the fast path (./fast-scan.ts), which reads plain records
 * in about half the time saxes takes and gives the tree what saxes would, at the same positions. For a layout that
 * asks for flat records, the fast path builds no tree at all (./flat-scan.ts): the record comes with a view of its
 * elements as positions in the text, read in about half the time again. A record the fast path declines is read by a
 * fresh saxes parser, started where the fast path stopped with the enclosing elements opened again, and fed the same
 * slices of text the one parser would have been fed: what is read, and every issue, is the same either way.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { DECLINED_CHARACTERS, endOfElement, FastRecord, isNameStart, nameEnd, readRecord } from './fast-scan.js';
import { DECLINE, FLAT_SUPPORTED, FlatScan, INCOMPLETE } from './flat-scan.js';
import type { CompiledLayout } from './layout.js';
import type { XmlLimits } from './limits.js';
import { classifyError } from './parse-errors.js';
import { TextWindow } from './text-window.js';
import { ABORT, RecordTree } from './tree.js';

/** Thrown from a parser callback to leave saxes for the fast path, at a point between records. */
const SWITCH = Symbol('switch');

/** The fast path waits for a record's end tag over at most this much text; a longer record is read by saxes. */
const FAST_RECORD = 256 * 1024;

type WriteResult = 'written' | 'resume' | 'fast';

export class RecordScanner extends RecordTree {
  /** True once nothing more will be read (an error after which no record can follow). */
  done = false;
  private parser: SaxesParser | undefined;
  /** Absolute position and line of the current parser's start (a resumed parser is first fed a synthetic prefix). */
  private posOffset = 0;
  private lineOffset = 0;
  private seeking = false;
  private searchFrom = 0;
  private readonly window = new TextWindow();
  private eventsSeen = -1;
  private quietFrom = 0;
  private closing = false;
  private afterEnd = false;
  private dtdEntities = false;

  // The fast path: whether it is reading (then there is no parser), where it is, and the slices fed since it began
  // (`bounds`: the start of the slice it began in, then the end of each), for saxes to be fed the same ones.
  private fast = false;
  private fastPos = 0;
  private fastLine = 1;
  private bounds: number[] = [];
  /** Slices to read, in order: what `feed` is given, and slices the fast path gives back to saxes. */
  private queue: string[] = [];
  private queued = 0;
  private fastRecords = 0;
  private declined = 0;
  /** No more switching to the fast path: it declined too often, or the input has ended. */
  private fastOff = false;
  private readonly scanned = new FastRecord();
  private readonly flatScan: FlatScan | undefined;
  private readonly endTags = new Map<string, string>();

  constructor(layout: CompiledLayout, limits: XmlLimits) {
    super(layout, limits);
    if (layout.flat && FLAT_SUPPORTED) this.flatScan = new FlatScan();
    this.fastOff = !layout.fast;
    this.startParser(0, 1, '');
  }

  /** Reads the next chunk of decoded text. */
  feed(chunk: string): void {
    if (this.done) return;
    this.queue.push(chunk);
    while (this.queued < this.queue.length && !this.done) this.read(this.queue[this.queued++]);
    this.queue = [];
    this.queued = 0;
  }

  private read(slice: string): void {
    this.window.append(slice);
    let text: string | undefined = slice;
    if (this.fast) {
      this.bounds.push(this.window.end);
      text = this.readFast();
      if (text === undefined) return;
    }
    for (;;) {
      if (this.seeking) {
        text = this.seek();
        if (text === undefined) return;
      }
      const result = this.write(text);
      if (result === 'written') return;
      if (result === 'fast') {
        // The text just written ends where the window does.
        this.bounds = [this.window.end - text.length, this.window.end];
        text = this.readFast();
        if (text === undefined) return;
      }
    }
  }

  /** Ends the input: reports a record cut off by the end, or a document left open. */
  end(): void {
    this.fastOff = true;
    if (this.fast) {
      // What the fast path has not read (a record not yet complete, or the end of the document) is saxes's.
      this.queue = [];
      this.queued = 0;
      let text: string | undefined = this.decline();
      for (;;) {
        if (this.seeking) {
          text = this.seek();
          if (text === undefined) break;
        }
        if (this.write(text) !== 'resume') break;
      }
      while (this.queued < this.queue.length && !this.done) this.read(this.queue[this.queued++]);
    }
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
    try {
      this.parser?.close();
    } catch (e) {
      // A limit reached by what closing flushes (text after the document element) has been reported: nothing follows.
      if (e !== ABORT) throw e;
    }
  }

  // --- parser lifecycle ---------------------------------------------------------------------------------------

  private startParser(pos: number, line: number, prefix: string): void {
    const parser = new SaxesParser();
    // The prefix re-opens the enclosing elements after a resume; it raises no events because no handler is set yet.
    if (prefix) parser.write(prefix);
    parser.on('opentag', this.onOpenTag);
    parser.on('closetag', this.onCloseTag);
    parser.on('text', this.onText);
    parser.on('cdata', this.onText);
    parser.on('doctype', this.onDoctype);
    parser.on('error', this.onError);
    this.parser = parser;
    this.posOffset = pos - prefix.length;
    this.lineOffset = line - 1;
    this.quietFrom = pos;
  }

  /** Writes text to the parser: written, or reading must resume elsewhere, or go on with the fast path. */
  private write(text: string): WriteResult {
    const parser = this.parser!;
    try {
      parser.write(text);
      this.checkSizes();
    } catch (e) {
      if (e === SWITCH) {
        this.parser = undefined;
        this.fast = true;
        this.fastPos = this.anchorPos;
        this.fastLine = this.anchorLine;
        return 'fast';
      }
      if (e !== ABORT) throw e;
      this.resume();
      return this.done ? 'written' : 'resume';
    }
    this.window.rebase(this.anchorPos, this.anchorLine);
    return 'written';
  }

  // --- the fast path --------------------------------------------------------------------------------------------

  /**
   * Reads the records the window holds whole with the fast path. Undefined when it has read all it can and waits for
   * more text; otherwise it has declined what comes next, and returns the text to write to the saxes parser started
   * in its place.
   */
  private readFast(): string | undefined {
    const top = this.frames[this.frames.length - 1];
    const records = top?.records;
    const marks = this.layout.marks.get(top?.name ?? '');
    const deepest = this.limits.depth - this.frames.length;
    const token = Math.floor(this.limits.text / 2) - 1;
    if (!records || !marks || deepest < 3 || token < 16) return this.decline();
    const bounds = { depth: deepest, token, marks };
    const base = this.anchorPos;
    const w = this.window.text(base);
    const record = this.scanned;
    const flat = this.flatScan;
    // The flat reader checks each record's characters itself, as it reads them, and finds where each ends.
    if (flat) flat.load(w);
    let p = 0;
    let line = this.anchorLine;
    let badChar = flat ? Number.POSITIVE_INFINITY : -1;
    let closingBrackets = -1;
    /** For the flat reader: the last end tag of a record's name in the window, and which name that was. */
    let lastTag = '';
    let lastClose = -1;
    for (;;) {
      // Space before the next record, which saxes would give as a text event at its "<".
      let q = p;
      let lines = 0;
      for (let c = w.charCodeAt(q); c === 32 || c === 10 || c === 9; c = w.charCodeAt(++q)) if (c === 10) lines++;
      if (q - p > token) return this.decline();
      if (q === w.length) break;
      if (w.charCodeAt(q) !== 60 /* < */ || !isNameStart(w.charCodeAt(q + 1))) return this.decline();
      const ne = nameEnd(w, q + 1);
      if (ne === w.length) break;
      const name = w.slice(q + 1, ne);
      if (!records.has(name)) return this.decline();
      let endTag = this.endTags.get(name);
      if (endTag === undefined) {
        endTag = `</${name}`;
        this.endTags.set(name, endTag);
      }
      const longest = Math.min(FAST_RECORD, this.limits.record);
      let end: number;
      if (flat) {
        // The flat reader finds the record's end itself; a record whose end tag is not in the window yet is not read.
        if (endTag !== lastTag) {
          lastTag = endTag;
          lastClose = w.lastIndexOf(endTag);
        }
        end =
          lastClose > ne
            ? flat.read(w, q, Math.min(w.length, q + longest + 1), line + lines, record, bounds)
            : INCOMPLETE;
        if (end === DECLINE) return this.decline();
      } else end = endOfElement(w, endTag, ne);
      if (end <= 0) {
        if (w.length - q > longest) return this.decline();
        break;
      }
      if (end - q > longest) return this.decline();
      if (badChar < q) {
        DECLINED_CHARACTERS.lastIndex = q;
        badChar = DECLINED_CHARACTERS.exec(w)?.index ?? w.length;
      }
      if (closingBrackets < q) {
        closingBrackets = w.indexOf(']]>', q);
        if (closingBrackets < 0) closingBrackets = w.length;
      }
      if (badChar < end || closingBrackets < end) return this.decline();
      if (!flat && !readRecord(w, q, end, line + lines, record, bounds)) return this.decline();
      // The tree makes the record's element from its start tag, as from saxes's events, and is given the rest built
      // (or, for a flat layout, the record's view).
      if (q > p) this.events++;
      this.fastPos = base + record.startEnd;
      this.fastLine = record.startLine;
      this.onOpen(fastTag(record.name, record.attributes));
      if (flat) this.view = flat.record;
      else this.current!.children = record.children;
      this.events += record.events;
      this.fastPos = base + end;
      this.fastLine = record.endLine;
      this.onClose();
      this.fastRecords++;
      p = end;
      line = this.fastLine;
    }
    this.window.rebase(this.anchorPos, this.anchorLine);
    // What checkSizes does after each slice written to saxes.
    if (this.events !== this.eventsSeen) {
      this.eventsSeen = this.events;
      this.quietFrom = this.window.end;
    }
    return undefined;
  }

  /**
   * Leaves the fast path where it stopped (the anchor, just after the last record it read): a saxes parser starts
   * there with the enclosing elements opened again, and the slices fed since are fed to it again, one by one, as they
   * were to the fast path. Returns the rest of the slice the anchor is in, to write first.
   */
  private decline(): string {
    const at = this.anchorPos;
    this.fast = false;
    this.declined++;
    if (this.declined > 16 && this.declined * 8 > this.fastRecords) this.fastOff = true;
    const bounds = this.bounds;
    let k = 0;
    while (k + 1 < bounds.length && bounds[k + 1] <= at) k++;
    if (k + 1 < bounds.length) {
      const later = this.window.truncate(bounds[k + 1]);
      const slices: string[] = [];
      for (let j = k + 1; j + 1 < bounds.length; j++)
        slices.push(later.slice(bounds[j] - bounds[k + 1], bounds[j + 1] - bounds[k + 1]));
      this.queue.splice(this.queued, 0, ...slices);
    }
    this.bounds = [];
    this.startParser(at, this.anchorLine, this.frames.map((f) => `<${f.name}>`).join(''));
    // The one parser would have given the event at the anchor while writing this slice, if the anchor is inside it.
    if (at > bounds[k]) this.eventsSeen = -1;
    return this.window.text(at);
  }

  private readonly onOpenTag = (tag: SaxesTagPlain): void => {
    this.onOpen(tag);
    if (this.current === undefined) this.maybeSwitch();
  };

  private readonly onCloseTag = (tag: SaxesTagPlain): void => {
    this.onClose();
    // saxes also closes the elements an end tag of another name skips over, then reports the error: only an end tag
    // that matches (or the end of a self-closing tag) leaves the parser where the fast path can take over.
    if (this.current === undefined && this.closedByName(tag.name)) this.maybeSwitch();
  };

  /** Whether the text just read ends with "/>" or with the end tag of `name`. */
  private closedByName(name: string): boolean {
    const tail = this.window.before(this.position(), name.length + 64);
    let end = tail.length - 1;
    if (tail.charCodeAt(end) !== 62 /* > */) return false;
    if (tail.charCodeAt(end - 1) === 47 /* / */) return true;
    for (let c = tail.charCodeAt(--end); c === 32 || c === 10 || c === 13 || c === 9; c = tail.charCodeAt(--end));
    return tail.endsWith(`</${name}`, end + 1);
  }

  /** Between records inside a container (of an XML 1.0 document), the fast path takes over. */
  private maybeSwitch(): void {
    if (this.fastOff || this.closing || this.unit !== undefined) return;
    if (this.frames[this.frames.length - 1]?.records === undefined) return;
    const version = this.parser?.xmlDecl.version;
    if (version !== undefined && version !== '1.0') return;
    throw SWITCH;
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
    const at = this.position();
    const kind = classifyError(message, this.rootSeen, () => this.window.text(at - 1, at));
    if (kind.harmless !== undefined) {
      if (this.noted.has(message)) return;
      this.noted.add(message);
      const code = message === 'undefined entity.' && this.dtdEntities ? 'limit' : 'syntax';
      this.note(code, 'warning', kind.harmless, this.pathHere());
      return;
    }
    if (this.closing) {
      this.note('syntax', this.rootSeen ? 'warning' : 'error', `malformed XML: ${message}`, this.pathHere());
      return;
    }
    if (kind.prolog) {
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

  // --- positions ----------------------------------------------------------------------------------------------

  protected position(): number {
    if (this.fast) return this.fastPos;
    return this.posOffset + (this.parser?.position ?? 0);
  }

  protected line(): number {
    if (this.fast) return this.fastLine;
    return this.lineOffset + (this.parser?.line ?? 1);
  }
}

/** The tag saxes would give for an element the fast path read. */
function fastTag(name: string, attributes: Record<string, string>): SaxesTagPlain {
  return { name, attributes, isSelfClosing: false };
}
