/**
 * The streaming core of the XML layer: text chunks go into saxes (a strict, non-validating parser that never reads a
 * DTD or expands an entity other than the five XML ones and character references), and each record element comes out
 * as a small tree. A parse error inside a record costs that record only: the parser is dropped, the text after the
 * record's start tag is searched for the next record's start tag, and a fresh parser goes on from there with the
 * enclosing elements opened again.
 */
import { SaxesParser } from 'saxes';
import type { CompiledLayout } from './layout.js';
import type { XmlLimits } from './limits.js';
import { classifyError } from './parse-errors.js';
import { TextWindow } from './text-window.js';
import { ABORT, RecordTree } from './tree.js';

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

  constructor(layout: CompiledLayout, limits: XmlLimits) {
    super(layout, limits);
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
    return this.posOffset + (this.parser?.position ?? 0);
  }

  protected line(): number {
    return this.lineOffset + (this.parser?.line ?? 1);
  }
}
