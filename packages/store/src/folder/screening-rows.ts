/**
 * screening.csv rows (column → cell, as `readRawParts` gives them) to screening_decisions rows and back. The seven
 * columns of the format have columns of their own; any other cells are kept as JSON in `raw`, so a row comes back
 * with every cell it had.
 */
import type { ReviewIssue } from '@evidens/review';
import { newId } from '../ids.js';
import { fromJson, toJson } from '../json.js';
import type { ScreeningDecisionsTable } from '../schema.js';

/** The columns of screening.csv that the format defines, in the order it writes them. */
export const SCREENING_COLUMNS = ['record', 'reviewer', 'stage', 'decision', 'reason', 'time', 'source'] as const;

type Row = Record<string, string>;

/**
 * Database rows for the CSV rows, position = row order. A row that repeats the decision of the same reviewer on the
 * same record and stage supersedes the earlier one (the loader's rule: the later one counts); the database keeps one
 * decision per reviewer, record and stage, so the earlier row stays only in the stored text of the file, and a
 * warning says so.
 */
export function decisionRows(
  reviewId: string,
  rows: readonly Row[],
  at: string,
  issues: ReviewIssue[],
): ScreeningDecisionsTable[] {
  const byKey = new Map<string, number>();
  rows.forEach((row, index) => {
    const key = [row.record, row.reviewer, row.stage].join('\u0000');
    const earlier = byKey.get(key);
    if (earlier !== undefined) {
      issues.push({
        code: 'duplicate_id',
        severity: 'warning',
        file: 'screening.csv',
        path: '',
        message: `screening.csv: row ${index + 1} repeats row ${earlier + 1} (${row.stage} decision of ${row.reviewer} on ${row.record}); the database keeps the later one only`,
      });
    }
    byKey.set(key, index);
  });
  const kept = new Set(byKey.values());
  return rows.flatMap((row, index) => (kept.has(index) ? [decisionRow(reviewId, row, index, at)] : []));
}

function decisionRow(reviewId: string, row: Row, position: number, at: string): ScreeningDecisionsTable {
  const extra = Object.entries(row).filter(([column]) => !(SCREENING_COLUMNS as readonly string[]).includes(column));
  return {
    id: newId(),
    review_id: reviewId,
    // Empty cells are absent in the row; '' in a required column reads back as absent again.
    record_id: row.record ?? '',
    stage: row.stage ?? '',
    reviewer: row.reviewer ?? '',
    decision: row.decision ?? '',
    reason: row.reason ?? null,
    time: row.time ?? '',
    source: row.source ?? null,
    raw: extra.length > 0 ? toJson(Object.fromEntries(extra)) : null,
    position,
    version: 1,
    updated_at: at,
  };
}

/** The CSV row of a stored decision: the format's columns in order, then the other cells; empty cells left out. */
export function csvRow(
  decision: Pick<
    ScreeningDecisionsTable,
    'id' | 'record_id' | 'reviewer' | 'stage' | 'decision' | 'reason' | 'time' | 'source' | 'raw'
  >,
): Row {
  const cells: [string, string | null][] = [
    ['record', decision.record_id],
    ['reviewer', decision.reviewer],
    ['stage', decision.stage],
    ['decision', decision.decision],
    ['reason', decision.reason],
    ['time', decision.time],
    ['source', decision.source],
  ];
  const row: Row = {};
  for (const [column, cell] of cells) if (cell !== null && cell !== '') row[column] = cell;
  const extra = decision.raw === null ? {} : fromJson<Row>(decision.raw, `screening decision ${decision.id}`);
  return { ...row, ...extra };
}
