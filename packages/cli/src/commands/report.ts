/**
 * `evidens report`: the report of a review folder, from the folder alone: report.html (self-contained), report.md
 * and report.docx with the figures as SVG and PNG in figures/. A folder with validation errors gets no report: the
 * problems are listed (file, line, message) and nothing is written. Everything is built in memory before the first
 * file is written, so a failure leaves no half-written report.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  buildReport,
  gatherReport,
  LANGS,
  type Lang,
  REPORT_FORMATS,
  ReportError,
  type ReportFile,
  type ReportFormat,
  reportFiles,
} from '@evidens/report';
import { htmlToPdf } from '@evidens/report/pdf';
import { svgToPng } from '@evidens/report/png';
import { loadReview, type Review } from '@evidens/review';
import { choice, parseOptions } from '../args.js';
import { CliError, EXIT_OK } from '../errors.js';
import type { Io } from '../io.js';
import { toJson } from '../output.js';
import type { Command } from './command.js';

const OPTIONS = {
  lang: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  date: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The formats of the command: the report package's, and PDF printed from the HTML by a headless browser. */
const FORMATS = [...REPORT_FORMATS, 'pdf'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: evidens report DIR [--lang da|en] [--format html,md,docx,pdf] [--out OUTDIR]

Writes the report of the review folder DIR: background, objective, methods, results (PRISMA flow diagram,
characteristics of studies, RoB 2 figures, forest plots, sensitivity analyses), summary of findings with GRADE,
a discussion written from the numbers, conclusion and references.

Options:
  --lang L       ${LANGS.join(' or ')} (default: the language in review.yaml)
  --format F     comma-separated list of ${FORMATS.join(', ')} (default: html, md, docx;
                 pdf is printed from the HTML by Chromium or Chrome, found at /usr/bin/chromium or EVIDENS_BROWSER)
  --out OUTDIR   folder to write to (default: DIR/report)
  --date D       add a date line, YYYY-MM-DD or "today" (default: none, so the same folder gives the same bytes)
  --json         print the files written as JSON
  -h, --help     show this help

Files: report.html (figures inlined as SVG, styles embedded), report.md and report.docx (figures as PNG), report.pdf,
figures/NAME.svg and figures/NAME.png. A folder with validation errors is reported and nothing is written.
`;

/** The --format list, each value checked against the allowed ones. */
function formatsOf(value: string | undefined): Format[] {
  if (value === undefined) return [...REPORT_FORMATS];
  const items = value.split(',').map((s) => s.trim());
  if (items.some((s) => s === '')) {
    throw new CliError(`option --format must be a comma-separated list of ${FORMATS.join(', ')} (got ${value})`);
  }
  return [...new Set(items.map((s) => choice('format', s, FORMATS)))];
}

/** The report's files in memory, with report.pdf printed from the HTML when asked for. */
async function documentFiles(
  doc: Parameters<typeof reportFiles>[0],
  formats: readonly Format[],
): Promise<ReportFile[]> {
  const wantsPdf = formats.includes('pdf');
  const base = formats.filter((f): f is ReportFormat => f !== 'pdf');
  const files = await reportFiles(doc, wantsPdf && !base.includes('html') ? [...base, 'html'] : base, (svg) =>
    svgToPng(svg, { scale: 2 }),
  );
  if (!wantsPdf) return files;
  const html = files.find((f) => f.path === 'report.html')?.data as string;
  const pdf = { path: 'report.pdf', data: await htmlToPdf(html) };
  return [...files.filter((f) => f.path !== 'report.html' || base.includes('html')), pdf];
}

function dateOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === 'today') return new Date().toISOString().slice(0, 10);
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
  if (!ok) throw new CliError(`option --date must be a date YYYY-MM-DD or "today" (got ${value})`);
  return value;
}

async function requireFolder(path: string, shown: string): Promise<void> {
  try {
    if (!(await stat(path)).isDirectory()) throw new CliError(`${shown} is not a folder; give a review folder`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${shown}: no such folder`);
  }
}

/** Loads the folder; with any error, lists every problem on stderr and stops before anything is written. */
async function loadValid(dir: string, shown: string, io: Io, lang: Lang | undefined): Promise<Review> {
  const { review, issues } = await loadReview(dir, lang ? { lang } : {});
  const errors = issues.filter((i) => i.severity === 'error');
  for (const issue of issues) {
    if (issue.severity === 'warning') io.stderr.write(`warning: ${issue.message}\n`);
  }
  if (errors.length > 0) {
    for (const issue of errors) io.stderr.write(`${issue.message}\n`);
    const n = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    throw new CliError(`${shown} has ${n} to fix; no report written`);
  }
  return review;
}

async function writeFiles(out: string, files: readonly ReportFile[]): Promise<void> {
  for (const file of files) {
    const path = join(out, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.data);
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions('report', argv, OPTIONS);
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (positionals.length !== 1) {
    throw new CliError('give one review folder (see evidens report --help)');
  }
  const formats = formatsOf(values.format);
  const lang = values.lang === undefined ? undefined : choice('lang', values.lang, LANGS);
  const date = dateOf(values.date);
  const shown = positionals[0];
  const dir = resolve(io.cwd, shown);
  await requireFolder(dir, shown);
  const review = await loadValid(dir, shown, io, lang);
  const data = gatherReport(review);
  for (const w of data.prisma.warnings) io.stderr.write(`warning: PRISMA counts: ${w}\n`);
  for (const a of data.analyses) {
    for (const w of a.run.warnings) io.stderr.write(`warning: analysis ${a.run.analysis.id}: ${w}\n`);
  }
  const doc = buildReport(review, { lang: lang ?? review.language, data, ...(date ? { date } : {}) });
  let files: ReportFile[];
  try {
    files = await documentFiles(doc, formats);
  } catch (error) {
    if (error instanceof ReportError) throw new CliError(error.message);
    throw error;
  }
  const out = values.out === undefined ? join(dir, 'report') : resolve(io.cwd, values.out);
  await writeFiles(out, files);
  const shownOut = values.out ?? join(shown, 'report');
  if (values.json) {
    io.stdout.write(toJson({ out: shownOut, lang: doc.lang, files: files.map((f) => f.path) }));
  } else {
    for (const f of files) io.stdout.write(`${join(shownOut, f.path)}\n`);
  }
  return EXIT_OK;
}

export const report: Command = {
  name: 'report',
  summary: 'write the report of a review folder (HTML, Markdown, DOCX) with its figures',
  help: HELP,
  run,
};
