/**
 * An import job's result as the report shows it: the format's name, the counts, and the issues each with where it is
 * in the file (line, XML path or record number) in line order, the first 100 and how many more. Pure: no React, no DOM.
 */
import type { ImportIssue, ImportResult } from '../api/imports';

/** Formats by the name people know them. */
export const FORMAT_NAMES: Record<string, string> = {
  medline: 'MEDLINE / PubMed (nbib)',
  'pubmed-xml': 'PubMed XML',
  ris: 'RIS',
  bibtex: 'BibTeX',
  'endnote-xml': 'EndNote XML',
  wos: 'Web of Science',
  'wos-tab': 'Web of Science (tab-delimited)',
  csv: 'CSV',
  csljson: 'CSL-JSON',
  jsonl: 'JSON Lines',
};

/** Where an issue is, for a label: a line, else an XML path, else a record number, else nothing. */
export type IssuePlace =
  | { kind: 'line'; line: number }
  | { kind: 'path'; path: string }
  | { kind: 'record'; record: number };

export interface IssueRow {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  place?: IssuePlace;
}

export interface ImportSummary {
  format: string;
  file: string;
  searchId: string;
  read: number;
  added: number;
  renamed: number;
  /** Errors and warnings among the issues listed (the rest are only counted). */
  errors: number;
  warnings: number;
  issues: IssueRow[];
  /** Issues the file had beyond those listed. */
  moreIssues: number;
}

export function issuePlace(issue: ImportIssue): IssuePlace | undefined {
  if (typeof issue.line === 'number') return { kind: 'line', line: issue.line };
  if (typeof issue.path === 'string' && issue.path) return { kind: 'path', path: issue.path };
  if (typeof issue.record === 'number') return { kind: 'record', record: issue.record };
  return undefined;
}

/**
 * The report of an import.
 * @example
 * importSummary({ file: 'records/a.ris', format: 'ris', searchId: 'a', read: 3, added: 3, renamed: 1,
 *   issues: [{ code: 'no_title', severity: 'warning', message: 'no title', line: 12 }], issueCount: 140 });
 * // → { format: 'RIS', read: 3, added: 3, renamed: 1, errors: 0, warnings: 1, moreIssues: 139,
 * //     issues: [{ severity: 'warning', code: 'no_title', message: 'no title', place: { kind: 'line', line: 12 } }], … }
 */
export function importSummary(result: ImportResult): ImportSummary {
  const listed = Array.isArray(result.issues) ? result.issues : [];
  // The reader may note a record's problems out of line order (its fields first, then the record): list by line.
  const byLine = listed
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => (a.issue.line ?? Infinity) - (b.issue.line ?? Infinity) || a.order - b.order)
    .map((x) => x.issue);
  const issues = byLine.map((i): IssueRow => {
    const place = issuePlace(i);
    const row: IssueRow = { severity: i.severity === 'error' ? 'error' : 'warning', code: i.code, message: i.message };
    if (place) row.place = place;
    return row;
  });
  const count = Number.isInteger(result.issueCount) ? result.issueCount : listed.length;
  return {
    format: FORMAT_NAMES[result.format] ?? result.format,
    file: result.file,
    searchId: result.searchId,
    read: result.read,
    added: result.added,
    renamed: result.renamed,
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
    issues,
    moreIssues: Math.max(0, count - listed.length),
  };
}

/** True when a job result is an import's (a job's result is whatever the job returned). */
export function isImportResult(value: unknown): value is ImportResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.format === 'string' &&
    typeof v.read === 'number' &&
    typeof v.added === 'number' &&
    typeof v.renamed === 'number' &&
    Array.isArray(v.issues)
  );
}
