/** Report documents: the review as a document tree, and its HTML, Markdown and DOCX forms. */
export { buildReport, type ReportOptions } from './build-report.js';
export { type AnalysisData, gatherReport, type ReportData } from './gather.js';
export { type InformationSizeResult, informationSize } from './information-size.js';
export { type DocLabels, docLabels } from './labels/index.js';
export { toDocx } from './render/docx.js';
export {
  FIGURE_DIR,
  figuresOf,
  type PngRenderer,
  REPORT_FORMATS,
  type ReportFile,
  type ReportFormat,
  reportFiles,
} from './render/files.js';
export { toHtml } from './render/html.js';
export { toMarkdown } from './render/markdown.js';
export type { Block, Cell, Figure, Inline, ReportDocument, Section, Table } from './types.js';
