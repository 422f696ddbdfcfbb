/**
 * The report and the review folder as downloads: the server's routes (GET …/report?format=&lang=, GET …/folder.zip)
 * and the file names the links offer, made as the server names them (packages/server/src/routes/documents.ts: `slug`
 * of the review's title in the report's language; the folder under its stored title), since the server's
 * Content-Disposition decides the name a browser saves under. Pure.
 */
import { fileSlug } from '@evidens/review';
import { localText } from '../i18n/local-text';
import type { Language } from '../i18n/messages';

export const REPORT_FORMATS = ['html', 'docx', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A title as a file name, as the server names its downloads. */
export const slug = fileSlug;

const base = (reviewId: string) => `/api/reviews/${encodeURIComponent(reviewId)}`;

/**
 * The address of the report.
 * @example
 * reportUrl('r1', 'docx', 'en'); // → '/api/reviews/r1/report?format=docx&lang=en'
 */
export const reportUrl = (reviewId: string, format: ReportFormat, lang: Language) =>
  `${base(reviewId)}/report?format=${format}&lang=${lang}`;

/**
 * The report's file name: the title in the report's language (review.yaml's `title`, plain or `{da, en}`), else the
 * stored title.
 * @example
 * reportFileName({ da: 'Magnesium mod natlige lægkramper', en: 'Magnesium for leg cramps' }, 'x', 'docx', 'da');
 * // → 'magnesium-mod-natlige-laegkramper.docx'
 */
export const reportFileName = (title: unknown, stored: string, format: ReportFormat, lang: Language) =>
  `${slug(localText(title, lang) ?? stored)}.${format}`;

export const folderUrl = (reviewId: string) => `${base(reviewId)}/folder.zip`;

/** The folder's file name, as the server names it. */
export const folderFileName = (title: string) => `${slug(title)}.zip`;

/** One download link of the page: what, where, under which name. */
export interface Download {
  format: ReportFormat | 'zip';
  lang?: Language;
  url: string;
  fileName: string;
}

/**
 * Every download the page offers: the report in each format and language, then the folder. `title` is review.yaml's
 * title (plain or per language), `stored` the title the server keeps for the review.
 */
export function downloads(reviewId: string, title: unknown, stored: string): Download[] {
  const reports = (['da', 'en'] as const).flatMap((lang) =>
    REPORT_FORMATS.map((format) => ({
      format,
      lang,
      url: reportUrl(reviewId, format, lang),
      fileName: reportFileName(title, stored, format, lang),
    })),
  );
  return [...reports, { format: 'zip', url: folderUrl(reviewId), fileName: folderFileName(stored) }];
}
