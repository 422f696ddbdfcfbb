/**
 * The files of a report, in memory, so that the caller can check everything before it writes anything:
 * report.html, report.md, report.docx (as asked for) and figures/NAME.svg and .png for every figure.
 */
import type { Figure, ReportDocument } from '../types.js';
import { toDocx } from './docx.js';
import { toHtml } from './html.js';
import { toMarkdown } from './markdown.js';

export const REPORT_FORMATS = ['html', 'md', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A file to write: its path relative to the output folder, and its content. */
export interface ReportFile {
  path: string;
  data: string | Uint8Array;
}

/** SVG to PNG; `svgToPng` from `@evidens/report/png` in Node. */
export type PngRenderer = (svg: string) => Promise<Uint8Array>;

export const FIGURE_DIR = 'figures';

/** Every figure of the document, in order. */
export function figuresOf(doc: ReportDocument): Figure[] {
  return doc.sections.flatMap((s) => s.blocks.filter((b): b is Figure => b.kind === 'figure'));
}

/**
 * @example
 * const files = await reportFiles(doc, ['html', 'md'], (svg) => svgToPng(svg, { scale: 2 }));
 * files.map((f) => f.path); // ['report.html', 'report.md', 'figures/prisma.svg', 'figures/prisma.png', …]
 */
export async function reportFiles(
  doc: ReportDocument,
  formats: readonly ReportFormat[],
  toPng: PngRenderer,
): Promise<ReportFile[]> {
  const figures = figuresOf(doc);
  const pngs = new Map<string, Uint8Array>();
  for (const f of figures) pngs.set(f.name, await toPng(f.svg));
  const files: ReportFile[] = [];
  if (formats.includes('html')) files.push({ path: 'report.html', data: toHtml(doc) });
  if (formats.includes('md')) files.push({ path: 'report.md', data: toMarkdown(doc, FIGURE_DIR) });
  if (formats.includes('docx')) files.push({ path: 'report.docx', data: await toDocx(doc, pngs) });
  for (const f of figures) {
    files.push({ path: `${FIGURE_DIR}/${f.name}.svg`, data: `${f.svg.trim()}\n` });
    files.push({ path: `${FIGURE_DIR}/${f.name}.png`, data: pngs.get(f.name) as Uint8Array });
  }
  return files;
}
