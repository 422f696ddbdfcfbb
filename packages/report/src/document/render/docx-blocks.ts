/** The document's blocks as WordprocessingML paragraphs and tables, through the `docx` library. */
import {
  AlignmentType,
  BorderStyle,
  Table as DocxTable,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Figure, Inline, Table } from '../types.js';

const MONO = 'Liberation Mono';
const CAPTION_SIZE = 18;
const CELL_SIZE = 16;
const NOTE_SIZE = 16;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'A0A09A' };
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

const plainText = (runs: readonly Inline[]) => runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');

/** Runs with their emphasis; `size` in half-points. */
export function textRuns(list: readonly Inline[], size?: number): TextRun[] {
  return list.map((run) => {
    if (typeof run === 'string') return new TextRun({ text: run, size });
    return new TextRun({
      text: run.text,
      size,
      bold: run.bold,
      italics: run.italic,
      superScript: run.sup,
      font: run.code ? MONO : undefined,
    });
  });
}

export function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
}

/** A paragraph; `keepNext` holds it on the page of the figure or table that follows. */
export function paragraph(runs: readonly Inline[], keepNext = false): Paragraph {
  return new Paragraph({ children: textRuns(runs), spacing: { after: 120 }, keepNext });
}

/** Bullets and numbers are written as text with a hanging indent, so the list needs no numbering definitions. */
export function list(items: readonly Inline[][], ordered: boolean): Paragraph[] {
  return items.map(
    (item, i) =>
      new Paragraph({
        children: [new TextRun({ text: ordered ? `${i + 1}.\t` : '•\t' }), ...textRuns(item)],
        indent: { left: 360, hanging: 360 },
        tabStops: [{ type: 'left', position: 360 }],
        spacing: { after: 60 },
      }),
  );
}

function caption(label: string, text: string, keepNext: boolean): Paragraph {
  return new Paragraph({
    keepNext,
    spacing: { before: keepNext ? 200 : 0, after: keepNext ? 80 : 200 },
    children: [
      new TextRun({ text: `${label}. `, bold: true, size: CAPTION_SIZE }),
      new TextRun({ text, size: CAPTION_SIZE }),
    ],
  });
}

function cell(runs: readonly Inline[], options: { numeric?: boolean; header?: boolean; span?: number } = {}) {
  const shown = options.header || options.span ? [{ text: plainText(runs), bold: true }] : runs;
  return new TableCell({
    children: [
      new Paragraph({
        children: textRuns(shown, CELL_SIZE),
        alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
      }),
    ],
    columnSpan: options.span,
    shading: options.header || options.span ? { type: ShadingType.CLEAR, fill: 'F0F0EC', color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: { top: BORDER, bottom: BORDER, left: NO_BORDER, right: NO_BORDER },
  });
}

/** Caption above, the table with its header row repeated on each page, notes below; `width` in twips. */
export function table(t: Table, label: string, width: number): (Paragraph | DocxTable)[] {
  const cols = t.header.length;
  const weights = t.widths ?? t.header.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const groups = new Set(t.groupRows ?? []);
  const rows = [
    new TableRow({ tableHeader: true, children: t.header.map((h) => cell([h], { header: true })) }),
    ...t.rows.map(
      (row, i) =>
        new TableRow({
          cantSplit: true,
          children: groups.has(i)
            ? [cell(row[0]?.runs ?? [], { span: cols })]
            : row.map((c) => cell(c.runs, { numeric: c.numeric })),
        }),
    ),
  ];
  const body = new DocxTable({
    rows,
    columnWidths: weights.map((w) => Math.floor((width * w) / total)),
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
  });
  const notes = (t.notes ?? []).map((n) => new Paragraph({ children: textRuns(n, NOTE_SIZE), spacing: { after: 40 } }));
  return [caption(label, t.caption, true), body, ...notes, new Paragraph({ children: [] })];
}

/** The figure as its PNG, scaled to at most `maxWidth` pixels, with its caption; `id` numbers the drawing. */
export function figure(f: Figure, label: string, png: Uint8Array, maxWidth: number, id: number): Paragraph[] {
  const width = Math.min(f.width, maxWidth);
  const height = Math.round((f.height * width) / Math.max(1, f.width));
  const image = new ImageRun({
    type: 'png',
    data: png,
    transformation: { width, height },
    altText: { id: String(id), name: `figure-${id}`, description: f.caption, title: f.caption },
  });
  return [
    new Paragraph({ children: [image], keepNext: true, spacing: { before: 160 } }),
    caption(label, f.caption, false),
  ];
}
