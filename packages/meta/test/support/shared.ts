/** Reading the metadat datasets of the shared reference data. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export { repoRoot, sharedDataDir, sharedOrSkip } from '../../../../test-support/shared-data.js';

export type Cell = number | string | null;

/** Reads a metadat CSV export: numbers as numbers, "NA" and empty cells as null, everything else as strings. */
export function readDataset(path: string): Record<string, Cell[]> {
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const out: Record<string, Cell[]> = {};
  for (const name of Object.keys(rows[0] ?? {})) {
    out[name] = rows.map((r) => {
      const s = r[name];
      if (s === 'NA' || s === '') return null;
      const x = Number(s);
      return Number.isNaN(x) ? s : x;
    });
  }
  return out;
}

/** The numeric columns of a dataset (strings become null). */
export function numeric(column: readonly Cell[]): (number | null)[] {
  return column.map((x) => (typeof x === 'number' ? x : null));
}
