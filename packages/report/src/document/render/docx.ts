/**
 * The report as a Word document through the `docx` library (WordprocessingML written by a maintained library
 * rather than by hand), with the figures as PNG and wide tables on landscape pages. The document's metadata carries
 * no dates, its drawings have fixed ids and the archive's entry times are fixed, so the same report gives the same
 * bytes.
 */
import { Document, HeadingLevel, type ISectionOptions, Packer, PageOrientation, Paragraph, TextRun } from 'docx';
import { docLabels } from '../labels/index.js';
import type { Block, ReportDocument } from '../types.js';
import { figure, heading, list, paragraph, table } from './docx-blocks.js';
import { escapeHtml } from './html.js';
import { numbering } from './numbering.js';
import { fixZipTimes } from './zip-times.js';

const FONT = 'Liberation Sans';
/** A4 with 18 mm margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1021 };
const TEXT_WIDTH = { portrait: PAGE.width - 2 * PAGE.margin, landscape: PAGE.height - 2 * PAGE.margin };
/** The portrait text width in 96-dpi pixels, the widest a figure is drawn. */
const FIGURE_PX = Math.floor((TEXT_WIDTH.portrait / 1440) * 96);
/** Tables with this many columns get a landscape page. */
const WIDE_TABLE = 7;

type Child = ISectionOptions['children'][number];

interface Part {
  landscape: boolean;
  children: Child[];
}

function sectionOf(part: Part): ISectionOptions {
  const margin = { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin };
  const orientation = part.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT;
  return {
    properties: { page: { size: { width: PAGE.width, height: PAGE.height, orientation }, margin } },
    children: part.children,
  };
}

const isWide = (b: Block) => b.kind === 'table' && b.header.length >= WIDE_TABLE;

/** Which blocks go on landscape pages: wide tables, and the headings and paragraphs that lead into them. */
function landscapeFlags(blocks: readonly Block[]): boolean[] {
  const flags = blocks.map(isWide);
  for (let i = blocks.length - 2; i >= 0; i--) {
    const kind = blocks[i].kind;
    if (flags[i + 1] && (kind === 'heading' || kind === 'paragraph')) flags[i] = true;
  }
  return flags;
}

/** The blocks in page-orientation runs: each wide table, with what leads into it, on landscape pages. */
function parts(doc: ReportDocument, pngs: ReadonlyMap<string, Uint8Array>): Part[] {
  const l = docLabels(doc.lang);
  const numbers = numbering(doc);
  const out: Part[] = [{ landscape: false, children: frontMatter(doc) }];
  const add = (landscape: boolean, children: Child[]) => {
    const last = out[out.length - 1];
    if (last.landscape === landscape) last.children.push(...children);
    else out.push({ landscape, children });
  };
  for (const section of doc.sections) {
    const landscape = landscapeFlags(section.blocks);
    add(landscape[0] ?? false, [heading(section.title, 1)]);
    section.blocks.forEach((b, i) => {
      const next: Block | undefined = section.blocks[i + 1];
      if (b.kind === 'table') {
        const width = landscape[i] ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait;
        add(landscape[i], table(b, l.tableNo(numbers.get(b) ?? 0), width));
      } else if (b.kind === 'figure') {
        const png = pngs.get(b.name);
        if (!png) throw new Error(`no PNG for figure ${b.name}`);
        const n = numbers.get(b) ?? 0;
        add(false, figure(b, l.figureNo(n), png, FIGURE_PX, n));
      } else if (b.kind === 'heading') {
        add(landscape[i], [heading(b.text, 2)]);
      } else if (b.kind === 'list') {
        add(false, list(b.items, b.ordered));
      } else {
        add(landscape[i], [paragraph(b.runs, next?.kind === 'figure' || next?.kind === 'table')]);
      }
    });
  }
  return out;
}

function frontMatter(doc: ReportDocument): Child[] {
  return [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: doc.byline, spacing: { after: 80 } }),
    ...(doc.date ? [new Paragraph({ children: [new TextRun({ text: doc.date, italics: true })] })] : []),
  ];
}

/** Core properties with the title and authors and no dates (the writer would stamp the time of packing). */
function coreXml(doc: ReportDocument): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeHtml(doc.title)}</dc:title><dc:creator>${escapeHtml(doc.byline)}</dc:creator>` +
    `<dc:language>${doc.lang}</dc:language></cp:coreProperties>`
  );
}

const heading1 = {
  run: { font: FONT, size: 30, bold: true, color: '1D1D1B' },
  paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
};
const heading2 = {
  run: { font: FONT, size: 24, bold: true, color: '1D1D1B' },
  paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
};

/**
 * The DOCX bytes; `pngs` holds each figure's PNG by figure name.
 * @example
 * const bytes = await toDocx(doc, new Map([['forest-cramps-md', png]]));
 */
export async function toDocx(doc: ReportDocument, pngs: ReadonlyMap<string, Uint8Array>): Promise<Uint8Array> {
  const file = new Document({
    title: doc.title,
    creator: doc.byline,
    styles: {
      default: {
        document: { run: { font: FONT, size: 20 } },
        title: { run: { font: FONT, size: 40, bold: true }, paragraph: { spacing: { after: 120 } } },
        heading1,
        heading2,
      },
    },
    sections: parts(doc, pngs).map(sectionOf),
  });
  const bytes = await Packer.toBuffer(file, false, [{ path: 'docProps/core.xml', data: coreXml(doc) }]);
  return fixZipTimes(new Uint8Array(bytes));
}
