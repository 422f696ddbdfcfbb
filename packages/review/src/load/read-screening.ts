/** Reads screening.csv: one decision per row, each validated on its own. */
import type { CsvFile } from '../files/csv-file.js';
import { type ReviewIssue, reviewIssue } from '../issues.js';
import type { ScreeningDecision } from '../model/screening.js';
import { SCREENING_COLUMNS, screeningRowSchema } from '../schema/screening.js';
import { validate } from '../validate/validate.js';

const REQUIRED = ['record', 'reviewer', 'stage', 'decision', 'time'];

/** The valid decisions; invalid rows are reported (by line and column) and left out. */
export function readScreening(csv: CsvFile | undefined, issues: ReviewIssue[]): ScreeningDecision[] {
  if (!csv) return [];
  const known: readonly string[] = SCREENING_COLUMNS;
  const missing = REQUIRED.filter((c) => !csv.columns.includes(c));
  for (const column of missing) {
    issues.push(
      reviewIssue('required', { file: csv.file, line: 1, path: column }, 'column is missing from the header'),
    );
  }
  for (const column of csv.columns) {
    if (!known.includes(column)) {
      issues.push(
        reviewIssue(
          'unknown_field',
          { file: csv.file, line: 1, path: column },
          `is not a column of this format (columns: ${SCREENING_COLUMNS.join(', ')})`,
        ),
      );
    }
  }
  if (missing.length > 0) return [];
  const out: ScreeningDecision[] = [];
  for (const row of csv.rows) {
    const cells = Object.fromEntries(Object.entries(row.cells).filter(([column]) => known.includes(column)));
    const context = { file: csv.file, base: [], lineOf: () => row.line };
    const decision = validate(screeningRowSchema, cells, context, issues);
    if (decision) out.push({ ...decision, line: row.line });
  }
  return out;
}
