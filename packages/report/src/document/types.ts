/**
 * The report as a document tree that knows nothing of its output format: sections of headings, paragraphs, lists,
 * tables and figures. The HTML, Markdown and DOCX writers each walk the same tree, so the three documents say the
 * same thing in the same order.
 */
import type { Lang } from '../format.js';

/** A piece of text with its emphasis; a plain string is unemphasised text. */
export type Inline =
  | string
  | {
      text: string;
      bold?: boolean;
      italic?: boolean;
      /** Superscript, for footnote marks. */
      sup?: boolean;
      /** Verbatim text such as a search query. */
      code?: boolean;
    };

/** A table cell: its text, and whether it is a heading cell spanning the whole row. */
export interface Cell {
  runs: Inline[];
  /** Right-aligned (numbers). */
  numeric?: boolean;
}

export interface Table {
  kind: 'table';
  /** Short name for file names and anchors, unique in the document. */
  name: string;
  caption: string;
  header: string[];
  rows: Cell[][];
  /** Rows that are group headings (index into rows); they span the table in every format that can. */
  groupRows?: number[];
  /** Lines under the table: footnotes, abbreviations. */
  notes?: Inline[][];
  /** Relative column widths (any unit); equal when left out. */
  widths?: number[];
}

export interface Figure {
  kind: 'figure';
  /** File name without extension, unique in the document: "forest-cramps-md". */
  name: string;
  caption: string;
  /** The figure as SVG (deterministic bytes). */
  svg: string;
  /** Size of the SVG in CSS pixels, read from its root element. */
  width: number;
  height: number;
}

export type Block =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; runs: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | Table
  | Figure;

export interface Section {
  /** Anchor id: "methods", "results". */
  id: string;
  title: string;
  blocks: Block[];
}

/** The whole report. */
export interface ReportDocument {
  lang: Lang;
  title: string;
  /** Authors, one line. */
  byline: string;
  /** The optional date line; the only text that may change between runs on the same folder. */
  date?: string;
  sections: Section[];
}
