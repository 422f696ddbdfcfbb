/**
 * `evidens import`: reads bibliographic exports of any supported format (detected from the content), reports per file
 * how many records were read, skipped and had issues, and lists the issues with their line or XML path. With --out
 * the records are written as JSON Lines, the lossless format later steps read. Reading streams: a file of any size is
 * read in bounded memory.
 */
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { countsOf, FORMATS, type Format, jsonLine, type ReadIssue, readItems } from '@evidens/biblio';
import { choice, parseOptions } from '../args.js';
import { CliError, EXIT_OK, EXIT_USER } from '../errors.js';
import type { Io } from '../io.js';
import { toJson } from '../output.js';
import { byteSize, meter, progress } from '../progress.js';
import type { Command } from './command.js';

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: evidens import FILE... [--format auto] [--out records.jsonl] [--json]

Reads bibliographic exports and reports what was read: records read, skipped and with issues, per file, and every
issue with its line (or XML path). Reading goes on past a broken record.

Options:
  --format F   auto (default: detected from the content) or one of ${FORMATS.join(', ')}
  --out FILE   write the records as JSON Lines (one record per line) to FILE
  --json       print the report as one JSON object
  -h, --help   show this help

Formats read: MEDLINE/.nbib, PubMed XML (also gzip), RIS (PubMed, Embase/Ovid, Scopus, Web of Science, ProQuest,
EndNote, Zotero, Mendeley, Rayyan), BibTeX, EndNote XML, Web of Science (tagged and tab-delimited), CSV/TSV,
CSL-JSON, and Evidens' JSON Lines. Encodings: UTF-8 (with or without BOM), UTF-16, Windows-1252/Latin-1.
`;

export interface FileReport {
  file: string;
  format: Format | null;
  read: number;
  skipped: number;
  with_issues: number;
  issues: ReadIssue[];
}

/**
 * Where an issue is, for a message: "line 12", "PubmedArticleSet/PubmedArticle[3]/…", or nothing — nothing also when
 * the reader's message already starts with its line or path.
 */
export function where(issue: ReadIssue): string {
  const at =
    issue.line !== undefined
      ? `line ${issue.line}`
      : (issue.path ?? (issue.record !== undefined ? `record ${issue.record}` : ''));
  return at && (issue.message.startsWith(`${at}:`) || issue.message.startsWith(`${at} `)) ? '' : at;
}

async function importFile(path: string, format: Format | 'auto', io: Io, write: (line: string) => void) {
  const issues: ReadIssue[] = [];
  const recordNumbers: number[] = [];
  let detected: Format | null = null;
  const bar = progress(io.stderr);
  let fraction = 0;
  let size = 0;
  try {
    const onFormat = (f: Format) => {
      detected = f;
    };
    const onBytes = (read: number, total: number) => {
      fraction = total > 0 ? read / total : 1;
      size = total;
    };
    for await (const item of readItems({ path: resolve(io.cwd, path) }, { format, onFormat, onBytes })) {
      if (item.kind === 'issue') {
        issues.push(item.issue);
        continue;
      }
      recordNumbers.push(item.record.source.record);
      write(jsonLine(item.record));
      bar.update(
        `${path}: ${meter(fraction)} of ${byteSize(size)}, ${recordNumbers.length.toLocaleString('en')} records`,
      );
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`cannot read ${path}: no such file`);
    if (code === 'EISDIR') throw new CliError(`cannot read ${path}: it is a directory`);
    if (code === 'EACCES') throw new CliError(`cannot read ${path}: permission denied`);
    throw error;
  } finally {
    bar.done();
  }
  const counts = countsOf(recordNumbers, issues);
  const report: FileReport = {
    file: path,
    format: detected,
    read: counts.read,
    skipped: counts.skipped,
    with_issues: counts.withIssues,
    issues,
  };
  return report;
}

function printReport(reports: FileReport[], out: string | undefined, io: Io): void {
  for (const r of reports) {
    const format = r.format ?? 'unknown format';
    io.stdout.write(`${r.file} (${format}): ${r.read} read, ${r.skipped} skipped, ${r.with_issues} with issues\n`);
    for (const i of r.issues) {
      const at = where(i);
      io.stdout.write(`  ${i.severity} ${i.code}${at ? ` at ${at}` : ''}: ${i.message}\n`);
    }
  }
  if (reports.length > 1) {
    const total = reports.reduce((s, r) => s + r.read, 0);
    io.stdout.write(`total: ${total} records from ${reports.length} files\n`);
  }
  if (out) io.stdout.write(`records written to ${out}\n`);
}

export const importCommand: Command = {
  name: 'import',
  summary: 'read bibliographic exports (RIS, MEDLINE, PubMed XML, BibTeX, EndNote XML, WoS, CSV) and report',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions('import', argv, OPTIONS);
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    if (positionals.length === 0) throw new CliError('give at least one file to import (see evidens import --help)');
    const format = choice('format', values.format ?? 'auto', ['auto', ...FORMATS] as const);
    const out = values.out ? createWriteStream(resolve(io.cwd, values.out)) : undefined;
    const reports: FileReport[] = [];
    try {
      for (const path of positionals) {
        reports.push(await importFile(path, format, io, (line) => out?.write(line)));
      }
    } finally {
      if (out)
        await new Promise<void>((done, fail) => out.end((error?: Error | null) => (error ? fail(error) : done())));
    }
    if (values.json) io.stdout.write(toJson({ files: reports, out: values.out ?? null }));
    else printReport(reports, values.out, io);
    const failed = reports.some((r) => r.issues.some((i) => i.code === 'unknown_format'));
    return failed ? EXIT_USER : EXIT_OK;
  },
};
